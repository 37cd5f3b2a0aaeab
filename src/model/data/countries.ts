/**
 * Country reference table, hand-edited. Read by src/model/country.ts (`countryCode`,
 * `countryName`), which list adapters (OFAC, UN, EU, UK…) use to turn country names, demonyms and
 * codes into ISO 3166-1 alpha-2 codes.
 *
 * One country per line: `alpha-2 | alpha-3 | English short name | other names…`.
 * Other names are the forms lists write: OFAC's "Korea, North", "Burma", "Congo, Democratic
 * Republic of the", older names, and demonyms as they occur in remarks ("Iranian", "Salvadoran").
 * Matching folds case, accents and punctuation, and ignores the word "the", so "Bahamas, The" and
 * "The Gambia" need no extra line. A name must not appear on two lines.
 * Codes that ISO reserves rather than assigns (XK Kosovo, SU USSR, YU Yugoslavia, CS Serbia and
 * Montenegro, AN Netherlands Antilles) are used as other lists and OpenSanctions use them.
 */
export const COUNTRY_TABLE = `
AD|AND|Andorra|Andorran
AE|ARE|United Arab Emirates|UAE|U.A.E.|Emirati|Emirates
AF|AFG|Afghanistan|Afghan|Islamic Republic of Afghanistan|Islamic Emirate of Afghanistan
AG|ATG|Antigua and Barbuda|Antiguan|Antigua
AI|AIA|Anguilla
AL|ALB|Albania|Albanian
AM|ARM|Armenia|Armenian
AO|AGO|Angola|Angolan
AQ|ATA|Antarctica
AR|ARG|Argentina|Argentine|Argentinian
AS|ASM|American Samoa
AT|AUT|Austria|Austrian
AU|AUS|Australia|Australian
AW|ABW|Aruba|Aruban
AX|ALA|Aland Islands
AZ|AZE|Azerbaijan|Azerbaijani|Azeri
BA|BIH|Bosnia and Herzegovina|Bosnia-Herzegovina|Bosina-Herzegovina|Bosnia|Bosnian|Bosnia & Herzegovina
BB|BRB|Barbados|Barbadian
BD|BGD|Bangladesh|Bangladeshi
BE|BEL|Belgium|Belgian
BF|BFA|Burkina Faso|Burkinabe
BG|BGR|Bulgaria|Bulgarian
BH|BHR|Bahrain|Bahraini
BI|BDI|Burundi|Burundian
BJ|BEN|Benin|Beninese
BL|BLM|Saint Barthelemy
BM|BMU|Bermuda
BN|BRN|Brunei|Brunei Darussalam|Bruneian
BO|BOL|Bolivia|Bolivian|Plurinational State of Bolivia
BQ|BES|Bonaire, Sint Eustatius and Saba
BR|BRA|Brazil|Brazilian
BS|BHS|Bahamas|Bahamian
BT|BTN|Bhutan|Bhutanese
BV|BVT|Bouvet Island
BW|BWA|Botswana|Motswana
BY|BLR|Belarus|Belarusian|Byelorussia|Belorussian
BZ|BLZ|Belize|Belizean
CA|CAN|Canada|Canadian
CC|CCK|Cocos (Keeling) Islands
CD|COD|Democratic Republic of the Congo|Congo, Democratic Republic of the|DRC|D.R.C.|Congo-Kinshasa|Zaire|Congo (Kinshasa)
CF|CAF|Central African Republic|CAR|Central African
CG|COG|Republic of the Congo|Congo, Republic of the|Congo-Brazzaville|Congo (Brazzaville)|Congo
CH|CHE|Switzerland|Swiss
CI|CIV|Cote d'Ivoire|Cote d Ivoire|Ivory Coast|Ivorian
CK|COK|Cook Islands
CL|CHL|Chile|Chilean
CM|CMR|Cameroon|Cameroonian
CN|CHN|China|Chinese|People's Republic of China|PRC
CO|COL|Colombia|Colombian
CR|CRI|Costa Rica|Costa Rican
CS|SCG|Serbia and Montenegro
CU|CUB|Cuba|Cuban
CV|CPV|Cabo Verde|Cape Verde|Cape Verdean
CW|CUW|Curacao
CX|CXR|Christmas Island
CY|CYP|Cyprus|Cypriot
CZ|CZE|Czechia|Czech Republic|Czech
DE|DEU|Germany|German|Federal Republic of Germany
DJ|DJI|Djibouti|Djiboutian
DK|DNK|Denmark|Danish
DM|DMA|Dominica
DO|DOM|Dominican Republic|Dominican
DZ|DZA|Algeria|Algerian
EC|ECU|Ecuador|Ecuadorian|Ecuadorean
EE|EST|Estonia|Estonian
EG|EGY|Egypt|Egyptian
EH|ESH|Western Sahara|Sahrawi
ER|ERI|Eritrea|Eritrean
ES|ESP|Spain|Spanish
ET|ETH|Ethiopia|Ethiopian
FI|FIN|Finland|Finnish
FJ|FJI|Fiji|Fijian
FK|FLK|Falkland Islands
FM|FSM|Micronesia|Micronesia, Federated States of|Micronesian
FO|FRO|Faroe Islands
FR|FRA|France|French
GA|GAB|Gabon|Gabonese
GB|GBR|United Kingdom|UK|U.K.|Great Britain|Britain|British|England|Scotland|Wales|Northern Ireland|United Kingdom of Great Britain and Northern Ireland
GD|GRD|Grenada|Grenadian
GE|GEO|Georgia|Georgian
GF|GUF|French Guiana
GG|GGY|Guernsey
GH|GHA|Ghana|Ghanaian
GI|GIB|Gibraltar
GL|GRL|Greenland
GM|GMB|Gambia|Gambian
GN|GIN|Guinea|Guinean
GP|GLP|Guadeloupe
GQ|GNQ|Equatorial Guinea|Equatoguinean
GR|GRC|Greece|Greek
GS|SGS|South Georgia and the South Sandwich Islands
GT|GTM|Guatemala|Guatemalan
GU|GUM|Guam
GW|GNB|Guinea-Bissau|Bissau-Guinean
GY|GUY|Guyana|Guyanese
HK|HKG|Hong Kong|Hong Kong SAR|Hongkonger
HM|HMD|Heard Island and McDonald Islands
HN|HND|Honduras|Honduran
HR|HRV|Croatia|Croatian
HT|HTI|Haiti|Haitian
HU|HUN|Hungary|Hungarian
ID|IDN|Indonesia|Indonesian
IE|IRL|Ireland|Irish
IL|ISR|Israel|Israeli
IM|IMN|Isle of Man|Man, Isle of
IN|IND|India|Indian
IO|IOT|British Indian Ocean Territory
IQ|IRQ|Iraq|Iraqi
IR|IRN|Iran|Iranian|Islamic Republic of Iran|Iran (Islamic Republic of)|Persia
IS|ISL|Iceland|Icelandic
IT|ITA|Italy|Italian
JE|JEY|Jersey
JM|JAM|Jamaica|Jamaican
JO|JOR|Jordan|Jordanian
JP|JPN|Japan|Japanese
KE|KEN|Kenya|Kenyan
KG|KGZ|Kyrgyzstan|Kyrgyz|Kirghizia|Kyrgyz Republic
KH|KHM|Cambodia|Cambodian|Kampuchea
KI|KIR|Kiribati
KM|COM|Comoros|Comoros Islands|Comorian
KN|KNA|Saint Kitts and Nevis|St. Kitts and Nevis|Kittitian
KP|PRK|North Korea|Korea, North|North Korean|DPRK|D.P.R.K.|Democratic People's Republic of Korea|Korea, Democratic People's Republic of
KR|KOR|South Korea|Korea, South|South Korean|Republic of Korea|Korea, Republic of
KW|KWT|Kuwait|Kuwaiti
KY|CYM|Cayman Islands|Caymanian
KZ|KAZ|Kazakhstan|Kazakh|Kazakhstani
LA|LAO|Laos|Lao|Laotian|Lao People's Democratic Republic
LB|LBN|Lebanon|Lebanese
LC|LCA|Saint Lucia|St. Lucia
LI|LIE|Liechtenstein
LK|LKA|Sri Lanka|Sri Lankan|Ceylon
LR|LBR|Liberia|Liberian
LS|LSO|Lesotho
LT|LTU|Lithuania|Lithuanian
LU|LUX|Luxembourg
LV|LVA|Latvia|Latvian
LY|LBY|Libya|Libyan|Libyan Arab Jamahiriya
MA|MAR|Morocco|Moroccan
MC|MCO|Monaco|Monegasque
MD|MDA|Moldova|Moldovan|Republic of Moldova
ME|MNE|Montenegro|Montenegrin
MF|MAF|Saint Martin
MG|MDG|Madagascar|Malagasy
MH|MHL|Marshall Islands|Marshallese
MK|MKD|North Macedonia|North Macedonia, The Republic of|Macedonia|Macedonian|Former Yugoslav Republic of Macedonia
ML|MLI|Mali|Malian|Region: Northern Mali|Northern Mali
MM|MMR|Myanmar|Burma|Burmese
MN|MNG|Mongolia|Mongolian
MO|MAC|Macau|Macao
MP|MNP|Northern Mariana Islands
MQ|MTQ|Martinique
MR|MRT|Mauritania|Mauritanian
MS|MSR|Montserrat
MT|MLT|Malta|Maltese
MU|MUS|Mauritius|Mauritian
MV|MDV|Maldives|Maldivian
MW|MWI|Malawi|Malawian
MX|MEX|Mexico|Mexican
MY|MYS|Malaysia|Malaysian
MZ|MOZ|Mozambique|Mozambican
NA|NAM|Namibia|Namibian
NC|NCL|New Caledonia
NE|NER|Niger|Nigerien
NF|NFK|Norfolk Island
NG|NGA|Nigeria|Nigerian
NI|NIC|Nicaragua|Nicaraguan
NL|NLD|Netherlands|Dutch|Holland|The Netherlands
NO|NOR|Norway|Norwegian
NP|NPL|Nepal|Nepali|Nepalese
NR|NRU|Nauru
NU|NIU|Niue
NZ|NZL|New Zealand
OM|OMN|Oman|Omani
PA|PAN|Panama|Panamanian
PE|PER|Peru|Peruvian
PF|PYF|French Polynesia
PG|PNG|Papua New Guinea
PH|PHL|Philippines|Phillipines|Filipino|Philippine
PK|PAK|Pakistan|Pakistani
PL|POL|Poland|Polish
PM|SPM|Saint Pierre and Miquelon
PN|PCN|Pitcairn
PR|PRI|Puerto Rico
PS|PSE|Palestine|Palestinian|Palestinian Territories|Palestinian Territory|State of Palestine|West Bank|Gaza|Gaza Strip|Region: Gaza|West Bank, Palestinian|West Bank, Palestinian Territories
PT|PRT|Portugal|Portuguese
PW|PLW|Palau|Palauan
PY|PRY|Paraguay|Paraguayan
QA|QAT|Qatar|Qatari
RE|REU|Reunion
RO|ROU|Romania|Romanian
RS|SRB|Serbia|Serbian|Republic of Serbia
RU|RUS|Russia|Russian|Russian Federation
RW|RWA|Rwanda|Rwandan
SA|SAU|Saudi Arabia|Saudi
SB|SLB|Solomon Islands
SC|SYC|Seychelles|Seychellois
SD|SDN|Sudan|Sudanese
SE|SWE|Sweden|Swedish
SG|SGP|Singapore|Singaporean
SH|SHN|Saint Helena
SI|SVN|Slovenia|Slovenian|Slovene
SJ|SJM|Svalbard and Jan Mayen
SK|SVK|Slovakia|Slovak|Slovak Republic
SL|SLE|Sierra Leone|Sierra Leonean
SM|SMR|San Marino
SN|SEN|Senegal|Senegalese
SO|SOM|Somalia|Somali
SR|SUR|Suriname|Surinamese
SS|SSD|South Sudan|South Sudanese
ST|STP|Sao Tome and Principe
SU|SUN|USSR|Soviet Union|U.S.S.R.
SV|SLV|El Salvador|Salvadoran|Salvadorean|Salvadorian
SX|SXM|Sint Maarten
SY|SYR|Syria|Syrian|Syrian Arab Republic
SZ|SWZ|Eswatini|Swaziland
TC|TCA|Turks and Caicos Islands
TD|TCD|Chad|Chadian
TF|ATF|French Southern Territories
TG|TGO|Togo|Togolese
TH|THA|Thailand|Thai
TJ|TJK|Tajikistan|Tajik|Tajikistani
TK|TKL|Tokelau
TL|TLS|Timor-Leste|East Timor
TM|TKM|Turkmenistan|Turkmen
TN|TUN|Tunisia|Tunisian
TO|TON|Tonga|Tongan
TR|TUR|Turkey|Turkish|Turkiye
TT|TTO|Trinidad and Tobago|Trinidadian
TV|TUV|Tuvalu
TW|TWN|Taiwan|Taiwanese|Chinese Taipei
TZ|TZA|Tanzania|Tanzanian|United Republic of Tanzania
UA|UKR|Ukraine|Ukrainian|Crimea|Region: Crimea
UG|UGA|Uganda|Ugandan
UM|UMI|United States Minor Outlying Islands
US|USA|United States|United States of America|U.S.|U.S.A.|American
UY|URY|Uruguay|Uruguayan
UZ|UZB|Uzbekistan|Uzbek
VA|VAT|Holy See|Vatican City|Vatican
VC|VCT|Saint Vincent and the Grenadines|St. Vincent and the Grenadines
VE|VEN|Venezuela|Venezuelan|Bolivarian Republic of Venezuela
VG|VGB|British Virgin Islands|Virgin Islands, British|BVI
VI|VIR|U.S. Virgin Islands|Virgin Islands, U.S.
VN|VNM|Vietnam|Viet Nam|Vietnamese
VU|VUT|Vanuatu
WF|WLF|Wallis and Futuna
WS|WSM|Samoa|Samoan
XK|XKX|Kosovo|Kosovar|Republic of Kosovo
YE|YEM|Yemen|Yemeni
YT|MYT|Mayotte
YU|YUG|Yugoslavia|Federal Republic of Yugoslavia
ZA|ZAF|South Africa|South African
ZM|ZMB|Zambia|Zambian
ZW|ZWE|Zimbabwe|Zimbabwean
AN|ANT|Netherlands Antilles
`;
