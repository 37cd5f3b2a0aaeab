/**
 * Queries with other readings (a name written "A/B" reads as the whole and as each piece): with a
 * small limit, candidates whose best bound over the readings cannot beat the hits so far are
 * skipped. The first hits must be those of scoring every entity.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScreeningIndex } from '../../src/index/index.js';
import { emptyEntity, type Entity } from '../../src/model/index.js';

const letter = fc.constantFrom('a', 'b', 'e', 'l', 'm', 'o', 'r', 's');
const part = fc.array(letter, { minLength: 1, maxLength: 9 }).map((cs) => cs.join(''));
const word = fc.oneof(part, part, fc.constantFrom('company', 'al', 'bin', 'ivanovich'));
const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((ps) => ps.join(' '));

const scenario = fc
  .record({
    names: fc.array(fc.array(name, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 20 }),
    picks: fc.array(fc.nat(), { minLength: 2, maxLength: 3 }),
    dob: fc.option(fc.constantFrom('1970', '1981'), { nil: undefined }),
    threshold: fc.integer({ min: 400, max: 950 }).map((t) => t / 1000),
    limit: fc.integer({ min: 1, max: 3 }),
  })
  .map((s) => {
    const entities: Entity[] = s.names.flatMap((names, i) =>
      // each entity twice: ties and skipped candidates are common
      [`test:${i}`, `test:${i}-copy`].map((id) => {
        const e = emptyEntity(id, 'Person');
        e.names.push(...names.map((full) => ({ full, kind: 'primary' as const })));
        if (s.dob) e.birthDates.push({ value: s.dob });
        return e;
      }),
    );
    const pieces = s.picks.map((p) => s.names[p % s.names.length]![0]!);
    return { entities, query: { name: pieces.join(' / '), birthDate: s.dob }, threshold: s.threshold, limit: s.limit };
  });

describe('ScreeningIndex with readings of the query', () => {
  it('returns the same first hits as scoring every entity', () => {
    fc.assert(
      fc.property(scenario, ({ entities, query, threshold, limit }) => {
        const index = new ScreeningIndex(entities);
        const opts = { threshold, limit };
        expect(index.screen(query, opts).map((h) => [h.id, h.score])).toEqual(index.screenExhaustive(query, opts).map((h) => [h.id, h.score]));
      }),
      { numRuns: 1500, seed: 20261202 },
    );
  });
});
