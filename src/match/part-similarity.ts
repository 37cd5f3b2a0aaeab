/**
 * How similar two prepared name parts are, and how they match. The checks run from the most to the
 * least certain; the first that holds decides:
 *   exact (1) · legal forms of one family (0.9) · spelling key (0.95: transliteration schemes)
 *   · spelling group (0.95: Usama/Osama) · nickname (0.9: Bibi/Benjamin) · initial (0.9)
 *   · typo within the length budget (0.75–0.97) · consonant skeleton when one side was written
 *   without vowels (0.85–0.95) · same Double Metaphone code (0.6: sounds alike, weak alone).
 */
import type { PartHow, PreparedPart } from './types.js';
import { boundedEditDistance } from './similarity.js';

/** Edits allowed between two tokens whose shorter one has this length: short tokens must match exactly. */
export function typoBudget(length: number): number {
  if (length <= 4) return 0;
  if (length <= 8) return 1;
  if (length <= 12) return 2;
  return 3;
}

/** Score of a typo match: one edit in a long word costs less than in a short one. */
export function typoScore(edits: number, shorterLength: number): number {
  return Math.max(0.75, Math.min(0.97, 1 - (0.5 * edits) / shorterLength));
}

export interface PartSimilarity {
  score: number;
  how: PartHow;
}

const NO_MATCH: PartSimilarity = Object.freeze({ score: 0, how: 'unmatched-query' }) as PartSimilarity;
const EXACT: PartSimilarity = Object.freeze({ score: 1, how: 'exact' }) as PartSimilarity;

export function comparePart(q: PreparedPart, c: PreparedPart): PartSimilarity {
  if (q.kind === 'legal-form' || c.kind === 'legal-form') {
    if (!q.legalForm || !c.legalForm) return NO_MATCH;
    if (q.text === c.text) return EXACT;
    const ok = q.legalForm.family === c.legalForm.family || q.legalForm.family === 'generic' || c.legalForm.family === 'generic';
    return ok ? { score: 0.9, how: 'legal-form' } : NO_MATCH;
  }
  if (q.text === c.text) return EXACT;
  if (q.kind === 'number' || c.kind === 'number') return NO_MATCH;
  if (q.kind === 'particle' || c.kind === 'particle') return NO_MATCH;
  if (q.kind === 'stopword' || c.kind === 'stopword' || q.kind === 'honorific' || c.kind === 'honorific') return NO_MATCH;
  if (q.kind === 'initial' || c.kind === 'initial') {
    return q.text.charCodeAt(0) === c.text.charCodeAt(0) ? { score: 0.9, how: 'initial' } : NO_MATCH;
  }
  const translit = q.transliterated || c.transliterated;
  if (q.spelling === c.spelling) return { score: 0.95, how: translit ? 'transliterated' : 'phonetic' };
  if (q.groups.length && c.groups.length) {
    for (const g of q.groups) {
      if (!c.groups.includes(g)) continue;
      return g.charCodeAt(0) === 101 /* e */ ? { score: 0.95, how: 'transliterated' } : { score: 0.9, how: 'nickname' };
    }
  }
  const shorter = Math.min(q.text.length, c.text.length);
  const budget = typoBudget(shorter);
  if (budget > 0) {
    const edits = boundedEditDistance(q.text, c.text, budget);
    if (edits <= budget) return { score: typoScore(edits, shorter), how: 'typo' };
  }
  if ((q.vowelless || c.vowelless) && q.consonants && q.consonants === c.consonants) {
    return { score: q.consonants.length >= 2 ? 0.95 : 0.85, how: 'transliterated' };
  }
  if (q.metaphone && shorter >= 2 && (q.metaphone === c.metaphone || q.metaphone === c.metaphoneAlt || q.metaphoneAlt === c.metaphone)) {
    return { score: 0.6, how: 'phonetic' };
  }
  return NO_MATCH;
}
