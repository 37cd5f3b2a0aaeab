/** Canada's Consolidated Autonomous Sanctions List (Special Economic Measures Act and JVCFOR). */
import type { ListDefinition } from '../types.js';
import { semaXmlFormat } from './xml-format.js';

export const caSema: ListDefinition = {
  id: 'ca-sema',
  title: 'Canada Consolidated Autonomous Sanctions List',
  authority: 'Global Affairs Canada',
  downloads: [{ url: 'https://www.international.gc.ca/world-monde/assets/office_docs/international_relations-relations_internationales/sanctions/sema-lmes.xml', file: 'sema-lmes.xml' }],
  licence: 'Government of Canada; reuse under the Open Government Licence – Canada.',
  formats: [semaXmlFormat],
  defaultEnabled: true,
};
