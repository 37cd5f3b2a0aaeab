/** The Denied Persons List of the US Bureau of Industry and Security (export privileges denied). */
import type { ListDefinition } from '../types.js';
import { dplTxtFormat } from './txt-format.js';

export const usBisDpl: ListDefinition = {
  id: 'us-bis-dpl',
  title: 'BIS Denied Persons List',
  authority: 'US Department of Commerce, Bureau of Industry and Security (BIS)',
  downloads: [{ url: 'https://www.bis.doc.gov/dpl/dpl.txt', file: 'dpl.txt' }],
  licence: 'Work of the United States government: public domain in the United States (17 U.S.C. § 105).',
  formats: [dplTxtFormat],
  defaultEnabled: false,
};
