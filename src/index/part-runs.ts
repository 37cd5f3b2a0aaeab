/**
 * Runs of adjacent name parts that the matcher pairs as one (name-score.ts): glued/split words
 * ("al assad" = "alassad", 2 or 3 parts) and acronyms ("PLA" = "People's Liberation Army").
 * The same functions enumerate runs on the index side and on the query side.
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

/** 2 and 3 adjacent joinable parts, as `findGlued` tries them. */
export function gluedRuns(parts: readonly PreparedPart[]): PartRun[] {
  const runs: PartRun[] = [];
  for (let i = 0; i + 1 < parts.length; i++) {
    if (!joinable(parts[i]!)) continue;
    let text = parts[i]!.text;
    let weight = parts[i]!.weight;
    const members = [i];
    for (let k = i + 1; k < parts.length && k <= i + 2; k++) {
      if (!joinable(parts[k]!)) break;
      text += parts[k]!.text;
      weight += parts[k]!.weight;
      members.push(k);
      runs.push({ text, members: [...members], weight, vowelless: parts[i]!.vowelless });
    }
  }
  return runs;
}

/** Consecutive distinctive parts (stopwords and particles skipped) spelling 2–6 letters, as `findAcronym` reads them. */
export function acronymRuns(parts: readonly PreparedPart[]): PartRun[] {
  const runs: PartRun[] = [];
  const distinctive = (p: PreparedPart) => p.kind === 'word' || p.kind === 'generic';
  for (let i = 0; i < parts.length; i++) {
    if (!distinctive(parts[i]!)) continue;
    let text = '';
    let weight = 0;
    const members: number[] = [];
    for (let k = i; k < parts.length && text.length < MAX_ACRONYM; k++) {
      const p = parts[k]!;
      if (p.kind === 'stopword' || p.kind === 'particle') continue;
      if (!distinctive(p)) break;
      text += p.text[0];
      weight += p.weight;
      members.push(k);
      if (members.length >= 2) runs.push({ text, members: [...members], weight, vowelless: false });
    }
  }
  return runs;
}

/** Can this part be matched as a whole against a run of the other side? */
export function canGlue(p: PreparedPart): boolean {
  return p.kind === 'word' && p.text.length >= 4;
}

export function canBeAcronym(p: PreparedPart): boolean {
  return p.kind === 'word' && p.text.length >= 2 && p.text.length <= MAX_ACRONYM;
}
