/** Switzerland's sanctions list, published by the State Secretariat for Economic Affairs (SECO). */
import type { ListDefinition } from '../types.js';
import { secoXmlFormat } from './xml-format.js';

export const chSeco: ListDefinition = {
  id: 'ch-seco',
  title: 'Swiss sanctions list (SECO)',
  authority: 'Swiss State Secretariat for Economic Affairs (SECO)',
  downloads: [{ url: 'https://www.sesam.search.admin.ch/sesam-search-web/pages/downloadXmlGesamtliste.xhtml?lang=en&action=downloadXmlGesamtlisteAction', file: 'consolidated-list.xml' }],
  licence: 'Swiss federal government data; free reuse with source attribution (opendata.swiss terms "open use, must provide the source").',
  formats: [secoXmlFormat],
  defaultEnabled: true,
};
