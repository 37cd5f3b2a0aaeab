/**
 * OFAC's XML formats per list, in order of preference. Filled in as the XML readers land.
 */
import type { SourceFormat } from '../types.js';

export const OFAC_XML_FORMATS: Record<'sdn' | 'cons', SourceFormat[]> = {
  sdn: [],
  cons: [],
};
