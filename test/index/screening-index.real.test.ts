/**
 * The index against an exhaustive scan on real list data: a sample of the OFAC SDN list (read
 * through the registry), seeded noisy queries from its names and people on no list. Nothing the
 * matcher scores at or above the threshold may be lost.
 */
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { ScreeningIndex } from '../../src/index/index.js';
import type { Entity } from '../../src/model/index.js';
import type { ScreenQuery } from '../../src/match/index.js';
import { loadLists } from '../../bench/support/lists.js';
import { noisyQueries } from '../../bench/support/noisy-queries.js';
import { describeWithLists, EVAL_DIR, LISTS_DIR } from '../support/data.js';
import { negativeQueries } from '../../bench/support/negatives.js';

describeWithLists('ScreeningIndex on the real SDN list against an exhaustive scan', ['ofac/sdn-2024-05-03/sdn.csv'], () => {
  let entities: Entity[];
  let index: ScreeningIndex;
  let queries: ScreenQuery[];

  beforeAll(async () => {
    const sdn = await loadLists(join(LISTS_DIR!, 'ofac', 'sdn-2024-05-03'), (id) => id === 'ofac-sdn');
    // every 6th entity: a few thousand listed parties keep the exhaustive reference fast
    entities = sdn.entities.filter((_, i) => i % 6 === 0);
    index = new ScreeningIndex(entities);
    queries = noisyQueries(entities, 60, 4242).map((q) => q.query);
    queries.push({ name: 'Jon Smiht' }, { name: 'Mohamed Ali' }, { name: 'Banco Nacional' });
    if (EVAL_DIR) queries.push(...negativeQueries(EVAL_DIR).filter((_, i) => i % 100 === 0));
  });

  it('loses no hit at or above the threshold', () => {
    expect(entities.length).toBeGreaterThan(2000);
    let hits = 0;
    for (const q of queries) {
      const reference = index.screenExhaustive(q, { threshold: 0.6, limit: 1_000_000 });
      for (const threshold of [0.6, 0.8]) {
        const expected = reference.filter((h) => h.score >= threshold);
        const found = index.screen(q, { threshold, limit: 1_000_000 });
        expect(found.map((h) => [h.id, h.score]), `${q.name} @ ${threshold}`).toEqual(expected.map((h) => [h.id, h.score]));
        hits += expected.length;
      }
    }
    // the queries come from listed names: most find their party
    expect(hits).toBeGreaterThan(queries.length / 2);
  });
});
