/**
 * Runs of parts of every indexed name (part-runs.ts), by text: for each distinct run text and
 * flag, the names that have it and the run's weight there. Glued runs are also searchable within
 * the typo budget.
 */
import { consonantKey } from '../normalize/index.js';
import { GrowableInt32Array } from './growable-int-array.js';
import { KeyLists } from './key-lists.js';
import { letterMask } from '../match/index.js';
import { TypoTable } from './typo-table.js';

export class RunTable {
  readonly texts: string[] = [];
  readonly vowelless: boolean[] = [];
  private readonly idOf = new Map<string, number>();
  private entryOfPosting = new GrowableInt32Array(1024);
  private nameOfPosting = new GrowableInt32Array(1024);
  private weightOfPosting: number[] = [];
  private firstOfPosting = new GrowableInt32Array(1024);
  private spanOfPosting = new GrowableInt32Array(1024);
  /**
   * Postings of entry e: names[start[e] .. start[e + 1]), alongside the run's weight there and the
   * name parts it spans, firsts[i] .. firsts[i] + spans[i]) (positions in ScreeningIndex.nameData) (score bounds, screening-index.ts).
   */
  start = new Int32Array(0);
  names = new Int32Array(0);
  weights = new Float32Array(0);
  firsts = new Int32Array(0);
  spans = new Uint8Array(0);
  private typo: TypoTable | undefined;
  /** letterMask of each entry's text (typo-searchable tables only). */
  masks = new Int32Array(0);
  private vowellessConsonants: KeyLists | undefined;
  private allConsonants: KeyLists | undefined;

  /** `first`, `span`: the run covers name parts first .. first + span) (positions in ScreeningIndex.nameData). */
  add(text: string, vowelless: boolean, name: number, weight: number, first: number, span: number): void {
    const key = vowelless ? `${text}\u0001v` : text;
    let id = this.idOf.get(key);
    if (id === undefined) {
      id = this.texts.length;
      this.idOf.set(key, id);
      this.texts.push(text);
      this.vowelless.push(vowelless);
    }
    this.entryOfPosting.push(id);
    this.nameOfPosting.push(name);
    this.weightOfPosting.push(weight);
    this.firstOfPosting.push(first);
    this.spanOfPosting.push(span);
  }

  freeze(withTypos: boolean): void {
    const n = this.entryOfPosting.length;
    const counts = new Int32Array(this.texts.length + 1);
    for (let i = 0; i < n; i++) counts[this.entryOfPosting.get(i) + 1]!++;
    for (let e = 0; e < this.texts.length; e++) counts[e + 1]! += counts[e]!;
    const fill = counts.slice(0, this.texts.length);
    this.names = new Int32Array(n);
    this.weights = new Float32Array(n);
    this.firsts = new Int32Array(n);
    this.spans = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const at = fill[this.entryOfPosting.get(i)]!++;
      this.names[at] = this.nameOfPosting.get(i);
      this.weights[at] = this.weightOfPosting[i]!;
      this.firsts[at] = this.firstOfPosting.get(i);
      this.spans[at] = this.spanOfPosting.get(i);
    }
    this.start = counts;
    this.entryOfPosting = new GrowableInt32Array(16);
    this.nameOfPosting = new GrowableInt32Array(16);
    this.weightOfPosting = [];
    this.firstOfPosting = new GrowableInt32Array(16);
    this.spanOfPosting = new GrowableInt32Array(16);
    if (withTypos) {
      this.typo = new TypoTable(this.texts);
      this.masks = Int32Array.from(this.texts, letterMask);
      this.consonants('', true, () => {});
    }
  }

  /** Entries with exactly this text (with and without the vowelless flag). */
  exact(text: string, visit: (entry: number) => void): void {
    const a = this.idOf.get(text);
    if (a !== undefined) visit(a);
    const b = this.idOf.get(`${text}\u0001v`);
    if (b !== undefined) visit(b);
  }

  /** Entries whose text may be within the typo budget of `q` (unverified, with repeats). */
  probe(q: string, visit: (entry: number) => void): void {
    this.typo?.probe(q, visit);
  }

  /**
   * Entries with this consonant skeleton, for runs compared with a part written without vowels.
   * Entries whose own first part is vowelless are indexed at build; the full map, needed only by
   * queries written in a script without vowels, is built on first use.
   */
  consonants(key: string, vowellessOnly: boolean, visit: (entry: number) => void): void {
    let map = vowellessOnly ? this.vowellessConsonants : this.allConsonants;
    if (!map) {
      map = new KeyLists();
      for (let e = 0; e < this.texts.length; e++) if (!vowellessOnly || this.vowelless[e]) map.add(consonantKey(this.texts[e]!), e);
      map.freeze();
      if (vowellessOnly) this.vowellessConsonants = map;
      else this.allConsonants = map;
    }
    const ids = map.get(key);
    if (ids) for (const e of ids) visit(e);
  }

  get size(): number {
    return this.texts.length;
  }
}
