/**
 * Every real list under CRIBA_LISTS_DIR loaded at once, as the README's quick start does: counts
 * per list, cross-list merging on strong evidence, and screening the merged dataset.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDataset, updateLists, type Dataset, type UpdateOutcome } from '../../src/snapshot/index.js';
import { describeWithLists, LISTS_DIR } from '../support/data.js';

describeWithLists('all lists under CRIBA_LISTS_DIR', ['ofac/sdn-2024-05-03/sdn.csv', 'un/consolidated_2026-02-27.xml', 'uk/ConList_2025-04-14.xlsx'], () => {
  let home: string;
  let outcomes: UpdateOutcome[];
  let dataset: Dataset;
  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'criba-all-'));
    outcomes = await updateLists({ home, from: LISTS_DIR! });
    dataset = await openDataset(home);
  }, 300_000);
  afterAll(() => rm(home, { recursive: true, force: true }));

  const count = (list: string) => {
    const o = outcomes.find((x) => x.list === list && x.status === 'updated');
    return o && o.status === 'updated' ? o.meta.entityCount : undefined;
  };

  it('loads every list without error, the newest OFAC SDN download among several', () => {
    expect(outcomes.filter((o) => o.status === 'error')).toEqual([]);
    const sdn = outcomes.find((o) => o.list === 'ofac-sdn' && o.status === 'updated');
    expect(sdn?.status === 'updated' && sdn.meta.files.map((f) => f.name)).toEqual(['sdn.csv']);
    expect(count('ofac-sdn')).toBe(14965);
    expect(count('un-sc')).toBe(730 + 273);
    expect(count('uk-ofsi')).toBe(4688);
  });

  it('merges one party listed by UN, OFAC and the UK into one entity that keeps every source record', () => {
    const merged = dataset.get('un-sc:QDi.263');
    expect(merged).toBeDefined();
    const sources = merged!.sources.map((s) => `${s.list}:${s.sourceId}`);
    expect(sources).toEqual(expect.arrayContaining(['un-sc:QDi.263', 'ofac-sdn:10689']));
    expect(new Set(merged!.sources.map((s) => s.list)).size).toBeGreaterThanOrEqual(3);
    for (const id of sources) expect(dataset.get(id)).toBe(merged);
    const record = dataset.mergeOf(merged!.id);
    expect(record?.members.sort()).toEqual([...sources].sort());
    expect(record?.evidence.length).toBeGreaterThan(0);
  });

  it('screens "Hafiz Muhammad Saeed" to one merged hit naming every list', () => {
    const hits = dataset.index.screen({ name: 'Hafiz Muhammad Saeed', schema: 'Person' });
    expect(hits[0]!.lists.length).toBeGreaterThanOrEqual(3);
    expect(hits[0]!.sourceIds).toContain('un-sc:QDi.263');
    expect(hits.filter((h) => h.sourceIds.includes('ofac-sdn:10689'))).toHaveLength(1);
  });

  it('screens "Osiris Luna Meza" against all lists to one entity with every source that lists him', () => {
    const hits = dataset.index.screen({ name: 'Osiris Luna Meza' });
    const his = hits.filter((h) => h.sourceIds.some((s) => s === 'ofac-sdn:33950'));
    expect(his).toHaveLength(1);
    expect(hits[0]).toBe(his[0]);
    // no other loaded list carries him as a separate hit (the trade.gov CSL repeats SDN rows: skipped)
    expect(hits.filter((h) => h.name.toUpperCase().includes('LUNA MEZA'))).toHaveLength(1);
  });

  it('never merges two records of the same list', () => {
    for (const e of dataset.entities) {
      const lists = e.sources.map((s) => s.list);
      expect(new Set(lists).size, e.id).toBe(lists.length);
    }
  });
});
