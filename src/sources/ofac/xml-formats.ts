/**
 * OFAC's XML formats per list, in order of preference after the CSV set: the `sdnList` XML, the
 * Enhanced XML (zip) and the Advanced XML.
 */
import type { SourceFormat } from '../types.js';
import { ofacSdnXmlFormat } from './sdn-xml-format.js';

export const OFAC_XML_FORMATS: Record<'sdn' | 'cons', SourceFormat[]> = {
  sdn: [ofacSdnXmlFormat(['sdn.xml'], 'OFAC sdnList XML: SDN.XML')],
  cons: [ofacSdnXmlFormat(['consolidated.xml', 'cons.xml'], 'OFAC sdnList XML: CONSOLIDATED.XML')],
};
