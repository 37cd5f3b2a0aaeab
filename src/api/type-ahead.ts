/**
 * Search as you type: the last word of a query that does not end in a space is probably
 * unfinished ("dario velasq"), and the matcher would count it as a mismatch. So the unfinished word
 * is also tried completed to the listed words it begins (the most frequent few), and the hits of
 * every variant are merged, best score per entity. The word list is built once per dataset, lazily.
 */
import type { Hit, ScreenOptions } from '../index/index.js';
import type { ScreenQuery } from '../match/index.js';
import { tokenize } from '../normalize/index.js';
import type { ServedDataset } from './backend.js';

/** Quick search shows looser hits than screening, so a partial name still finds its party. */
export const SEARCH_THRESHOLD = 0.7;

/** Completions tried per query. */
const MAX_COMPLETIONS = 4;
/** Shorter unfinished words are not completed (too many candidates, too little signal). */
const MIN_PREFIX = 2;

interface Vocabulary {
  /** Sorted unique folded name words. */
  words: string[];
  counts: Map<string, number>;
}

const vocabularies = new WeakMap<ServedDataset, Vocabulary>();

function vocabularyOf(dataset: ServedDataset): Vocabulary {
  let v = vocabularies.get(dataset);
  if (!v) {
    const counts = new Map<string, number>();
    for (const e of dataset.entities) for (const n of e.names) for (const t of tokenize(n.full)) counts.set(t, (counts.get(t) ?? 0) + 1);
    v = { words: [...counts.keys()].sort(), counts };
    vocabularies.set(dataset, v);
  }
  return v;
}

/** Listed words that begin with `prefix`, most frequent first. */
export function completionsOf(dataset: ServedDataset, prefix: string, max = MAX_COMPLETIONS): string[] {
  const { words, counts } = vocabularyOf(dataset);
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const found: string[] = [];
  for (let i = lo; i < words.length && words[i]!.startsWith(prefix); i++) found.push(words[i]!);
  return found
    .filter((w) => w !== prefix)
    .sort((a, b) => counts.get(b)! - counts.get(a)! || a.length - b.length)
    .slice(0, max);
}

export function typeAheadSearch(dataset: ServedDataset, text: string, query: Omit<ScreenQuery, 'name'>, opts: ScreenOptions): Hit[] {
  const limit = opts.limit ?? 10;
  const best = new Map<string, Hit>();
  const add = (hits: Hit[]) => {
    for (const h of hits) if ((best.get(h.id)?.score ?? -1) < h.score) best.set(h.id, h);
  };
  add(dataset.index.screen({ ...query, name: text }, opts));
  const tokens = tokenize(text);
  const last = tokens.at(-1);
  if (last && last.length >= MIN_PREFIX && !/\s$/.test(text)) {
    const head = tokens.slice(0, -1).join(' ');
    for (const word of completionsOf(dataset, last)) add(dataset.index.screen({ ...query, name: head ? `${head} ${word}` : word }, opts));
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
}
