/**
 * The US Consolidated Screening List (trade.gov): the export-control and sanctions lists of the
 * Departments of Commerce, State and the Treasury in one file. Its OFAC SDN rows are skipped
 * because the ofac-sdn list carries them in full.
 */
import type { ListDefinition } from '../types.js';
import { cslCsvFormat } from './csv-format.js';

export const usCsl: ListDefinition = {
  id: 'us-csl',
  title: 'US Consolidated Screening List (trade.gov), without OFAC SDN',
  authority: 'US International Trade Administration (trade.gov), for Commerce, State and Treasury',
  downloads: [{ url: 'https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv', file: 'consolidated.csv' }],
  licence: 'Work of the United States government: public domain in the United States (17 U.S.C. § 105).',
  formats: [cslCsvFormat],
  defaultEnabled: true,
};
