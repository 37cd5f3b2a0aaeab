/**
 * Custom in-house lists: parties an organisation screens against besides the official lists
 * (internal blocklists, former customers exited for cause…). Read from a CSV the user supplies
 * with `criba update --from DIR`; nothing to download.
 */
import type { ListDefinition } from '../types.js';
import { customCsvFormat } from './csv-format.js';

export const customList: ListDefinition = {
  id: 'custom',
  title: 'Custom in-house list',
  authority: 'Your organisation',
  downloads: [],
  licence: 'Your own data.',
  formats: [customCsvFormat],
  defaultEnabled: false,
};
