/**
 * The scanner's dictionary: every name and alias of every entity, folded with the same `tokenize`
 * the matcher and the index use, and keyed for linear-time candidate finding. Built once per set of
 * entities (see `buildScanner`).
 *
 * Keys are over tokens, not characters: each token gets a sound-alike skeleton id
 * (`tokenSkeleton`), and a name is keyed by every pair of its non-particle tokens, in either order
 * ("osiris luna" = "luna osiris", "carlos marroquin"…) — so any order of the parts, and any
 * subset of two of them, reaches verification from one lookup per document token pair. Names with a
 * single non-particle token ("HAMAS", "AL QAIDA") are keyed by that token alone. This is
 * Aho–Corasick over tokens with patterns of length one and two: the automaton collapses to two hash
 * tables, which is what makes scanning linear in the text and independent of the list size.
 */
import type { Entity, NameKind, Schema } from '../model/index.js';
import { countryCode, splitListOrderName } from '../model/index.js';
import { tokenize } from '../normalize/index.js';
import { COMMON, PARTICLES } from './reference-words.js';
import { tokenSkeleton } from './token-skeleton.js';

export interface DictionaryName {
  /** Index of the entity in the scanner's entity array. */
  entity: number;
  /** Index of the name in entity.names. */
  nameIndex: number;
  schema: Schema;
  kind: NameKind;
  /** Folded tokens, as `tokenize(name.full)`. */
  tokens: string[];
  /** Skeleton id of each token (see `skeletonId`), parallel to `tokens`. */
  skeletons: Int32Array;
  /**
   * What a full mention needs, as skeleton ids, for a quick check before verification: one of
   * `anyOf[0]` and one of `anyOf[1]` (given and family parts), or every id of `allOf`.
   */
  anyOf?: [Int32Array, Int32Array];
  allOf?: Int32Array;
  /** Per token: PARTICLE, GIVEN, FAMILY, REQUIRED (a part a full mention of a name without parts needs), OTHER. */
  roles: Uint8Array;
  /** Number of non-particle tokens. */
  coreCount: number;
  /** Folded given (and middle) name tokens, when the name has parts. */
  given?: ReadonlySet<string>;
  /** Folded family name tokens (with patronymic/matronymic), when the name has parts. */
  family?: ReadonlySet<string>;
  /**
   * Why this name alone is not enough evidence, if it is not: a weak alias, a name of common words
   * or common name parts, a very short name. Such names count only with supporting context.
   */
  weakReason?: string;
  /**
   * Id of the first name of the same shape (same tokens and roles). The same person is often on
   * several lists under the same name: only the first of a shape is keyed and verified, and the
   * result holds for every name in its `members`.
   */
  form: number;
  /** On the first name of a shape: the ids of all names of that shape (itself included). */
  members?: number[];
  /** On the first name of a shape: every name of the shape is weak (needs support to count). */
  allWeak?: boolean;
}

export const ROLE_OTHER = 0;
export const ROLE_PARTICLE = 1;
export const ROLE_GIVEN = 2;
export const ROLE_FAMILY = 3;
export const ROLE_REQUIRED = 4;

/** Longer names are keyed by neighbouring pairs only, so one name never makes hundreds of keys. */
const ALL_PAIRS_UP_TO = 6;

export class NameDictionary {
  readonly names: DictionaryName[] = [];
  /** Skeleton string → id. */
  private readonly skeletonIds = new Map<string, number>();
  /** Name token → its skeleton id (names repeat their words: "mohammed" is in hundreds). */
  private readonly tokenIds = new Map<string, number>();
  /** pairKey(skeleton a, skeleton b), either order → ids of the first names of their shapes. */
  private readonly pairs = new Map<number, number[]>();
  /**
   * Folded token → ids of names with one non-particle token ("hamas"), or of short names glued
   * ("ms13"). Exact, not by skeleton: one word alone needs to be the word.
   */
  private readonly singles = new Map<string, number[]>();
  /** How many distinct listed names contain each folded token: common name parts count high. */
  private readonly tokenNameCount = new Map<string, number>();
  /** Count from which a name token is common ("carlos", "martinez", "ali"). */
  readonly commonCount: number;

