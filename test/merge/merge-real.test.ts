import { beforeAll, expect, it } from 'vitest';
import type { Entity } from '../../src/model/entity.js';
import { mergeEntities } from '../../src/merge/index.js';
import type { MergeResult } from '../../src/merge/index.js';
import { ofacSdn } from '../../src/sources/ofac/definition.js';
import { ukFcdo } from '../../src/sources/uk-fcdo/definition.js';
import { ukOfsi } from '../../src/sources/uk-ofsi/definition.js';
import { unSc } from '../../src/sources/un/definition.js';
import { datesOverlap } from '../../src/merge/cluster-profile.js';
import { describeWithLists, listPath } from '../support/data.js';
import { readList } from '../support/read-list.js';

const FILES = ['un/consolidated_2026-02-27.xml', 'ofac/sdn-2024-05-03/sdn.csv', 'uk/ConList_2025-04-14.xlsx', 'uk/FCDO_summary_2025-08-11.ods'];

describeWithLists('cross-list merge on real lists (UN 2026-02-27, OFAC SDN 2024-05-03, OFSI 2025-04-14, FCDO 2025-08-11)', FILES, () => {
  let input: Entity[];
  let result: MergeResult;
  beforeAll(async () => {
    const reads = await Promise.all([
      readList(unSc, listPath(FILES[0]!)),
      readList(ofacSdn, listPath(FILES[1]!)),
      readList(ukOfsi, listPath(FILES[2]!)),
      readList(ukFcdo, listPath(FILES[3]!)),
    ]);
    input = reads.flatMap((r) => r.entities);
    result = mergeEntities(input);
  });

  it('keeps every source record addressable exactly once', () => {
    const seen = result.entities.flatMap((e) => e.sources.map((s) => `${s.list}:${s.sourceId}`));
    expect(seen).toHaveLength(input.length);
    expect(new Set(seen).size).toBe(input.length);
    const members = result.merges.flatMap((m) => m.members);
    expect(new Set(members).size).toBe(members.length);
  });

  it('merges a UN-listed person with the OFAC and OFSI listings of him (Ayman al-Zawahiri, QDi.006)', () => {
    const m = result.merges.find((x) => x.members.includes('un-sc:QDi.006'))!;
    expect(m.members).toEqual(expect.arrayContaining(['un-sc:QDi.006', 'ofac-sdn:2676', 'uk-ofsi:7016']));
    expect(m.evidence.some((e) => e.kind === 'identifier' && e.description === 'passport 1084010 (EG)')).toBe(true);
    const merged = result.entities.find((e) => e.id === m.id)!;
    expect(merged.names.map((n) => n.full)).toEqual(expect.arrayContaining(['AL ZAWAHIRI, Dr. Ayman', 'AIMAN MUHAMMED RABI AL-ZAWAHIRI']));
    expect(merged.sources.map((s) => s.list).sort()).toEqual(expect.arrayContaining(['ofac-sdn', 'uk-ofsi', 'un-sc']));
  });

  it('joins most OFSI groups with their FCDO designations, and hundreds of UN listings with OFAC', () => {
    const lists = (m: { members: string[] }) => new Set(m.members.map((x) => x.slice(0, x.indexOf(':'))));
    expect(result.merges.filter((m) => lists(m).has('uk-ofsi') && lists(m).has('uk-fcdo')).length).toBeGreaterThan(4000);
    expect(result.merges.filter((m) => lists(m).has('un-sc') && lists(m).has('ofac-sdn')).length).toBeGreaterThan(200);
  });

  it('never puts two records of one list, a person and a company, or contradicting birth dates in one entity', () => {
    const byId = new Map(input.map((e) => [e.id, e]));
    for (const m of result.merges) {
      const members = m.members.map((id) => byId.get(id)!);
      const lists = members.map((e) => e.sources[0]!.list);
      expect(new Set(lists).size, m.id).toBe(lists.length);
      const people = members.filter((e) => e.schema === 'Person').length;
      expect(people === 0 || members.every((e) => e.schema === 'Person' || e.schema === 'LegalEntity'), m.id).toBe(true);
      for (const a of members) {
        for (const b of members) {
          if (a === b || !a.birthDates.length || !b.birthDates.length) continue;
          expect(a.birthDates.some((x) => b.birthDates.some((y) => datesOverlap(x, y))), `${a.id} / ${b.id}`).toBe(true);
        }
      }
      expect(m.evidence.length).toBeGreaterThanOrEqual(m.members.length - 1);
    }
  });

  it('reports the merges it refused, with the conflict', () => {
    expect(result.refused.length).toBeGreaterThan(0);
    expect(result.refused.every((r) => r.conflict && r.evidence)).toBe(true);
  });
});
