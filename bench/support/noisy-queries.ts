/**
 * Realistic noisy queries from listed names, reproducibly (seeded): what users type when they
 * screen someone who is listed. Each query applies one or two kinds of noise to one listed name:
 * typos (substitution, insertion, deletion, transposition), reordered parts, a dropped part,
 * another transliteration, diacritics. The entity it came from is the expected hit.
 */
import type { Entity } from '../../src/model/index.js';
import type { ScreenQuery } from '../../src/match/index.js';
import { pick, seededRandom, type Random } from './random.js';

export interface NoisyQuery {
  query: ScreenQuery;
  /** The entity the name was taken from. */
  expectedId: string;
  /** The kinds of noise applied. */
  noise: string[];
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Common transliteration and spelling alternatives, both ways. */
const SPELLINGS: [RegExp, string][] = [
  [/mohammed|mohamed|muhammad/i, 'Mohammad'],
  [/ou/i, 'u'],
  [/ks/i, 'x'],
  [/x/i, 'ks'],
  [/y/i, 'i'],
  [/iy/i, 'y'],
  [/sh/i, 'sch'],
  [/kh/i, 'h'],
  [/ph/i, 'f'],
  [/w/i, 'v'],
  [/v/i, 'w'],
  [/j/i, 'dj'],
  [/ee/i, 'i'],
  [/oo/i, 'u'],
  [/c(?=[ao])/i, 'k'],
  [/aa/i, 'a'],
];

const ACCENTS: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ü', c: 'ç', n: 'ñ', s: 'š', z: 'ž' };

type Noise = (parts: string[], random: Random) => string[] | undefined;

function typo(parts: string[], random: Random): string[] | undefined {
  const long = parts.map((p, i) => [p, i] as const).filter(([p]) => p.length >= 5);
  if (long.length === 0) return undefined;
  const [word, at] = pick(random, long);
  const i = 1 + Math.floor(random() * (word.length - 2));
  const letter = pick(random, [...LETTERS]);
  const op = Math.floor(random() * 4);
  const out =
    op === 0
      ? word.slice(0, i) + letter + word.slice(i + 1)
      : op === 1
        ? word.slice(0, i) + letter + word.slice(i)
        : op === 2
          ? word.slice(0, i) + word.slice(i + 1)
          : word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  const copy = [...parts];
  copy[at] = out;
  return copy;
}

function reorder(parts: string[], random: Random): string[] | undefined {
  if (parts.length < 2) return undefined;
  if (random() < 0.5) return [...parts].reverse();
  return [parts[parts.length - 1]!, ...parts.slice(0, -1)];
}

function dropPart(parts: string[], random: Random): string[] | undefined {
  if (parts.length < 3) return undefined;
  const at = 1 + Math.floor(random() * (parts.length - 2));
  return parts.filter((_, i) => i !== at);
}

function transliterate(parts: string[], random: Random): string[] | undefined {
  const text = parts.join(' ');
  const rules = SPELLINGS.filter(([re]) => re.test(text));
  if (rules.length === 0) return undefined;
  const [re, to] = pick(random, rules);
  return text.replace(re, (m) => (m[0] === m[0]!.toUpperCase() ? to[0]!.toUpperCase() + to.slice(1) : to.toLowerCase())).split(' ');
}

function diacritics(parts: string[], random: Random): string[] | undefined {
  const text = parts.join(' ');
  const positions = [...text].map((ch, i) => [ch.toLowerCase(), i] as const).filter(([ch]) => ACCENTS[ch]);
  if (positions.length === 0) return undefined;
  const chars = [...text];
  for (let k = 0; k < 2; k++) {
    const [ch, i] = pick(random, positions);
    const accented = ACCENTS[ch]!;
    chars[i] = chars[i] === ch ? accented : accented.toUpperCase();
  }
  return chars.join('').split(' ');
}

const NOISES: [string, Noise][] = [
  ['typo', typo],
  ['reorder', reorder],
  ['drop', dropPart],
  ['transliteration', transliterate],
  ['diacritics', diacritics],
];

/** `count` noisy queries from names of `entities` (persons and organisations alike). */
export function noisyQueries(entities: readonly Entity[], count: number, seed: number): NoisyQuery[] {
  const random = seededRandom(seed);
  const named = entities.filter((e) => e.names.some((n) => n.kind !== 'weak' && /\p{L}{2}/u.test(n.full)));
  const out: NoisyQuery[] = [];
  if (named.length === 0) return out;
  while (out.length < count) {
    const entity = pick(random, named);
    const names = entity.names.filter((n) => n.kind !== 'weak' && /\p{L}{2}/u.test(n.full));
    const name = pick(random, names);
    // list order "FAMILY, Given" → natural order, as users type
    const natural = name.full.includes(',') && entity.schema === 'Person' ? name.full.split(',').reverse().join(' ') : name.full;
    let parts = natural.split(/\s+/).filter(Boolean);
    const noise: string[] = [];
    const wanted = random() < 0.6 ? 1 : 2;
    for (let tries = 0; noise.length < wanted && tries < 6; tries++) {
      const [label, fn] = pick(random, NOISES);
      if (noise.includes(label)) continue;
      const next = fn(parts, random);
      if (next) {
        parts = next;
        noise.push(label);
      }
    }
    out.push({ query: { name: parts.join(' ') }, expectedId: entity.id, noise });
  }
  return out;
}