  constructor(entities: readonly Entity[]) {
    // lists repeat names (one person on several lists): fold each distinct string once
    const folded = new Map<string, string[]>();
    const tokensOf = (text: string) => {
      let t = folded.get(text);
      if (!t) {
        t = tokenize(text);
        folded.set(text, t);
      }
      return t;
    };
    entities.forEach((entity, e) => {
      entity.names.forEach((name, nameIndex) => {
        const tokens = tokensOf(name.full);
        if (tokens.length === 0) return;
        const entry: DictionaryName = {
          entity: e,
          nameIndex,
          schema: entity.schema,
          kind: name.kind,
          tokens,
          skeletons: new Int32Array(tokens.length),
          roles: new Uint8Array(tokens.length),
          coreCount: 0,
          form: this.names.length,
        };
        const parts = name.parts ?? (entity.schema === 'Person' ? splitListOrderName(name.full) : undefined);
        if (parts && (parts.given || parts.middle) && (parts.family || parts.patronymic || parts.matronymic)) {
          entry.given = new Set(tokensOf(`${parts.given ?? ''} ${parts.middle ?? ''}`));
          entry.family = new Set(tokensOf(`${parts.family ?? ''} ${parts.patronymic ?? ''} ${parts.matronymic ?? ''}`));
        }
        this.names.push(entry);
      });
    });
    // How common each word is among listed names: counted over distinct names (words in any
    // order), so one person on six lists, or under ten spellings of one alias, counts once.
    const distinct = new Set<string>();
    for (const entry of this.names) {
      const key = [...new Set(entry.tokens)].sort().join(' ');
      if (distinct.has(key)) continue;
      distinct.add(key);
      for (const t of new Set(entry.tokens)) this.tokenNameCount.set(t, (this.tokenNameCount.get(t) ?? 0) + 1);
    }
    this.commonCount = Math.max(8, Math.round(distinct.size / 2000));
    const shapes = new Map<string, number>();
    this.names.forEach((entry, id) => {
      entry.tokens.forEach((t, k) => (entry.skeletons[k] = this.idOf(t)));
      const coreCount = entry.tokens.filter((t) => !PARTICLES.has(t)).length;
      entry.coreCount = coreCount;
      entry.tokens.forEach((t, k) => {
        entry.roles[k] = PARTICLES.has(t)
          ? ROLE_PARTICLE
          : entry.family?.has(t)
            ? ROLE_FAMILY
            : entry.given?.has(t)
              ? ROLE_GIVEN
              : !entry.family && (coreCount <= 1 || t.length >= 3)
                ? ROLE_REQUIRED
                : ROLE_OTHER;
      });
      if (entry.given && entry.family) {
        const ids = (set: ReadonlySet<string>) => Int32Array.from([...set].filter((t) => !PARTICLES.has(t)).map((t) => this.idOf(t)));
        entry.anyOf = [ids(entry.given), ids(entry.family)];
      } else {
        const core = entry.tokens.filter((t) => !PARTICLES.has(t));
        const required = core.length <= 1 ? core : core.filter((t) => t.length >= 3);
        entry.allOf = Int32Array.from(required.map((t) => this.idOf(t)));
      }
      const shape = `${entry.tokens.join(' ')}|${entry.roles.join('')}`;
      const first = shapes.get(shape);
      if (first !== undefined) {
        entry.form = first;
        this.names[first]!.members!.push(id);
      } else {
        shapes.set(shape, id);
        entry.form = id;
        entry.members = [id];
      }
    });
    this.names.forEach((entry, id) => {
      entry.weakReason = this.weakReason(entry);
      if (entry.form === id) this.addKeys(entry, id);
    });
    this.markWeakShapes();
  }

  get size(): number {
    return this.names.length;
  }

  private markWeakShapes(): void {
    for (const n of this.names) if (n.members) n.allWeak = n.members.every((m) => this.names[m]!.weakReason !== undefined);
  }

