/** The UK Consolidated List of Financial Sanctions Targets, published by OFSI (HM Treasury). */
import type { ListDefinition } from '../types.js';
import { ofsiCsvFormat, ofsiXlsxFormat } from './formats.js';

export const ukOfsi: ListDefinition = {
  id: 'uk-ofsi',
  title: 'UK OFSI Consolidated List of Financial Sanctions Targets',
  authority: 'HM Treasury, Office of Financial Sanctions Implementation (OFSI)',
  downloads: [{ url: 'https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.csv', file: 'ConList.csv' }],
  licence: 'Crown copyright; reuse under the Open Government Licence v3.0.',
  // xlsx first: when a folder holds both, the spreadsheet is the complete current export (the CSV may be an old sample)
  formats: [ofsiXlsxFormat, ofsiCsvFormat],
  defaultEnabled: true,
};
