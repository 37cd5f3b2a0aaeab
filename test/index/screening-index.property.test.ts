/**
 * The index against the reference: for any entities and any query, `screen` returns exactly what
 * scoring every entity with `matchEntity` returns. Small alphabets make typos, initials and shared
 * parts common, which is where a candidate filter would lose hits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScreeningIndex } from '../../src/index/index.js';
import { emptyEntity, type Entity, type NameKind, type Schema } from '../../src/model/index.js';
import type { ScreenQuery } from '../../src/match/index.js';

const letter = fc.constantFrom('a', 'b', 'e', 'l', 'm', 'o', 'r', 's');
const part = fc.array(letter, { minLength: 1, maxLength: 11 }).map((cs) => cs.join(''));
/** Words whose rules differ: generic words, legal forms, particles, names repeated in one name. */
const specialWord = fc.constantFrom('company', 'bank', 'trading', 'group', 'international', 'limited', 'llc', 'ltd', 'gmbh', 'al', 'bin', 'mohammed', 'ali', '3');
const kind = fc.constantFrom<NameKind>('primary', 'alias', 'weak');
const identifier = fc.constantFrom('A-123', 'B456', 'c 789');

/** A query part: a listed part with edits, or a fresh one. */
function mutate(text: string, edits: number[]): string {
  let s = text;
  for (const e of edits) {
    const at = e % (s.length + 1);
    const op = e % 3;
    if (op === 0 && s.length > 1) s = s.slice(0, at) + s.slice(at + 1);
    else if (op === 1) s = s.slice(0, at) + 'abelmors'[e % 8] + s.slice(at + 1);
    else s = s.slice(0, at) + 'abelmors'[(e >> 3) % 8] + s.slice(at);
  }
  return s.trim() || text;
}

/**
 * Random entities and a query made from one of their names; `withSpecialWords` mixes in
 * `specialWord`s and organisations; `long` makes names of 28 to 40 parts, so queries have more
 * parts than the score bound's masks hold (MAX_BOUNDED_PARTS, 31) or just fewer.
 */
function scenarioOf(withSpecialWords: boolean, long = false) {
  const word = withSpecialWords ? fc.oneof(part, specialWord, specialWord) : part;
  const name = fc.array(word, long ? { minLength: 28, maxLength: 40 } : { minLength: 1, maxLength: 4 }).map((ps) => ps.join(' '));
  const entity = fc.record({
    names: fc.array(fc.record({ full: name, kind }), { minLength: 1, maxLength: 3 }),
    ids: fc.array(identifier, { maxLength: 1 }),
    dob: fc.option(fc.constantFrom('1970', '1980-05'), { nil: undefined }),
    country: fc.option(fc.constantFrom('RU', 'IR'), { nil: undefined }),
    organization: withSpecialWords ? fc.boolean() : fc.constant(false),
  });
  return fc
  .record({
    entities: fc.array(entity, { minLength: 1, maxLength: long ? 8 : 25 }),
    pick: fc.nat(),
    edits: fc.array(fc.nat(1000), { maxLength: 3 }),
    dropFirst: fc.boolean(),
    initial: fc.boolean(),
    fresh: fc.option(name, { nil: undefined }),
    extra: fc.option(word, { nil: undefined }),
    dob: fc.option(fc.constantFrom('1970', '1981'), { nil: undefined }),
    countries: fc.option(fc.constantFrom('RU', 'FR').map((c) => [c]), { nil: undefined }),
    identifiers: fc.option(fc.constantFrom('a123', 'Z9').map((i) => [i]), { nil: undefined }),
    // a query of a person is not matched by initials alone, one of an organisation may be
    schema: fc.option(fc.constantFrom<Schema>('Person', 'Organization'), { nil: undefined }),
    threshold: fc.oneof(fc.constantFrom(0.7, 0.8, 0.9), fc.integer({ min: 400, max: 980 }).map((t) => t / 1000)),
  })
  .map((s) => {
    const entities: Entity[] = s.entities.map((e, i) => {
      const out = emptyEntity(`test:${i}`, e.organization ? 'Organization' : 'Person');
      out.names.push(...e.names);
      out.identifiers.push(...e.ids.map((value) => ({ type: 'passport' as const, value })));
      if (e.dob) out.birthDates.push({ value: e.dob });
      if (e.country) out.nationalities.push(e.country);
      return out;
    });
    const source = entities[s.pick % entities.length]!.names[0]!.full.split(' ');
    let parts = source.map((p, i) => (i === 0 ? mutate(p, s.edits) : p));
    if (s.dropFirst && parts.length > 1) parts = parts.slice(1);
    if (s.initial) parts[parts.length - 1] = parts[parts.length - 1]![0]!;
    if (s.extra) parts.push(s.extra);
    const query: ScreenQuery = { name: s.fresh ?? parts.reverse().join(' ') };
    if (s.dob) query.birthDate = s.dob;
    if (s.countries) query.countries = s.countries;
    if (s.identifiers) query.identifiers = s.identifiers;
    if (s.schema) query.schema = s.schema;
    return { entities, query, threshold: s.threshold };
  });
}
const scenario = scenarioOf(false);

