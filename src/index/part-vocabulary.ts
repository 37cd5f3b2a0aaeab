/**
 * The distinct name parts of an index, and for a query part every one the matcher would pair it
 * with (`comparePartCode > 0`).
 *
 * A vocabulary entry is a part as the matcher sees it: its text and every attribute the
 * comparison reads (kind, vowelless/transliterated flags, legal form), with the highest weight it
 * has anywhere in the index. Candidates come from cheap channels — same text, typo segment keys,
 * spelling/consonant/group keys, Double Metaphone codes, first letters for initials, the legal
 * forms — and each is verified with the matcher's own `comparePartCode`, so the answer is the
 * matcher's relation exactly. Per-query work depends on the vocabulary, not on the entity count.
 */
// comparePartCode, the packed form, allocates nothing: this is the hot loop of retrieval
import { ANAGRAM_MIN_LENGTH, boundedEditDistance, comparePartCode, glueBudget, GLUE_EDIT_DISCOUNT, letterMask, maybeWithinEdits, typoBudget, type PreparedPart } from '../match/index.js';
import { consonantKey } from '../normalize/index.js';
import { LRUCache } from 'mnemonist';
import { KeyLists } from './key-lists.js';
import { TypoTable } from './typo-table.js';

/**
 * Lookups remembered per distinct query part: names repeat a lot across queries (given names,
 * "al", "company"), and a lookup costs far more than a cache hit.
 */
const CACHE_SIZE = 50_000;

export interface PartMatches {
  /** Vocabulary ids of the entries the query part pairs with (shared: do not modify). */
  ids: readonly number[];
  /** Highest weight among them (bounds what a pairing can add), leaving out those in `asInitial`. */
  maxWeight: number;
  /**
   * Those that pair with the query initial by first letter only: such a pair weighs the initial's
   * own weight (name-score.ts), whatever the listed word weighs.
   */
  asInitial: readonly number[];
}

/** Kinds that only ever pair on identical text. */
const EXACT_ONLY = new Set(['number', 'particle', 'stopword', 'honorific']);

export class PartVocabulary {
  readonly parts: PreparedPart[] = [];
  private weights: number[] = [];
  private readonly idOf = new Map<string, number>();
  private readonly byText = new KeyLists();
  // one table per kind of key, looked up with the part's own strings: a key built per lookup
  // ("s:" + spelling) would be a new string to allocate and hash every time
  private readonly bySpelling = new KeyLists();
  private readonly bySqueezed = new KeyLists();
  private readonly byAnagram = new KeyLists();
  private readonly byConsonants = new KeyLists();
  private readonly byGroup = new KeyLists();
  private readonly byMetaphone = new KeyLists();
  private readonly byMetaphoneAlt = new KeyLists();
  private readonly byFirstChar = new KeyLists();
  /** Consonant keys of the entries written without vowels: a glued run in Latin letters pairs by consonants only with those. */
  private readonly byVowellessConsonants = new KeyLists();
  private readonly initialsByChar = new KeyLists();
  private readonly legalForms: number[] = [];
  private typo: TypoTable | undefined;
  /** Highest weight of each entry across the index. */
  maxWeight = new Float32Array(0);
  private masks = new Int32Array(0);
  private seen = new Uint32Array(0);
  private epoch = 0;
  private readonly cache = new LRUCache<string, PartMatches>(CACHE_SIZE);
  /**
   * The same answers by part object, before the key is even built: query parts come from the
   * index's PrepareCache, so a word seen before is the same object. Emptied when full.
   */
  private readonly byPart = new Map<PreparedPart, PartMatches>();
  /** Glued lookups by joined text: one cache per value of runVowelless, so no key is built per call. */
  private readonly gluedCaches = [new LRUCache<string, number[]>(CACHE_SIZE), new LRUCache<string, number[]>(CACHE_SIZE)] as const;

