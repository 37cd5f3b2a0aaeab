/**
 * Evasion: 1,000 OFAC SDN names, each disguised with homoglyphs (Cyrillic/Greek look-alikes),
 * zero-width characters, bidi marks or fullwidth forms, must all still hit their listed entry at
 * the default threshold. The sample is deterministic (every n-th row of sdn.csv, seeded choices).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { emptyEntity, type Schema } from '../../src/model/index.js';
import { DEFAULT_THRESHOLD, matchEntity, prepareEntity, prepareQuery } from '../../src/match/index.js';
import { describeWithLists, listPath } from '../support/data.js';
import { seededRandom } from '../../bench/support/random.js';

const SDN = 'ofac/sdn-2024-05-03/sdn.csv';

/** Latin letters and a look-alike from another script (Cyrillic first, Greek second). */
const LOOKALIKES: Record<string, string[]> = {
  a: ['а', 'α'], c: ['с'], e: ['е', 'ε'], i: ['і', 'ι'], j: ['ј'], o: ['о', 'ο'], p: ['р', 'ρ'], s: ['ѕ'], x: ['х', 'χ'], y: ['у'],
  A: ['А', 'Α'], B: ['В', 'Β'], C: ['С'], E: ['Е', 'Ε'], H: ['Н', 'Η'], I: ['І', 'Ι'], K: ['К', 'Κ'], M: ['М', 'Μ'], N: ['Ν'],
  O: ['О', 'Ο'], P: ['Р', 'Ρ'], S: ['Ѕ'], T: ['Т', 'Τ'], X: ['Х', 'Χ'], Y: ['У', 'Υ'], Z: ['Ζ'],
};
const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'];
const BIDI = ['\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u061C'];


function homoglyphs(name: string, rand: () => number): string {
  const chars = [...name];
  const replaceable = chars.map((c, i) => (LOOKALIKES[c] ? i : -1)).filter((i) => i >= 0);
  if (replaceable.length === 0) return name;
  // replace between one and half of the replaceable letters
  const count = Math.max(1, Math.floor(rand() * (replaceable.length / 2)));
  for (let k = 0; k < count; k++) {
    const i = replaceable[Math.floor(rand() * replaceable.length)]!;
    const options = LOOKALIKES[name[i]!] ?? LOOKALIKES[chars[i]!];
    if (options) chars[i] = options[Math.floor(rand() * options.length)]!;
  }
  return chars.join('');
}

function insertInvisible(name: string, pool: string[], rand: () => number): string {
  const chars = [...name];
  const count = 1 + Math.floor(rand() * 4);
  for (let k = 0; k < count; k++) chars.splice(Math.floor(rand() * (chars.length + 1)), 0, pool[Math.floor(rand() * pool.length)]!);
  return chars.join('');
}

function fullwidth(name: string): string {
  return name.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
}

const TECHNIQUES = ['homoglyphs', 'zero-width', 'bidi', 'fullwidth', 'mixed'] as const;

function disguise(name: string, technique: (typeof TECHNIQUES)[number], rand: () => number): string {
  switch (technique) {
    case 'homoglyphs':
      return homoglyphs(name, rand);
    case 'zero-width':
      return insertInvisible(name, ZERO_WIDTH, rand);
    case 'bidi':
      return insertInvisible(name, BIDI, rand);
    case 'fullwidth':
      return fullwidth(name);
    case 'mixed':
      return insertInvisible(insertInvisible(homoglyphs(name, rand), ZERO_WIDTH, rand), BIDI, rand);
  }
}

function schemaOf(sdnType: string): Schema {
  const t = sdnType.trim().toLowerCase();
  if (t === 'individual') return 'Person';
  if (t === 'vessel') return 'Vessel';
  if (t === 'aircraft') return 'Aircraft';
  return 'Organization';
}

describeWithLists('evasion: disguised SDN names still hit', [SDN], () => {
  it('1,000 disguised names all score at or above the default threshold against the original', () => {
    const rows = parse(readFileSync(listPath(SDN), 'latin1'), { relax_column_count: true, relax_quotes: true }) as string[][];
    expect(rows.length).toBeGreaterThan(10_000);
    const step = Math.floor(rows.length / 1000);
    const rand = seededRandom(20240503);
    const misses: string[] = [];
    const used = new Map<string, number>();
    let n = 0;
    for (let r = 0; r < rows.length && n < 1000; r += step, n++) {
      const [entNum, name, type] = rows[r]!;
      const schema = schemaOf(type ?? '');
      const entity = emptyEntity(`ofac-sdn:${entNum}`, schema);
      entity.names.push({ full: name!, kind: 'primary' });
      const technique = TECHNIQUES[n % TECHNIQUES.length]!;
      used.set(technique, (used.get(technique) ?? 0) + 1);
      const disguised = disguise(name!, technique, rand);
      expect(disguised).not.toBe(name);
      const result = matchEntity(prepareQuery({ name: disguised, schema }), prepareEntity(entity));
      if (result.score < DEFAULT_THRESHOLD) misses.push(`${technique}: ${JSON.stringify(disguised)} → ${result.score} vs "${name}"`);
    }
    expect(n).toBe(1000);
    expect([...used.values()].every((c) => c === 200)).toBe(true);
    expect(misses).toEqual([]);
  }, 120_000);
});
