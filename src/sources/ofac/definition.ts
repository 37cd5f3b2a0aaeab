/**
 * OFAC's two lists: the SDN list (`ofac-sdn`) and the Consolidated non-SDN list (`ofac-cons`).
 * Both are published by the US Treasury's Office of Foreign Assets Control through its Sanctions
 * List Service, in the same formats. Formats are listed in order of preference: the legacy CSV set
 * first (it is what most mirrors carry and what the Remarks mining was built on), then the XML ones.
 */
import type { ListDefinition } from '../types.js';
import { ofacAdvancedXmlFormat } from './advanced-xml-format.js';
import { CONS_CSV_FILES, SDN_CSV_FILES, type CsvFileSet } from './csv-files.js';
import { ofacCsvFormat } from './csv-format.js';
import { ofacEnhancedXmlFormat } from './enhanced-xml-format.js';
import { ofacSdnXmlFormat } from './sdn-xml-format.js';

const BASE = 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports';

const LICENCE =
  'Work of the United States government (OFAC, US Department of the Treasury): public domain in the United States (17 U.S.C. § 105); no restrictions on reuse.';

interface OfacListSpec {
  id: string;
  title: string;
  csv: CsvFileSet;
  /** Official names (lower case) of the list's sdnList XML, Enhanced XML zip and Advanced XML. */
  sdnXml: readonly string[];
  enhancedZip: string;
  advancedXml: string;
}

/** An OFAC list: the CSV set is downloaded; every format below is read when found. */
function ofacList(spec: OfacListSpec): ListDefinition {
  const { csv } = spec;
  const upper = (name: string) => name.toUpperCase();
  return {
    id: spec.id,
    title: spec.title,
    authority: 'US Department of the Treasury, Office of Foreign Assets Control (OFAC)',
    downloads: [csv.main, csv.add, csv.alt, csv.comments[0]!].map((name) => ({ url: `${BASE}/${upper(name)}`, file: upper(name) })),
    licence: LICENCE,
    formats: [
      ofacCsvFormat(csv, `OFAC legacy CSV: ${upper(csv.main)} + ${upper(csv.add)} + ${upper(csv.alt)} (+ ${upper(csv.comments[0]!)})`),
      ofacSdnXmlFormat(spec.sdnXml, `OFAC sdnList XML: ${upper(spec.sdnXml[0]!)}`),
      ofacEnhancedXmlFormat([spec.enhancedZip], `OFAC Enhanced XML: ${upper(spec.enhancedZip)}`),
      ofacAdvancedXmlFormat([spec.advancedXml], `OFAC Advanced XML: ${upper(spec.advancedXml)}`),
    ],
    defaultEnabled: true,
  };
}

export const ofacSdn = ofacList({
  id: 'ofac-sdn',
  title: 'OFAC Specially Designated Nationals and Blocked Persons List (SDN)',
  csv: SDN_CSV_FILES,
  sdnXml: ['sdn.xml'],
  enhancedZip: 'sdn_enhanced.zip',
  advancedXml: 'sdn_advanced.xml',
});

export const ofacCons = ofacList({
  id: 'ofac-cons',
  title: 'OFAC Consolidated Sanctions List (non-SDN lists)',
  csv: CONS_CSV_FILES,
  sdnXml: ['consolidated.xml', 'cons.xml'],
  enhancedZip: 'cons_enhanced.zip',
  advancedXml: 'cons_advanced.xml',
});
