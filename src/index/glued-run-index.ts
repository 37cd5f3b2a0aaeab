/**
 * Every glued run of every indexed name (2–3 adjacent parts read as one word, part-runs.ts),
 * stored as occurrences — name, first part, part count — with no strings: at a million entities
 * there are millions of distinct glued forms. Lookups go through 32-bit hashes (exact text,
 * segment keys for typos, consonant skeletons); callers rebuild the text of a candidate from the
 * name's parts and verify it, so hash collisions never cost recall.
 */
import { consonantKey } from '../normalize/index.js';
import { GrowableInt32Array } from './growable-int-array.js';
import { GLUE_EDIT_DISCOUNT, letterMask } from '../match/index.js';
import { buildMultiKeyTable, findKey, type MultiKeyTable } from './multi-key-table.js';
import { forEachProbeKey, forEachSegmentKey } from './segment-keys.js';

/** FNV-1a, 32 bits: textHash's start and multiplier (for hashing a text given piece by piece). */
export const TEXT_HASH_OFFSET = 0x811c9dc5;
export const TEXT_HASH_PRIME = 0x01000193;

export function textHash(s: string): number {
  let h = TEXT_HASH_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), TEXT_HASH_PRIME);
  h >>>= 0;
  return h === 0 ? 1 : h;
}

/** The letters where joining texts changes a consonant skeleton (joinedConsonantHash). */
const CHAR_H = 104;
const CHAR_P = 112;
const CHAR_C = 99;

/**
 * textHash(consonantKey(texts.join(''))), from `skeletons[i]` = consonantKey(texts[i]) without
 * building the joined text: the skeleton of a join is the skeletons joined, a letter repeated
 * across a join kept once — except where a text ending in "p" or "c" meets one starting with "h"
 * ("ph" reads "f", "ch" stays "ch"), computed then from the joined text.
 */
export function joinedConsonantHash(texts: readonly string[], skeletons: readonly string[]): number {
  let h = TEXT_HASH_OFFSET;
  let last = -1;
  for (let i = 0; i < texts.length; i++) {
    if (i > 0 && texts[i]!.charCodeAt(0) === CHAR_H) {
      const ending = texts[i - 1]!.charCodeAt(texts[i - 1]!.length - 1);
      if (ending === CHAR_P || ending === CHAR_C) return textHash(consonantKey(texts.join('')));
    }
    const skeleton = skeletons[i]!;
    for (let j = 0; j < skeleton.length; j++) {
      const code = skeleton.charCodeAt(j);
      if (j === 0 && code === last) continue;
      h = Math.imul(h ^ code, TEXT_HASH_PRIME);
    }
    if (skeleton.length > 0) last = skeleton.charCodeAt(skeleton.length - 1);
  }
  h >>>= 0;
  return h === 0 ? 1 : h;
}

export class GluedRunIndex {
  private names = new GrowableInt32Array(1024);
  private firsts = new GrowableInt32Array(1024);
  private counts = new GrowableInt32Array(1024);
  private maskList = new GrowableInt32Array(1024);
  private exactKeys = new GrowableInt32Array(1024);
  private segmentKeys = new GrowableInt32Array(1024);
  private segmentOccurrences = new GrowableInt32Array(1024);
  private vowellessKeys = new GrowableInt32Array(16);
  private vowellessOccurrences = new GrowableInt32Array(16);
  /** Occurrence o: name nameOf[o], name parts firstOf[o] .. firstOf[o] + countOf[o]) (positions in ScreeningIndex.nameData). */
  nameOf: Int32Array = new Int32Array(0);
  firstOf: Int32Array = new Int32Array(0);
  countOf: Int32Array = new Int32Array(0);
  /** letterMask of each occurrence's text. */
  masks: Int32Array = new Int32Array(0);
  private exact: MultiKeyTable | undefined;
  private segments: MultiKeyTable | undefined;
  private vowellessConsonants: MultiKeyTable | undefined;
  private allConsonants: MultiKeyTable | undefined;

  /** `vowelless`: the run's first part was written without vowels (consonant skeletons compare then). */
  add(text: string, vowelless: boolean, name: number, first: number, count: number): void {
    const o = this.names.length;
    this.names.push(name);
    this.firsts.push(first);
    this.counts.push(count);
    this.maskList.push(letterMask(text));
    this.exactKeys.push(textHash(text) | 0);
    // cut for the glue budget, the one edit fewer that runs are probed with
    forEachSegmentKey(
      text,
      (h) => {
        this.segmentKeys.push(h | 0);
        this.segmentOccurrences.push(o);
      },
      GLUE_EDIT_DISCOUNT,
    );
    if (vowelless) {
      this.vowellessKeys.push(textHash(consonantKey(text)) | 0);
      this.vowellessOccurrences.push(o);
    }
  }

  freeze(): void {
    const n = this.names.length;
    const ids = new GrowableInt32Array(n);
    for (let o = 0; o < n; o++) ids.push(o);
    this.exact = buildMultiKeyTable(this.exactKeys, ids);
    this.segments = buildMultiKeyTable(this.segmentKeys, this.segmentOccurrences);
    this.vowellessConsonants = buildMultiKeyTable(this.vowellessKeys, this.vowellessOccurrences);
    this.nameOf = this.names.toArray();
    this.firstOf = this.firsts.toArray();
    this.countOf = this.counts.toArray();
    this.masks = this.maskList.toArray();
    for (const k of ['names', 'firsts', 'counts', 'maskList', 'exactKeys', 'segmentKeys', 'segmentOccurrences', 'vowellessKeys', 'vowellessOccurrences'] as const) this[k] = new GrowableInt32Array(16);
  }

  get size(): number {
    return this.nameOf.length;
  }

  /** Occurrences whose text may equal `text`. */
  findExact(text: string, visit: (o: number) => void): void {
    visitSlot(this.exact!, textHash(text), visit);
  }

  /** Occurrences whose text may be within the glue budget (glueBudget, name-score.ts) of `q` (with repeats). */
  probe(q: string, visit: (o: number) => void): void {
    const table = this.segments!;
    forEachProbeKey(q, (h) => visitSlot(table, h, visit), GLUE_EDIT_DISCOUNT);
  }

  /**
   * Index every occurrence by the hash of its text's consonant skeleton (`keyHashOf(o)`, as
   * textHash(consonantKey(text))), for queries written without vowels; call once, after freeze.
   */
  indexConsonants(keyHashOf: (o: number) => number): void {
    const keys = new GrowableInt32Array(this.size);
    const ids = new GrowableInt32Array(this.size);
    for (let o = 0; o < this.size; o++) {
      keys.push(keyHashOf(o) | 0);
      ids.push(o);
    }
    this.allConsonants = buildMultiKeyTable(keys, ids);
  }

  /** Occurrences whose consonant skeleton may be `key`: among runs starting with a vowelless part, or among all (indexConsonants). */
  findConsonants(key: string, vowellessOnly: boolean, visit: (o: number) => void): void {
    visitSlot(vowellessOnly ? this.vowellessConsonants! : this.allConsonants!, textHash(key), visit);
  }
}

function visitSlot(table: MultiKeyTable, key: number, visit: (o: number) => void): void {
  const d = findKey(table, key);
  if (d < 0) return;
  for (let i = table.offsets[d]!, end = table.offsets[d + 1]!; i < end; i++) visit(table.values[i]!);
}
