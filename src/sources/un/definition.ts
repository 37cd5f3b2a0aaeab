/** The UN Security Council Consolidated List: every individual and entity under UNSC sanctions. */
import type { ListDefinition } from '../types.js';
import { unXmlFormat } from './xml-format.js';

export const unSc: ListDefinition = {
  id: 'un-sc',
  title: 'UN Security Council Consolidated List',
  authority: 'United Nations Security Council',
  downloads: [{ url: 'https://scsanctions.un.org/resources/xml/en/consolidated.xml', file: 'consolidated.xml' }],
  licence: 'Published by the United Nations for public use; reuse with attribution to the UN Security Council (UN terms of use).',
  formats: [unXmlFormat],
  defaultEnabled: true,
};