  /** Entry ids by part object: parts prepared with a PrepareCache are shared, and most adds are repeats. */
  private readonly idOfPart = new Map<PreparedPart, number>();

  /** Add (or find) the entry of a part; returns its id. */
  add(p: PreparedPart): number {
    const known = this.idOfPart.get(p);
    if (known !== undefined) return known;
    const key = partKey(p);
    let id = this.idOf.get(key);
    this.idOfPart.set(p, id ?? this.parts.length);
    if (id === undefined) {
      id = this.parts.length;
      this.idOf.set(key, id);
      this.parts.push(p);
      this.weights.push(p.weight);
      this.index(p, id);
    } else if (p.weight > this.weights[id]!) {
      this.weights[id] = p.weight;
    }
    return id;
  }

  private index(p: PreparedPart, id: number): void {
    this.byText.add(p.text, id);
    this.bySpelling.add(p.spelling, id);
    this.bySqueezed.add(p.squeezed, id);
    // scrambled letters ("sahel" = "saleh"): no typo key finds them (comparePartCode's anagram check)
    if (p.text.length >= ANAGRAM_MIN_LENGTH) this.byAnagram.add(p.anagram, id);
    if (p.consonants) this.byConsonants.add(p.consonants, id);
    if (p.consonants && p.vowelless) this.byVowellessConsonants.add(p.consonants, id);
    for (const g of p.groups) this.byGroup.add(g, id);
    if (p.metaphone) this.byMetaphone.add(p.metaphone, id);
    if (p.metaphoneAlt) this.byMetaphoneAlt.add(p.metaphoneAlt, id);
    if (p.text) this.byFirstChar.add(p.text[0]!, id);
    if (p.kind === 'initial') this.initialsByChar.add(p.text[0]!, id);
    if (p.kind === 'legal-form' || p.legalForm) this.legalForms.push(id);
  }

  /** Done adding: build the typed-array structures. */
  freeze(): void {
    for (const lists of [this.byText, this.bySpelling, this.bySqueezed, this.byAnagram, this.byConsonants, this.byGroup, this.byMetaphone, this.byMetaphoneAlt, this.byFirstChar, this.initialsByChar, this.byVowellessConsonants]) lists.freeze();
    this.typo = new TypoTable(this.parts.map((p) => p.text));
    this.maxWeight = Float32Array.from(this.weights);
    // both only serve `add`: some 20,000 keys of the SDN list, kept for nothing after the build
    this.idOfPart.clear();
    this.idOf.clear();
    this.masks = Int32Array.from(this.parts, (p) => letterMask(p.text));
    this.weights = [];
    this.seen = new Uint32Array(this.parts.length);
  }

  get size(): number {
    return this.parts.length;
  }

  /** Every entry the matcher pairs with query part `q`. */
  matches(q: PreparedPart): PartMatches {
    let found = this.byPart.get(q);
    if (found) return found;
    const key = partKey(q);
    found = this.cache.get(key);
    if (!found) this.cache.set(key, (found = this.lookUp(q)));
    if (this.byPart.size >= CACHE_SIZE) this.byPart.clear();
    this.byPart.set(q, found);
    return found;
  }

