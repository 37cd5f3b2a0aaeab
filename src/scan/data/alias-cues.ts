/**
 * Alias cues: words that, just before a name, tell the reader it is an alias or nickname ("known
 * as", "alias", "apodado"). Hand-edited. Read by the scanner's precision rules: a weak alias (OFAC
 * Remarks "a.k.a. 'EL HIELERO'", UN "low quality") or a common-word alias only counts when its
 * entity is named in full elsewhere in the document, or when one of these cues stands within a few
 * words before it. One folded phrase per line (lower-case ASCII words); `#` starts a comment.
 */
export const ALIAS_CUES = `
# English
aka
a k a
alias
aliases
known as
also known as
nicknamed
nickname
dubbed
called
codename
code name
nom de guerre
# Spanish, Portuguese
apodado
apodada
alias
conocido como
conocida como
llamado
llamada
el apodo
mote
vulgo
conhecido como
# French
dit
surnomme
`;
