/** Australia's Consolidated List (DFAT): everyone under Australian sanctions law, UN and autonomous. */
import type { ListDefinition } from '../types.js';
import { dfatXlsxFormat } from './xlsx-format.js';

export const auDfat: ListDefinition = {
  id: 'au-dfat',
  title: 'Australia Consolidated List',
  authority: 'Australian Government, Department of Foreign Affairs and Trade (DFAT)',
  downloads: [{ url: 'https://www.dfat.gov.au/sites/default/files/regulation8_consolidated.xlsx', file: 'regulation8_consolidated.xlsx' }],
  licence: 'Commonwealth of Australia (DFAT); published for public use, reuse under Creative Commons Attribution 4.0 per the DFAT copyright notice.',
  formats: [dfatXlsxFormat],
  defaultEnabled: true,
};