  private lookUp(q: PreparedPart): PartMatches {
    const epoch = this.nextEpoch();
    const out = { ids: [] as number[], maxWeight: 0, asInitial: [] as number[] };
    const take = (id: number) => {
      out.ids.push(id);
      if (pairsAsInitial(q, this.parts[id]!)) out.asInitial.push(id);
      else if (this.maxWeight[id]! > out.maxWeight) out.maxWeight = this.maxWeight[id]!;
    };
    const consider = (id: number) => {
      if (this.seen[id] === epoch) return;
      this.seen[id] = epoch;
      if (comparePartCode(q, this.parts[id]!) > 0) take(id);
    };
    const each = (ids: ArrayLike<number> | undefined) => {
      if (ids) for (let i = 0; i < ids.length; i++) consider(ids[i]!);
    };
    each(this.byText.get(q.text));
    if (q.kind === 'legal-form' || q.legalForm) {
      each(this.legalForms);
      return out;
    }
    if (EXACT_ONLY.has(q.kind) || !q.text) return out;
    if (q.kind === 'initial') {
      each(this.byFirstChar.get(q.text[0]!));
      return out;
    }
    // first the entries sharing a Double Metaphone code: both sides are words (or generic words) of
    // 5+ letters then, and comparePartCode pairs them whatever else it checks, so they are taken
    // unverified — a third of all candidates on the real lists, and the dearest to verify (their
    // lengths are close, so the edit distance is computed)
    if (q.metaphone) {
      // `hasPrimary`: the ids are keyed by their primary code, so each has one (no need to read the
      // entry, a cache miss per id on lists of hundreds); keyed by the alternate code, an entry
      // might lack a primary one, and then only the matcher can tell
      const sure = (ids: ArrayLike<number> | undefined, hasPrimary: boolean) => {
        if (!ids) return;
        for (let i = 0; i < ids.length; i++) {
          const id = ids[i]!;
          if (!hasPrimary && !this.parts[id]!.metaphone) consider(id);
          else if (this.seen[id] !== epoch) {
            this.seen[id] = epoch;
            take(id);
          }
        }
      };
      sure(this.byMetaphone.get(q.metaphone), true);
      sure(this.byMetaphoneAlt.get(q.metaphone), false);
      if (q.metaphoneAlt) sure(this.byMetaphone.get(q.metaphoneAlt), true);
    }
    each(this.initialsByChar.get(q.text[0]!));
    each(this.bySpelling.get(q.spelling));
    each(this.bySqueezed.get(q.squeezed));
    if (q.text.length >= ANAGRAM_MIN_LENGTH) each(this.byAnagram.get(q.anagram));
    for (const g of q.groups) each(this.byGroup.get(g));
    // consonants pair only when one side was written without vowels: a Latin query needs only the
    // vowelless entries (every other relation has its own channel here)
    if (q.consonants) each(q.vowelless ? this.byConsonants.get(q.consonants) : this.byVowellessConsonants.get(q.consonants));
    // last: whatever pairs by any other relation was found above, so here only a typo can pair,
    // and candidates whose letters differ too much are dropped before the edit distance
    const n = q.text.length;
    const budget = typoBudget(n);
    if (budget > 0) {
      const mask = letterMask(q.text);
      this.typo!.probe(q.text, (id) => {
        if (this.seen[id] === epoch) return;
        // a pair's budget is that of its shorter side, so at most q's own: candidates that fail
        // even that are dropped without reading the entry (a cache miss each)
        const m = this.masks[id]!;
        if (!maybeWithinEdits(mask, m, budget)) return;
        const len = this.parts[id]!.text.length;
        if (len < n && !maybeWithinEdits(mask, m, typoBudget(len))) return;
        consider(id);
      });
    }
    return out;
  }

  /**
   * Entries a run of query parts glued together (`joined`) pairs with as a glued/split word:
   * a word of 4+ letters within the glue budget, as name-score.ts `findGlued` decides.
   */
  gluedMatches(joined: string, runVowelless: boolean): readonly number[] {
    const cache = this.gluedCaches[runVowelless ? 1 : 0];
    let found = cache.get(joined);
    if (!found) cache.set(joined, (found = this.lookUpGlued(joined, runVowelless)));
    return found;
  }

