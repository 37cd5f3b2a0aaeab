/**
 * The scanner's reference word lists (hand-edited, in data/), parsed once at module load.
 */
import { ALIAS_CUES } from './data/alias-cues.js';
import { COMMON_WORDS } from './data/common-words.js';
import { HONORIFICS } from './data/honorifics.js';
import { NAME_PARTICLES } from './data/name-particles.js';
import { VESSEL_CUES } from './data/vessel-cues.js';

function parseWordList(text: string): Set<string> {
  const words = new Set<string>();
  for (const line of text.split('\n')) {
    const body = line.replace(/#.*$/, '').trim();
    if (body) for (const w of body.split(/\s+/)) words.add(w);
  }
  return words;
}

function parsePhraseList(text: string): string[][] {
  return text
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter(Boolean)
    .map((l) => l.split(/\s+/));
}

export const PARTICLES: ReadonlySet<string> = parseWordList(NAME_PARTICLES);
export const COMMON: ReadonlySet<string> = parseWordList(COMMON_WORDS);
export const HONORIFIC: ReadonlySet<string> = parseWordList(HONORIFICS);
/** Alias cue phrases as folded word sequences, e.g. ["known", "as"]. */
export const ALIAS_CUE_PHRASES: readonly (readonly string[])[] = parsePhraseList(ALIAS_CUES);
export const VESSEL_CUE: ReadonlySet<string> = parseWordList(VESSEL_CUES);
