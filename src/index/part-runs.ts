/**
 * Runs of adjacent name parts that the matcher pairs as one (name-score.ts): glued/split words
 * ("al assad" = "alassad", 2 or 3 parts) and acronyms ("PLA" = "People's Liberation Army").
 * The same functions enumerate runs on the index side and on the query side: the index walks them
 * with `forEachGluedRun` / `forEachAcronymRun`, which allocate nothing but the run's text (a
 * build meets some 70,000 runs on the SDN list alone), queries take them as PartRun objects.
 */
import type { PreparedPart } from '../match/index.js';

export interface PartRun {
  /** The joined text (glued) or the first letters (acronym). */
  text: string;
  /** Indexes of the parts in the run. */
  members: number[];
  /** Sum of the members' weights. */
  weight: number;
  /** The first member was written without vowels (glued runs compare consonants then). */
  vowelless: boolean;
}

const MAX_ACRONYM = 6;

function joinable(p: PreparedPart): boolean {
  return p.kind !== 'honorific' && p.kind !== 'stopword';
}

function distinctive(p: PreparedPart): boolean {
  return p.kind === 'word' || p.kind === 'generic';
}

/**
 * 2 and 3 adjacent joinable parts, as `findGlued` tries them: `visit` gets the joined text, the
 * first part, how many parts, their summed weight, and whether the first part is vowelless.
 */
export function forEachGluedRun(parts: readonly PreparedPart[], visit: (text: string, first: number, count: number, weight: number, vowelless: boolean) => void): void {
  for (let i = 0; i + 1 < parts.length; i++) {
    if (!joinable(parts[i]!)) continue;
    let text = parts[i]!.text;
    let weight = parts[i]!.weight;
    for (let k = i + 1; k < parts.length && k <= i + 2; k++) {
      if (!joinable(parts[k]!)) break;
      text += parts[k]!.text;
      weight += parts[k]!.weight;
      visit(text, i, k - i + 1, weight, parts[i]!.vowelless);
    }
  }
}

/**
 * Consecutive distinctive parts (stopwords and particles skipped) spelling 2–6 letters, as
 * `findAcronym` reads them: `visit` gets the letters, the first and last member, and the members'
 * summed weight. The members are the distinctive parts from first to last (the skipped ones are
 * stopwords and particles, and any other kind ends a run).
 */
export function forEachAcronymRun(parts: readonly PreparedPart[], visit: (text: string, first: number, last: number, weight: number) => void): void {
  for (let i = 0; i < parts.length; i++) {
    if (!distinctive(parts[i]!)) continue;
    let text = '';
    let weight = 0;
    let members = 0;
    for (let k = i; k < parts.length && text.length < MAX_ACRONYM; k++) {
      const p = parts[k]!;
      if (p.kind === 'stopword' || p.kind === 'particle') continue;
      if (!distinctive(p)) break;
      text += p.text[0];
      weight += p.weight;
      if (++members >= 2) visit(text, i, k, weight);
    }
  }
}

/** 2 and 3 adjacent joinable parts, as `findGlued` tries them. */
export function gluedRuns(parts: readonly PreparedPart[]): PartRun[] {
  const runs: PartRun[] = [];
  forEachGluedRun(parts, (text, first, count, weight, vowelless) => {
    const members: number[] = [];
    for (let k = first; k < first + count; k++) members.push(k);
    runs.push({ text, members, weight, vowelless });
  });
  return runs;
}

/** Consecutive distinctive parts (stopwords and particles skipped) spelling 2–6 letters, as `findAcronym` reads them. */
export function acronymRuns(parts: readonly PreparedPart[]): PartRun[] {
  const runs: PartRun[] = [];
  forEachAcronymRun(parts, (text, first, last, weight) => {
    const members: number[] = [];
    for (let k = first; k <= last; k++) if (distinctive(parts[k]!)) members.push(k);
    runs.push({ text, members, weight, vowelless: false });
  });
  return runs;
}

/** Can this part be matched as a whole against a run of the other side? */
export function canGlue(p: PreparedPart): boolean {
  return p.kind === 'word' && p.text.length >= 4;
}

export function canBeAcronym(p: PreparedPart): boolean {
  return p.kind === 'word' && p.text.length >= 2 && p.text.length <= MAX_ACRONYM;
}
