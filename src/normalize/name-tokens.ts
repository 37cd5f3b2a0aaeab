/**
 * Name analysis: one name string (or its tagged parts) → tokens the matcher compares, each with a
 * kind (word, particle, honorific, legal form, number, initial…) and, when the source says, a role
 * (given, family, patronymic). Both the list side and the query side go through `analyzeName`.
 *
 * Fixed order: comma order ("LUNA MEZA, Osiris") → fold (foldWords) → punctuation (brackets,
 * possessive 's, dotted acronyms, %, leetspeak digits, ordinals) → number words → "abd al" joins
 * and abbreviations → legal forms → kinds → roles (bin/ibn makes the next word a patronymic).
 */
import { readDataLines } from './data-file.js';
import { foldWords } from './fold.js';
import { findLegalForm, type LegalForm } from './legal-forms.js';
import { joinNumberWords, numberValue } from './numbers.js';
import { spellingKey } from './spelling-key.js';
import type { NameParts } from '../model/name.js';

export type TokenKind = 'word' | 'particle' | 'honorific' | 'stopword' | 'generic' | 'legal-form' | 'number' | 'initial';
export type NameRole = 'unknown' | 'given' | 'family' | 'patronymic';
/** What kind of party the name belongs to, as far as analysis needs to know. */
export type NameKindHint = 'person' | 'organization' | 'vessel' | 'unknown';

export interface NameToken {
  /** Folded text; for legal forms and particles, the canonical form. */
  text: string;
  kind: TokenKind;
  role: NameRole;
  /** Transliterated from a script written without most vowels (Arabic, Hebrew, Thai). */
  vowelless: boolean;
  /** Transliterated from any non-Latin script. */
  transliterated: boolean;
  /**
   * A vowelless word written with an initial vowel carrier (alef with hamza, ayin: "`ly" for
   * علي): its Latin spelling starts with a vowel. False for Latin words (see match/prepare.ts).
   */
  vowelOnset: boolean;
  /** From Chinese, Korean or Japanese syllables: never a particle, title or legal form. */
  syllabic: boolean;
  /** Inside brackets: "Deutsche Bank (Schweiz) AG". Usually a qualifier, not the name. */
  bracketed: boolean;
  legalForm?: LegalForm;
}

/** Name parts as the model keeps them (given, family, patronymic…). */
export type NamePartsInput = NameParts;

export interface AnalyzeOptions {
  kind?: NameKindHint;
  parts?: NamePartsInput;
}

