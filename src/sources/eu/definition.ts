/** The EU consolidated list of persons, groups and entities subject to EU financial sanctions. */
import type { ListDefinition } from '../types.js';
import { fsfCsvFormat, fsfXmlFormat } from './formats.js';

export const euFsf: ListDefinition = {
  id: 'eu-fsf',
  title: 'EU Financial Sanctions File (consolidated list)',
  authority: 'European Commission, DG FISMA (Financial Sanctions Database)',
  downloads: [
    { url: 'https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw', file: 'xmlFullSanctionsList_1_1.xml' },
  ],
  licence: 'European Commission data; reuse authorised with acknowledgement of the source (Commission Decision 2011/833/EU).',
  formats: [fsfXmlFormat, fsfCsvFormat],
  defaultEnabled: true,
};
