/**
 * Company legal forms (data/legal-forms.txt). `findLegalForm` recognises a legal-form phrase at a
 * position in a list of folded words — "limited liability company", "ooo", "s a de c v" — compared
 * through the spelling key so that transliteration variants of Russian forms are found too.
 * Single-word forms of 8+ letters also match with one typo ("Aktiengeselschaft"), and the last
 * word of a phrase that ends the name may be cut short ("joint stock compan").
 */
import { readDataLines } from './data-file.js';
import { spellingKey } from './spelling-key.js';

export interface LegalForm {
  /** Canonical short form, e.g. `llc`, `jsc`, `ag`. */
  canonical: string;
  /** Family: forms of one family are interchangeable; `generic` is compatible with all. */
  family: string;
}

interface Phrase {
  keys: string[];
  form: LegalForm;
}

const PHRASES: Phrase[] = [];
for (const line of readDataLines('legal-forms.txt')) {
  const m = /^(\S+)\s+(\S+):\s*(.*)$/.exec(line);
  if (!m) continue;
  const form: LegalForm = { family: m[1]!, canonical: m[2]! };
  for (const variant of m[3]!.split(';')) {
    const words = variant.trim().split(/\s+/).filter(Boolean);
    if (words.length) PHRASES.push({ keys: words.map(spellingKey), form });
  }
}
// longest phrases first, so "joint stock company" wins over "company"
PHRASES.sort((a, b) => b.keys.length - a.keys.length);
/** Phrases by their first word; long single words also by nothing (they tolerate a typo). */
const BY_FIRST = new Map<string, Phrase[]>();
for (const p of PHRASES) {
  const list = BY_FIRST.get(p.keys[0]!) ?? [];
  list.push(p);
  BY_FIRST.set(p.keys[0]!, list);
}
const LONG_SINGLE_WORDS = PHRASES.filter((p) => p.keys.length === 1 && p.keys[0]!.length >= 8);

const BY_CANONICAL = new Map(PHRASES.map((p) => [p.form.canonical, p.form]));

export function legalFormByCanonical(canonical: string): LegalForm | undefined {
  return BY_CANONICAL.get(canonical);
}

/** The legal form starting at words[start] and how many words it spans, or undefined. */
export function findLegalForm(keys: readonly string[], start: number): { form: LegalForm; length: number } | undefined {
  const first = keys[start];
  // a single letter is an initial, never a legal form (keys squeeze "kk" to "k")
  if (first === undefined || first.length < 2) return undefined;
  const candidates = BY_FIRST.get(first) ?? (first.length >= 7 ? LONG_SINGLE_WORDS : undefined);
  if (!candidates) return undefined;
  for (const p of candidates) {
    if (start + p.keys.length > keys.length) continue;
    let ok = true;
    for (let i = 0; i < p.keys.length; i++) {
      const a = keys[start + i]!;
      const b = p.keys[i]!;
      if (a === b) continue;
      if (p.keys.length === 1 && b.length >= 8 && nearlyEqual(a, b)) continue;
      // a name cut off by a field length: "… JOINT STOCK COMPAN"
      const last = i === p.keys.length - 1 && start + p.keys.length === keys.length;
      if (last && p.keys.length >= 2 && a.length >= 4 && b.startsWith(a)) continue;
      ok = false;
      break;
    }
    if (ok) return { form: p.form, length: p.keys.length };
  }
  return undefined;
}

/** One insertion, deletion or substitution apart. */
function nearlyEqual(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return a.length - i - j <= 1 && b.length - i - j <= 1;
}

/** Are two legal forms compatible (same family, or one generic)? */
export function legalFormsCompatible(a: LegalForm, b: LegalForm): boolean {
  return a.family === b.family || a.family === 'generic' || b.family === 'generic';
}
