/**
 * Cross-list merging: the same party on OFAC, UN, EU and UK becomes one entity with all its
 * sources. Pure and deterministic: entities in, merged entities + explanations out.
 *
 * How: every entity is indexed by its evidence keys (evidence-keys.ts); entities sharing a key are
 * candidates, joined with a union-find. Before two groups are joined their profiles are checked
 * (cluster-profile.ts): the same list twice, a person vs a company, different genders, birth dates
 * that cannot overlap, or different passports / national ids / UN references / IMO numbers of the
 * same issuer refuse the join — and the refusal is reported. Identifier evidence is applied before
 * name + DOB + nationality evidence, so the strongest evidence shapes groups first. Work is linear
 * in the number of entities and keys; there is no all-pairs comparison.
 */
import type { Entity } from '../model/entity.js';
import { combineEntities } from './combine.js';
import { combineProfiles, conflictBetween, profileOf, type ClusterProfile } from './cluster-profile.js';
import { evidenceKeys, type EvidenceKey } from './evidence-keys.js';
import type { MergeEvidence, MergeRecord, MergeResult, RefusedMerge } from './types.js';

/** A key shared by more entities than this is not evidence of identity (a placeholder number, a shared registry id). */
const MAX_KEY_GROUP = 12;
const KIND_ORDER = { identifier: 0, 'list-reference': 1, 'name-dob-nationality': 2 } as const;

export function mergeEntities(entities: readonly Entity[]): MergeResult {
  const parent = entities.map((_, i) => i);
  const profiles = new Map<number, ClusterProfile>();
  const evidence = new Map<number, MergeEvidence[]>();
  const refused: RefusedMerge[] = [];
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };

  const index = new Map<string, { key: EvidenceKey; members: number[] }>();
  entities.forEach((e, i) => {
    for (const key of evidenceKeys(e)) {
      const slot = index.get(key.key);
      if (slot) slot.members.push(i);
      else index.set(key.key, { key, members: [i] });
    }
  });
  const groups = [...index.values()].filter((g) => g.members.length > 1 && g.members.length <= MAX_KEY_GROUP);
  groups.sort((a, b) => KIND_ORDER[a.key.kind] - KIND_ORDER[b.key.kind] || (a.key.key < b.key.key ? -1 : 1));

  for (const { key, members } of groups) {
    const first = members[0]!;
    for (const other of members.slice(1)) {
      const ra = find(first);
      const rb = find(other);
      if (ra === rb) continue;
      const pa = profiles.get(ra) ?? profileOf(entities[ra]!);
      const pb = profiles.get(rb) ?? profileOf(entities[rb]!);
      const between: [string, string] = [entities[first]!.id, entities[other]!.id];
      const conflict = conflictBetween(pa, pb);
      if (conflict) {
        refused.push({ between, evidence: key.description, conflict });
        continue;
      }
      const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
      parent[child] = root;
      profiles.set(root, combineProfiles(pa, pb));
      profiles.delete(child);
      const ev = [...(evidence.get(root) ?? []), ...(evidence.get(child) ?? []), { kind: key.kind, between, description: key.description }];
      evidence.set(root, ev);
      evidence.delete(child);
    }
  }

  const clusters = new Map<number, number[]>();
  entities.forEach((_, i) => {
    const r = find(i);
    const list = clusters.get(r);
    if (list) list.push(i);
    else clusters.set(r, [i]);
  });
  const out: Entity[] = [];
  const merges: MergeRecord[] = [];
  const mergedIdOf = new Map<string, string>();
  for (const [root, members] of [...clusters.entries()].sort((a, b) => a[1][0]! - b[1][0]!)) {
    if (members.length === 1) {
      out.push(entities[members[0]!]!);
      continue;
    }
    const memberEntities = members.map((i) => entities[i]!);
    const merged = combineEntities(memberEntities);
    out.push(merged);
    for (const m of memberEntities) mergedIdOf.set(m.id, merged.id);
    merges.push({ id: merged.id, members: memberEntities.map((m) => m.id).sort(), evidence: evidence.get(root) ?? [] });
  }
  return { entities: out.map((e) => withMergedRelations(e, mergedIdOf)), merges, refused };
}

/** Relations that point at a merged member now point at the merged entity (copies, inputs untouched). */
function withMergedRelations(entity: Entity, mergedIdOf: ReadonlyMap<string, string>): Entity {
  if (!entity.relations.some((r) => r.id !== undefined && mergedIdOf.has(r.id))) return entity;
  return { ...entity, relations: entity.relations.map((r) => (r.id !== undefined && mergedIdOf.has(r.id) ? { ...r, id: mergedIdOf.get(r.id)! } : r)) };
}
