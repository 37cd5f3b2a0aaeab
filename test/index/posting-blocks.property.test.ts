/**
 * The skipping of whole runs of postings (posting-blocks.ts) against the reference: names long
 * enough to go over a query's cost allowance, patronymics (the cheapest unmatched parts), generic
 * words alone, glued words (runs, which keep a name with distinctive words in play), and query
 * initials (a pair of an initial and a word weighs the initial only). No
 * qualifiers and high thresholds, where the allowance is tightest.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScreeningIndex } from '../../src/index/index.js';
import { emptyEntity, type Entity } from '../../src/model/index.js';

const letter = fc.constantFrom('a', 'b', 'e', 'l', 'm', 'o', 'r', 's');
const part = fc.array(letter, { minLength: 1, maxLength: 12 }).map((cs) => cs.join(''));
const generic = fc.constantFrom('company', 'co', 'limited', 'llc', 'trading', 'group', 'bank', 'of', 'the', 'al', 'bin');
const patronymic = fc.constantFrom('ivanovich', 'petrovna', 'sergeevich');
/** Generic words split in two and initials of generic words: distinctive words that runs of parts pair with. */
const runWord = fc.constantFrom('comp any', 'lim ited', 'trad ing', 'gro up', 'ba nk', 'cl', 'ltg', 'tg');
const word = fc.oneof(part, part, generic, patronymic, runWord);

const scenario = fc
  .record({
    names: fc.array(fc.record({ parts: fc.array(word, { minLength: 1, maxLength: 7 }), organization: fc.boolean() }), { minLength: 1, maxLength: 30 }),
    pick: fc.nat(),
    keep: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
    initials: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
    glueAt: fc.option(fc.nat(6), { nil: undefined }),
    genericOnly: fc.option(fc.array(generic, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    threshold: fc.integer({ min: 500, max: 990 }).map((t) => t / 1000),
  })
  .map((s) => {
    const entities: Entity[] = s.names.map((n, i) => {
      const e = emptyEntity(`test:${i}`, n.organization ? 'Organization' : 'Person');
      e.names.push({ full: n.parts.join(' '), kind: 'primary' });
      return e;
    });
    let parts = s.names[s.pick % s.names.length]!.parts.filter((_, i) => s.keep[i]).map((p, i) => (s.initials[i] ? p[0]! : p));
    if (parts.length === 0) parts = s.names[s.pick % s.names.length]!.parts.slice(0, 1);
    if (s.glueAt !== undefined && s.glueAt + 1 < parts.length) parts.splice(s.glueAt, 2, parts[s.glueAt]! + parts[s.glueAt + 1]!);
    return { entities, name: (s.genericOnly ?? parts).join(' '), threshold: s.threshold };
  });

describe('ScreeningIndex skipping runs of postings', () => {
  it('returns exactly the hits that scoring every entity returns', () => {
    fc.assert(
      fc.property(scenario, ({ entities, name, threshold }) => {
        const index = new ScreeningIndex(entities);
        const opts = { threshold, limit: Number.MAX_SAFE_INTEGER };
        const fast = index.screen({ name }, opts).map((h) => [h.id, h.score]);
        expect(fast).toEqual(index.screenExhaustive({ name }, opts).map((h) => [h.id, h.score]));
      }),
      { numRuns: 3000, seed: 20261201 },
    );
  });
});
