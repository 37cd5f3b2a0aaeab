/**
 * Honorifics, titles and positions that stand, capitalized, right before a name ("Minister Osiris
 * Luna Meza", "Sr. Marroquín", "Gen. Padrino"). Hand-edited. Read by the scanner's precision rule
 * on neighbouring capitalized words: a capitalized word next to a name usually means the name in
 * the text is longer than the listed one (an unlisted namesake) — unless it is one of these.
 * One folded word per line; `#` starts a comment.
 */
export const HONORIFICS = `
# English
mr mrs ms miss mx dr prof sir dame lord lady rev reverend fr father sister brother
president vice deputy acting former ex minister secretary director chairman chairwoman chair
chief ceo cfo coo founder head leader commander commandant general gen lt lieutenant col colonel
maj major capt captain sgt sergeant admiral adm marshal officer agent inspector superintendent
governor gov mayor senator sen representative rep congressman congresswoman deputy judge justice
prosecutor attorney ambassador consul king queen prince princess sheikh shaikh sheik emir amir
imam mullah ayatollah hajj haji sultan president-elect premier chancellor vice-president spokesman
spokeswoman spokesperson businessman businesswoman tycoon oligarch warden boss kingpin
# Spanish, Portuguese, French
sr sra srta senor senora senorita don dona presidente vicepresidente ministro ministra
viceministro viceministra secretario secretaria director directora jefe jefa general coronel
capitan teniente comandante alcalde alcaldesa gobernador gobernadora diputado diputada senador
senadora juez jueza fiscal embajador embajadora licenciado licenciada lic ingeniero ingeniera ing
doctor doctora dra abogado abogada empresario empresaria cabecilla lider monsieur mme madame
`;