const HONORIFICS = new Set(readDataLines('honorifics.txt'));
const STOPWORDS = new Set(readDataLines('stopwords.txt'));
const PARTICLES = new Map<string, string>();
for (const line of readDataLines('particles.txt')) {
  const words = line.split(/\s+/);
  for (const w of words) PARTICLES.set(w, words[0]!);
}
const GENERIC = new Set<string>();
const ABBREVIATIONS = new Map<string, string>();
for (const line of readDataLines('generic-words.txt')) {
  const m = /^(\S+)\s*=\s*(\S+)$/.exec(line);
  if (m) ABBREVIATIONS.set(m[1]!.replace(/['’]/g, ''), m[2]!);
  else GENERIC.add(line);
}
const PATRONYMIC_SUFFIX = /(?:ovich|evich|ovych|evych|ievich|ovna|evna|ivna|ichna)$/;
/** Particles after which the next word is a father's (or ancestor's) name. */
const PATRONYMIC_MARKERS = new Set(['bin', 'bint', 'ould']);
const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4', v: '5', vi: '6', vii: '7', viii: '8', ix: '9', x: '10' };
/** Digits used as letters inside words ("Ig0r Sech1n"). */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g' };

interface RawToken {
  text: string;
  vowelOnset: boolean;
  syllabic: boolean;
  vowelless: boolean;
  transliterated: boolean;
  bracketed: boolean;
  role: NameRole;
}

/** Analyse one name. Empty result when the name has no letters or digits. */
export function analyzeName(full: string, options: AnalyzeOptions = {}): NameToken[] {
  const kind = options.kind ?? 'unknown';
  const raw: RawToken[] = [];
  const parts = options.parts;
  if (parts && (parts.given || parts.family || parts.middle || parts.patronymic)) {
    for (const [field, role] of PART_ROLES) {
      const text = parts[field];
      if (text) segment(text, role, raw);
    }
  } else {
    const listOrder = kind === 'person' || kind === 'unknown' ? splitListOrder(full) : undefined;
    if (listOrder) {
      segment(listOrder.given, 'given', raw);
      segment(listOrder.family, 'family', raw);
    } else {
      segment(full, 'unknown', raw);
    }
  }
  return classify(raw, kind);
}

/** The tagged parts of a name in reading order, with the role each gives its words. */
const PART_ROLES: readonly (readonly [keyof NamePartsInput, NameRole])[] = [
  ['title', 'unknown'],
  ['given', 'given'],
  ['middle', 'unknown'],
  ['patronymic', 'patronymic'],
  ['matronymic', 'family'],
  ['family', 'family'],
  ['suffix', 'unknown'],
];

/** "LUNA MEZA, Osiris" → family + given; undefined when the comma is not a list-order comma. */
function splitListOrder(full: string): { family: string; given: string } | undefined {
  const comma = full.indexOf(',');
  if (comma < 0 || full.indexOf(',', comma + 1) >= 0) return undefined;
  const family = full.slice(0, comma).trim();
  const given = full.slice(comma + 1).trim();
  if (!family || !given) return undefined;
  // "CIMEX, S.A." is a company name with its legal form after the comma
  const givenWords = foldWords(given).map((w) => spellingKey(w.text.replace(/[^a-z0-9]/g, '')));
  if (givenWords.length && findLegalForm(givenWords, 0)) return undefined;
  return { family, given };
}

const PLAIN_WORD = /^[a-z]+$/;

/** Append the raw tokens of `text` to `out`. */
function segment(text: string, role: NameRole, out: RawToken[]): void {
  let depth = 0;
  for (const word of foldWords(text)) {
    let w = word.text;
    // most words are plain letters: no brackets, apostrophes, dots or digits to handle
    if (depth === 0 && PLAIN_WORD.test(w) && !(word.vowelless && w.charCodeAt(0) === 97)) {
      out.push({ text: w, vowelOnset: false, syllabic: word.syllabic === true, vowelless: word.vowelless, transliterated: word.transliterated, bracketed: false, role });
      continue;
    }
    const opens = (w.match(/[([{]/g) ?? []).length;
    const closes = (w.match(/[)\]}]/g) ?? []).length;
    const bracketedWord = depth > 0 || opens > 0;
    depth = Math.max(0, depth + opens - closes);
    const vowelOnset = word.vowelless && /^[a'`ʻʼ‘’]/.test(w);
    let first = true;
    w = w.replace(/['’`]s\b/g, '').replace(/['’`ʻʼ‘]/g, '').replace(/%/g, 'percent');
    if (/^([a-z]\.){2,}[a-z]?\.?,?$/.test(w)) w = w.replace(/[.,]/g, '');
    for (const chunk of w.split(/[^a-z0-9]+/)) {
      if (!chunk) continue;
      for (const piece of splitChunk(chunk)) {
        out.push({
          text: piece,
          vowelOnset: first && vowelOnset,
          syllabic: word.syllabic === true,
          vowelless: word.vowelless,
          transliterated: word.transliterated,
          bracketed: bracketedWord,
          role,
        });
        first = false;
      }
    }
  }
}

/** Leetspeak digits inside words become letters; remaining letter/digit boundaries split. */
function splitChunk(chunk: string): string[] {
  if (/^\d+(st|nd|rd|th)$/.test(chunk)) return [chunk.replace(/\D+/g, '')];
  if (!/\d/.test(chunk) || !/[a-z]/.test(chunk)) return [chunk];
  // a digit between two letters stands for a letter ("sech1n", "i9or")
  let s = chunk.replace(/(?<=[a-z])\d(?=[a-z])/g, (d) => LEET[d] ?? d);
  // a word that starts with a digit or ends with one, e.g. "3percenters", "ms13", stays split
  s = s.replace(/(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/g, ' ');
  return s.split(' ').filter(Boolean);
}

function classify(raw: RawToken[], kind: NameKindHint): NameToken[] {
  const tokens = joinNumbers(raw);
  // "abd al aziz" → "abdul aziz"; abbreviations
  const merged: RawToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.text === 'abd' && next && /^(al|el|ul|ol|ar|as|an)$/.test(next.text)) {
      merged.push(withText(t, 'abdul'));
      i++;
      continue;
    }
    const expanded = ABBREVIATIONS.get(t.text);
    merged.push(expanded ? withText(t, expanded) : t);
  }
  // legal forms: anywhere in organisations, only at the end of a person's name
  const keys = merged.map((t) => spellingKey(t.text));
  const out: NameToken[] = [];
  for (let i = 0; i < merged.length; ) {
    const lf = findLegalForm(keys, i);
    // in a person's name only at the end, and not two-letter forms that are also surnames ("Sá", "Ao")
    const personOk = kind !== 'person' || (lf !== undefined && i + lf.length === merged.length && (lf.length > 1 || merged[i]!.text.length >= 3));
    if (lf && !merged[i]!.syllabic && personOk && !(merged.length === lf.length && lf.length === 1 && kind !== 'organization')) {
      const t = merged[i]!;
      const token = makeToken(t, lf.form.canonical, 'legal-form');
      token.legalForm = lf.form;
      out.push(token);
      i += lf.length;
      continue;
    }
    const t = merged[i]!;
    out.push(makeToken(t, t.text, 'word'));
    i++;
  }
  // a name of unknown type with a legal form is an organisation's ("Fund I, Ltd.")
  const effectiveKind = kind === 'unknown' && out.some((t) => t.kind === 'legal-form') ? 'organization' : kind;
  assignKinds(out, effectiveKind);
  assignRoles(out);
  return out;
}

/** Runs of number words and digits become one number each ("forty four" → "44"). Returns `raw` itself when it holds no number. */
function joinNumbers(raw: RawToken[]): RawToken[] {
  if (!raw.some((r) => numberValue(r.text) !== undefined)) return raw;
  const out: RawToken[] = [];
  for (let i = 0; i < raw.length; ) {
    let j = i;
    while (j < raw.length && numberValue(raw[j]!.text) !== undefined) j++;
    if (j === i) {
      out.push(raw[i]!);
      i++;
      continue;
    }
    for (const value of joinNumberWords(raw.slice(i, j).map((r) => r.text))) out.push(withText(raw[i]!, value));
    i = j;
  }
  return out;
}

function makeToken(t: RawToken, text: string, kind: TokenKind): NameToken {
  return { text, kind, role: t.role, vowelless: t.vowelless, transliterated: t.transliterated, bracketed: t.bracketed, vowelOnset: t.vowelOnset, syllabic: t.syllabic };
}

function withText(t: RawToken, text: string): RawToken {
  return { text, vowelOnset: t.vowelOnset, syllabic: t.syllabic, vowelless: t.vowelless, transliterated: t.transliterated, bracketed: t.bracketed, role: t.role };
}

function assignKinds(tokens: NameToken[], kind: NameKindHint): void {
  const personal = kind === 'person' || kind === 'unknown';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.syllabic) continue;
    // "Fund I", "Zvezda II": a Roman numeral after an organisation's or vessel's name is a number
    if (i > 0 && (kind === 'organization' || kind === 'vessel') && Object.hasOwn(ROMAN, t.text)) t.text = ROMAN[t.text]!;
    if (/^\d+$/.test(t.text)) t.kind = 'number';
    else if (STOPWORDS.has(t.text)) t.kind = 'stopword';
    else if (PARTICLES.has(t.text)) {
      t.kind = 'particle';
      t.text = PARTICLES.get(t.text)!;
    } else if (personal && t.text.length === 1) t.kind = 'initial';
    else if (kind !== 'person' && GENERIC.has(t.text)) t.kind = 'generic';
  }
  if (personal) {
    // honorifics lead (or trail) the name: "Mr.", "President", "Jr."
    let words = 0;
    for (const t of tokens) if (t.kind === 'word') words++;
    for (const t of tokens) {
      if (t.kind === 'legal-form') continue;
      // consonant-only transliterations ("sr", "mr") are names, not Latin abbreviations of titles
      if (!HONORIFICS.has(t.text) || words <= 1 || t.kind !== 'word' || t.syllabic || t.vowelless) break;
      t.kind = 'honorific';
      words--;
    }
    for (let i = tokens.length - 1; i > 0; i--) {
      const t = tokens[i]!;
      if (t.kind !== 'word' || t.syllabic || t.vowelless || !HONORIFICS.has(t.text) || words <= 1) break;
      t.kind = 'honorific';
      words--;
    }
  }
  // a name made only of particles or initials ("Al", "N.N.") keeps them as words
  if (!tokens.some((t) => t.kind === 'word' || t.kind === 'number' || t.kind === 'generic' || t.kind === 'initial')) {
    for (const t of tokens) if (t.kind === 'particle') t.kind = 'word';
  }
}

/**
 * "Mohammed bin Salman": the word after bin/ibn/ould is a patronymic; the word right before the
 * first such marker is the given name. This is what keeps "Salman bin Mohammed" apart. Words with
 * an East Slavic patronymic ending are patronymics too.
 */
function assignRoles(tokens: NameToken[]): void {
  // East Slavic patronymics: "Viktorovich", "Oleksandrovych", "Ivanovna" (never the first word)
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && t.text.length >= 7 && PATRONYMIC_SUFFIX.test(t.text)) t.role = 'patronymic';
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'particle' || !PATRONYMIC_MARKERS.has(t.text)) continue;
    const next = tokens.slice(i + 1).find((n) => n.kind === 'word');
    if (next) next.role = 'patronymic';
  }
  const firstMarker = tokens.findIndex((t) => t.kind === 'particle' && PATRONYMIC_MARKERS.has(t.text));
  if (firstMarker > 0) {
    for (let i = firstMarker - 1; i >= 0; i--) {
      const t = tokens[i]!;
      if (t.kind !== 'word') continue;
      if (t.role === 'unknown') t.role = 'given';
      break;
    }
  }
}