  private lookUpGlued(joined: string, runVowelless: boolean): number[] {
    const epoch = this.nextEpoch();
    const out: number[] = [];
    const mask = letterMask(joined);
    const budget = glueBudget(joined.length);
    const consonants = consonantKey(joined);
    const consider = (id: number) => {
      if (this.seen[id] === epoch) return;
      this.seen[id] = epoch;
      if (gluesTo(joined, runVowelless, this.parts[id]!, mask, consonants)) out.push(id);
    };
    const each = (ids: readonly number[] | undefined) => {
      if (ids) for (let i = 0; i < ids.length; i++) consider(ids[i]!);
    };
    each(this.byText.get(joined));
    // by consonants (gluesTo) only when one side was written without vowels
    if (consonants) each(runVowelless ? this.byConsonants.get(consonants) : this.byVowellessConsonants.get(consonants));
    // last, so only a typo can still pair: drop candidates whose letters differ too much
    this.typo!.probe(
      joined,
      (id) => {
        if (this.seen[id] === epoch) return;
        // as in lookUp: the letters first, against the joined text's own budget
        const m = this.masks[id]!;
        if (!maybeWithinEdits(mask, m, budget)) return;
        const len = this.parts[id]!.text.length;
        if (len < joined.length && !maybeWithinEdits(mask, m, glueBudget(len))) return;
        consider(id);
      },
      GLUE_EDIT_DISCOUNT,
    );
    return out;
  }

  /** Word entries with exactly this text (the other side's acronym). */
  words(text: string): number[] {
    const ids = this.byText.get(text);
    if (!ids) return [];
    return [...ids].filter((id) => this.parts[id]!.kind === 'word');
  }

  private nextEpoch(): number {
    if (++this.epoch === 0xffffffff) {
      this.seen.fill(0);
      this.epoch = 1;
    }
    return this.epoch;
  }
}

/** Whether query initial `q` pairs with listed part `c` as an initial of it, if they pair (comparePartCode: not the same text). */
function pairsAsInitial(q: PreparedPart, c: PreparedPart): boolean {
  return q.kind === 'initial' && c.kind !== 'initial' && q.text !== c.text;
}

/** Identity of a part for comparison: every attribute `comparePartCode` reads to decide whether two parts pair follows from these. */
function partKey(p: PreparedPart): string {
  // vowelOnset decides whether a vowelless word pairs with a Latin one (onsetsAgree): "syry" written
  // with and without an initial vowel carrier are two entries
  return `${p.text}\u0001${p.kind}\u0001${p.vowelless ? 1 : 0}${p.transliterated ? 1 : 0}${p.vowelOnset ? 1 : 0}\u0001${p.legalForm ? `${p.legalForm.canonical}/${p.legalForm.family}` : ''}`;
}

/**
 * Whether a join of `length` letters can glue to `c` by its length alone: at most three letters
 * longer, and within the glue budget of it unless consonants are compared (a side written without
 * vowels). Lets a caller rule a run out before building its text.
 */
export function glueLengthFits(length: number, runVowelless: boolean, c: PreparedPart): boolean {
  if (length > c.text.length + 3) return false;
  return runVowelless || c.vowelless || Math.abs(length - c.text.length) <= glueBudget(Math.min(length, c.text.length));
}

/**
 * Does a glued run of one side pair with part `c` of the other (name-score.ts `findGlued`)?
 * `joinedMask` is letterMask(joined) and `joinedConsonants` consonantKey(joined), passed by
 * callers that hold them (a lookup verifies many candidates against one joined text).
 */
export function gluesTo(joined: string, runVowelless: boolean, c: PreparedPart, joinedMask = letterMask(joined), joinedConsonants?: string): boolean {
  if (c.kind !== 'word' || c.text.length < 4) return false;
  if (!glueLengthFits(joined.length, runVowelless, c)) return false;
  if (joined === c.text) return true;
  const budget = glueBudget(Math.min(joined.length, c.text.length));
  // the letter sets rule out most pairs before the edit distance is computed
  if (budget > 0 && Math.abs(joined.length - c.text.length) <= budget && maybeWithinEdits(joinedMask, c.mask, budget) && boundedEditDistance(joined, c.text, budget) <= budget) return true;
  // a word's consonant key is c.consonants (prepare.ts)
  return (c.vowelless || runVowelless) && (joinedConsonants ?? consonantKey(joined)) === c.consonants;
}
