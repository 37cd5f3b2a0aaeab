/**
 * The UK Sanctions List published by the FCDO: every UK designation, with the sanctions each
 * carries, and since 28 January 2026 the UK's one official list (OFSI's ConList is no longer
 * updated). criba reads its full exports, XML, CSV and the same columns as ODS (names with their
 * kinds, dates of birth, nationalities, documents, addresses, ship and entity details), and the
 * 8-column summary ODS.
 * The full layouts were built from the published description, not an official sample
 * (docs/lists.md).
 */
import type { ListDefinition } from '../types.js';
import { fcdoCsvFormat, fcdoFullOdsFormat, fcdoXmlFormat } from './formats.js';
import { fcdoSummaryOdsFormat } from './ods-format.js';

export const ukFcdo: ListDefinition = {
  id: 'uk-fcdo',
  title: 'UK Sanctions List (FCDO)',
  authority: 'UK Foreign, Commonwealth & Development Office (FCDO)',
  downloads: [{ url: 'https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml', file: 'UK-Sanctions-List.xml' }],
  licence: 'Crown copyright; reuse under the Open Government Licence v3.0.',
  // the XML first: it states each repeated fact once; the CSV repeats rows per combination of them
  formats: [fcdoXmlFormat, fcdoCsvFormat, fcdoFullOdsFormat, fcdoSummaryOdsFormat],
  defaultEnabled: false,
};
