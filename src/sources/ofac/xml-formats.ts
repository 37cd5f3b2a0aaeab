/**
 * OFAC's XML formats per list, in order of preference after the CSV set: the `sdnList` XML, the
 * Enhanced XML (zip) and the Advanced XML.
 */
import type { SourceFormat } from '../types.js';
import { ofacAdvancedXmlFormat } from './advanced-xml-format.js';
import { ofacEnhancedXmlFormat } from './enhanced-xml-format.js';
import { ofacSdnXmlFormat } from './sdn-xml-format.js';

export const OFAC_XML_FORMATS: Record<'sdn' | 'cons', SourceFormat[]> = {
  sdn: [
    ofacSdnXmlFormat(['sdn.xml'], 'OFAC sdnList XML: SDN.XML'),
    ofacEnhancedXmlFormat(['sdn_enhanced.zip'], 'OFAC Enhanced XML: SDN_ENHANCED.ZIP'),
    ofacAdvancedXmlFormat(['sdn_advanced.xml'], 'OFAC Advanced XML: SDN_ADVANCED.XML'),
  ],
  cons: [
    ofacSdnXmlFormat(['consolidated.xml', 'cons.xml'], 'OFAC sdnList XML: CONSOLIDATED.XML'),
    ofacEnhancedXmlFormat(['cons_enhanced.zip'], 'OFAC Enhanced XML: CONS_ENHANCED.ZIP'),
    ofacAdvancedXmlFormat(['cons_advanced.xml'], 'OFAC Advanced XML: CONS_ADVANCED.XML'),
  ],
};