/** `screen` gives the hits of scoring every entity: same ids, same scores, same order. */
function expectSameHits(index: ScreeningIndex, query: ScreenQuery, opts: { threshold: number; limit: number }): void {
  const fast = index.screen(query, opts).map((h) => [h.id, h.score]);
  const exhaustive = index.screenExhaustive(query, opts).map((h) => [h.id, h.score]);
  expect(fast).toEqual(exhaustive);
}

describe('ScreeningIndex against an exhaustive scan', () => {
  it('returns exactly the hits that scoring every entity returns', () => {
    fc.assert(
      fc.property(scenario, ({ entities, query, threshold }) => {
        expectSameHits(new ScreeningIndex(entities), query, { threshold, limit: Number.MAX_SAFE_INTEGER });
      }),
      { numRuns: 1500, seed: 20261126 },
    );
  });

  it('returns exactly those hits with generic words, legal forms, particles, repeated words and organisations', () => {
    fc.assert(
      fc.property(scenarioOf(true), ({ entities, query, threshold }) => {
        expectSameHits(new ScreeningIndex(entities), query, { threshold, limit: Number.MAX_SAFE_INTEGER });
      }),
      { numRuns: 1500, seed: 20261127 },
    );
  });

  it('returns the same first hits with a small limit (candidates that cannot beat them are skipped)', () => {
    fc.assert(
      fc.property(scenarioOf(true), fc.integer({ min: 1, max: 3 }), ({ entities, query, threshold }, limit) => {
        // many entities share the query's words, so ties and skipped candidates are common
        const index = new ScreeningIndex([...entities, ...entities.map((e) => ({ ...e, id: `${e.id}-copy` }))]);
        const opts = { threshold: Math.min(threshold, 0.6), limit };
        expectSameHits(index, query, opts);
      }),
      { numRuns: 1500, seed: 20261128 },
    );
  });

  it('returns exactly those hits for queries of more parts than the bound\'s masks hold (long descriptive names)', () => {
    fc.assert(
      // low thresholds too: a long query shares many parts with names it is far from
      fc.property(scenarioOf(true, true), fc.constantFrom(1, 3, Number.MAX_SAFE_INTEGER), fc.constantFrom(0.2, 0.3, 0.45, 0.6, 0.75), ({ entities, query }, limit, threshold) => {
        expectSameHits(new ScreeningIndex(entities), query, { threshold, limit });
      }),
      { numRuns: 300, seed: 20261129 },
    );
  });

  it('finds the same hits under random seeds too', () => {
    fc.assert(
      fc.property(scenario, ({ entities, query, threshold }) => {
        const index = new ScreeningIndex(entities);
        const opts = { threshold, limit: Number.MAX_SAFE_INTEGER };
        expect(index.screen(query, opts).map((h) => h.id)).toEqual(index.screenExhaustive(query, opts).map((h) => h.id));
      }),
      { numRuns: 500 },
    );
  });
});
