/**
 * Identifier labels of OFAC's Remarks field, hand-edited. Read by src/sources/ofac/remarks.ts:
 * a Remarks fragment that starts with one of these labels is read as an identifier of that type,
 * "<label> <value> (<country>) issued <date> expires <date>". The longest label wins, so
 * "Identification Number IMO" beats "Identification Number".
 *
 * One label per line: `label | identifier type` (types: src/model/identifier.ts). Collected from
 * the Remarks of the SDN and consolidated lists; `npx tsx scripts/ofac-remarks-stats.ts` lists the
 * fragments still unparsed, which is where new labels come from.
 */
export const IDENTIFIER_LABELS = `
Passport | passport
Diplomatic Passport | passport
British National Overseas Passport | passport
Stateless Person Passport | passport
Passport Booklet | passport
Travel Document Number | passport
Refugee Travel Document | passport
National ID No. | national-id
National ID No | national-id
National ID Number | national-id
National Foreign ID Number | national-id
Identification Number | national-id
Personal ID Card | national-id
Numero de Identidad | national-id
Turkish Identification Number | national-id
Citizen's Card Number | national-id
Tazkira National ID Card | national-id
Kenyan ID No. | national-id
Moroccan Personal ID No. | national-id
CNP (Personal Numerical Code) | national-id
D.N.I. | national-id
C.U.R.P. | national-id
C.U.R.P. # | national-id
CURP | national-id
C.U.I. | national-id
Refugee ID Card | national-id
Stateless Person ID Card | national-id
Residency Number | national-id
Romanian Permanent Resident CAN | national-id
N.I.E. | national-id
Immigration No. | national-id
Credencial electoral | national-id
I.F.E. | national-id
Electoral Registry No. | national-id
SSN | ssn
Cedula No. | cedula
Cedula de Identidad | cedula
Tax ID No. | tax-id
R.F.C. | tax-id
R.F.C. # | tax-id
RFC | tax-id
NIT # | tax-id
RUC # | tax-id
RIF # | tax-id
V.A.T. Number | tax-id
C.U.I.T. | tax-id
C.U.I.L. | tax-id
US FEIN | tax-id
RTN | tax-id
C.I.F. | tax-id
N.I.F. | tax-id
Fiscal Code | tax-id
Italian Fiscal Code | tax-id
Italian Fiscal Code: | tax-id
Romanian Tax Registration | tax-id
Paraguayan tax identification number | tax-id
Numero Unico de Identificacao Tributaria (NUIT) | tax-id
Registration Number | registration
Business Registration Number | registration
Registration ID | registration
Company Number | registration
UK Company Number | registration
Commercial Registry Number | registration
Folio Mercantil No. | registration
Matricula Mercantil No | registration
Matricula Mercantil No. | registration
Government Gazette Number | registration
Chamber of Commerce Number | registration
Central Registration System Number | registration
Istanbul Chamber of Comm. No. | registration
Dubai Chamber of Commerce Membership No. | registration
Trade License No. | registration
C.R. No. | registration
Romanian C.R. | registration
Legal Entity Number | registration
Business Registration Document # | registration
Enterprise Number | registration
Business Number | registration
Public Registration Number | registration
Certificate of Incorporation Number | registration
Registered Charity No. | registration
Economic Register Number (CBLS) | registration
Unified Social Credit Code (USCC) | registration
United Social Credit Code Certificate (USCCC) | registration
Branch Unit Number | registration
Organization Code | registration
MSB Registration Number | registration
License | registration
Permit Number | registration
LE Number | registration
D-U-N-S Number | registration
Afghan Money Service Provider License Number | registration
Tourism License No. | registration
Driver's License No. | driving-licence
Driver's License | driving-licence
Vessel Registration Identification IMO | imo
Vessel Registration Identification | imo
Identification Number IMO | imo
Company Number IMO | imo
IMO | imo
MMSI | mmsi
Aircraft Manufacturer's Serial Number (MSN) | aircraft-serial
Aircraft Construction Number (also called L/N or S/N or F/N) | aircraft-serial
Aircraft Serial Identification | aircraft-serial
Aircraft Tail Number | aircraft-tail
Previous Aircraft Tail Number | aircraft-tail
SWIFT/BIC | swift-bic
BIK (RU) | other
Birth Certificate Number | other
Military Registration Number | other
Cartilla de Servicio Militar Nacional | other
VisaNumberID | other
SRE Permit No. | other
Seafarer's Identification Document | other
Pilot License Number | other
File Number | other
Trademark number | other
Serial No. | other
C.U.I.P. | other
`;
