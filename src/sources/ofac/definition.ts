/**
 * OFAC's two lists: the SDN list (`ofac-sdn`) and the Consolidated non-SDN list (`ofac-cons`).
 * Both are published by the US Treasury's Office of Foreign Assets Control through its Sanctions
 * List Service, in the same formats. Formats are listed in order of preference: the legacy CSV set
 * first (it is what most mirrors carry and what the Remarks mining was built on), then the XML ones.
 */
import type { ListDefinition, SourceFormat } from '../types.js';
import { CONS_CSV_FILES, SDN_CSV_FILES } from './csv-files.js';
import { ofacCsvFormat } from './csv-format.js';
import { OFAC_XML_FORMATS } from './xml-formats.js';

const BASE = 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports';

const LICENCE =
  'Work of the United States government (OFAC, US Department of the Treasury): public domain in the United States (17 U.S.C. § 105); no restrictions on reuse.';

function formats(csv: SourceFormat, list: 'sdn' | 'cons'): SourceFormat[] {
  return [csv, ...OFAC_XML_FORMATS[list]];
}

export const ofacSdn: ListDefinition = {
  id: 'ofac-sdn',
  title: 'OFAC Specially Designated Nationals and Blocked Persons List (SDN)',
  authority: 'US Department of the Treasury, Office of Foreign Assets Control (OFAC)',
  downloads: [
    { url: `${BASE}/SDN.CSV`, file: 'SDN.CSV' },
    { url: `${BASE}/ADD.CSV`, file: 'ADD.CSV' },
    { url: `${BASE}/ALT.CSV`, file: 'ALT.CSV' },
    { url: `${BASE}/SDN_COMMENTS.CSV`, file: 'SDN_COMMENTS.CSV' },
  ],
  licence: LICENCE,
  formats: formats(ofacCsvFormat(SDN_CSV_FILES, 'OFAC legacy CSV: SDN.CSV + ADD.CSV + ALT.CSV (+ SDN_COMMENTS.CSV)'), 'sdn'),
  defaultEnabled: true,
};

export const ofacCons: ListDefinition = {
  id: 'ofac-cons',
  title: 'OFAC Consolidated Sanctions List (non-SDN lists)',
  authority: 'US Department of the Treasury, Office of Foreign Assets Control (OFAC)',
  downloads: [
    { url: `${BASE}/CONS_PRIM.CSV`, file: 'CONS_PRIM.CSV' },
    { url: `${BASE}/CONS_ADD.CSV`, file: 'CONS_ADD.CSV' },
    { url: `${BASE}/CONS_ALT.CSV`, file: 'CONS_ALT.CSV' },
    { url: `${BASE}/CONS_COMMENTS.CSV`, file: 'CONS_COMMENTS.CSV' },
  ],
  licence: LICENCE,
  formats: formats(ofacCsvFormat(CONS_CSV_FILES, 'OFAC legacy CSV: CONS_PRIM.CSV + CONS_ADD.CSV + CONS_ALT.CSV (+ CONS_COMMENTS.CSV)'), 'cons'),
  defaultEnabled: true,
};
