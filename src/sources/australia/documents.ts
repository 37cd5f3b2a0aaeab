/**
 * Identity documents in DFAT's free-text "Additional Information": "Egyptian Passport number
 * 7654321", "Passport no.: X123456", "national identification number 100200300400", "National
 * Identification Number: Sudan 99887766554" (invented numbers, real layouts). Only numbers that
 * follow these labels directly are taken; the issuing country comes from a demonym or country
 * name right before or after the label.
 */
import { countryCode } from '../../model/country.js';
import type { Identifier } from '../../model/identifier.js';

const PASSPORT = /(?:\b([A-Z][a-z]+)\s+)?passport\s*(?:number|no\.?|#)?\s*:?\s*(?:([A-Z][a-z]+),?\s+(?:number\s+)?)?([A-Z]{0,3}[- ]?\d{4,}[A-Z\d-]*)/gi;
const NATIONAL_ID = /(?:\b([A-Z][a-z]+)\s+)?national\s+identi(?:fication|ty)(?:\s+card)?\s*(?:number|no\.?)\s*:?\s*(?:([A-Z][a-z]+),?\s+(?:number\s+)?)?([A-Z]{0,3}\d[\d-]{4,})/gi;

export function documentsIn(text: string): Identifier[] {
  const out: Identifier[] = [];
  const add = (type: 'passport' | 'national-id', label: string, m: RegExpMatchArray) => {
    const value = m[3]!.replace(/-$/, '');
    if (/^(19|20)\d\d$/.test(value) || value.replace(/\D/g, '').length < 5) return; // a year, or too short to be a document number
    const country = (m[1] && countryCode(m[1])) || (m[2] && countryCode(m[2])) || undefined;
    if (!out.some((x) => x.type === type && x.value === value)) out.push({ type, value, ...(country ? { country } : {}), label });
  };
  for (const m of text.matchAll(PASSPORT)) add('passport', 'Passport (Additional Information)', m);
  for (const m of text.matchAll(NATIONAL_ID)) add('national-id', 'National identification (Additional Information)', m);
  return out;
}