  /** Skeleton id of a folded token, or -1 when no name has a token that sounds like it. */
  skeletonId(token: string): number {
    return this.tokenIds.get(token) ?? this.skeletonIds.get(tokenSkeleton(token)) ?? -1;
  }

  namesForPair(a: number, b: number): readonly number[] | undefined {
    return this.pairs.get(pairKey(a, b));
  }

  namesForSingle(token: string): readonly number[] | undefined {
    return this.singles.get(token);
  }

  /** Number of distinct listed names (words in any order) that contain this folded token. */
  nameCount(token: string): number {
    return this.tokenNameCount.get(token) ?? 0;
  }

  /** A common word, or a name part many listed parties share. */
  isCommon(token: string): boolean {
    return COMMON.has(token) || this.nameCount(token) >= this.commonCount;
  }

  private idOf(token: string): number {
    let id = this.tokenIds.get(token);
    if (id !== undefined) return id;
    const s = tokenSkeleton(token);
    id = this.skeletonIds.get(s);
    if (id === undefined) {
      id = this.skeletonIds.size;
      this.skeletonIds.set(s, id);
    }
    this.tokenIds.set(token, id);
    return id;
  }

  private addKeys(entry: DictionaryName, id: number): void {
    const keyTokens = [...new Set(entry.tokens.filter((t) => !PARTICLES.has(t)))];
    if (keyTokens.length === 0) keyTokens.push(...new Set(entry.tokens));
    const ids = keyTokens.map((t) => this.idOf(t));
    if (ids.length === 1) {
      pushTo(this.singles, keyTokens[0]!, id);
    } else if (entry.anyOf && entry.anyOf[0].length && entry.anyOf[1].length) {
      // A full mention of a person holds a given and a family name, so somewhere a given word
      // stands next to a family word: key only those pairs ("mohammed ali" of two given names is
      // not a key of "AL-TIKRITI, Mohammed Ali Hassan").
      for (const g of entry.anyOf[0]) for (const f of entry.anyOf[1]) if (g !== f) push(this.pairs, pairKey(g, f), id);
    } else if (ids.length <= ALL_PAIRS_UP_TO) {
      for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) push(this.pairs, pairKey(ids[i]!, ids[j]!), id);
    } else {
      for (let i = 0; i + 1 < ids.length; i++) {
        push(this.pairs, pairKey(ids[i]!, ids[i + 1]!), id);
      }
      push(this.pairs, pairKey(ids[ids.length - 1]!, ids[0]!), id);
    }
    // "MS-13" is often written "MS13": key short names by their glued form too.
    const glued = entry.tokens.join('');
    if (entry.tokens.length > 1 && entry.tokens.length <= 3 && glued.length <= 8) pushTo(this.singles, glued, id);
  }

  private weakReason(entry: DictionaryName): string | undefined {
    if (entry.kind === 'weak') return 'weak alias';
    const core = entry.tokens.filter((t) => !PARTICLES.has(t));
    if (core.length === 0) return 'only particles';
    if (core.length === 1 && core[0]!.length <= 3 && !/\d/.test(core[0]!)) return `short name "${core[0]}"`;
    if (core.length === 1 && (entry.schema === 'Vessel' || entry.schema === 'Aircraft')) return `one-word ${entry.schema.toLowerCase()} name`;
    if (core.length === 1 && entry.schema === 'Person') return 'one-word name of a person';
    if (core.length === 1 && countryCode(core[0]!)) return 'a country name';
    if (core.every((t) => COMMON.has(t))) return 'common words';
    const commonParts = core.every((t) => this.isCommon(t));
    if (commonParts && (core.length < 3 || entry.kind !== 'primary')) return 'common name parts';
    return undefined;
  }
}

/** Key of an unordered pair of skeleton ids: "osiris luna" and "luna osiris" are one key. */
function pairKey(a: number, b: number): number {
  return a < b ? a * 0x4000000 + b : b * 0x4000000 + a;
}

function pushTo(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}
