/**
 * A Dataset is what screening runs against: the current snapshot of every loaded list, merged
 * across lists (the same party on OFAC, UN, EU and UK becomes one entity with all its sources),
 * with the candidate index built over it. It is immutable; an update builds a new one and callers
 * swap it in.
 */
import { CribaError } from '../errors.js';
import type { Entity } from '../model/index.js';
import { ScreeningIndex } from '../index/index.js';
import { mergeEntities, type MergeRecord } from '../merge/index.js';
import { SnapshotStore } from './store.js';
import type { SnapshotMeta } from './types.js';

export interface Dataset {
  index: ScreeningIndex;
  entities: Entity[];
  snapshots: SnapshotMeta[];
  /** Why entities from different lists were merged, one record per merged entity. */
  merges: MergeRecord[];
  loadedAt: string;
  /** An entity by its own id, or by the id of any source record merged into it (`ofac-sdn:33950`). */
  get(id: string): Entity | undefined;
  /** The merge record of a merged entity (by its id or a member id). */
  mergeOf(id: string): MergeRecord | undefined;
}

export interface OpenOptions {
  /** Only these lists (default: every list with a current snapshot). */
  lists?: string[];
  /** Merge the same party across lists (default true). */
  merge?: boolean;
}

/** The entities of the current snapshots, merged across lists, without building an index. */
export interface LoadedEntities {
  entities: Entity[];
  snapshots: SnapshotMeta[];
  merges: MergeRecord[];
}

export async function loadEntities(home: string, opts: OpenOptions = {}): Promise<LoadedEntities> {
  const store = new SnapshotStore(home);
  let snapshots = await store.current();
  if (opts.lists?.length) {
    const missing = opts.lists.filter((id) => !snapshots.some((s) => s.list === id));
    if (missing.length) throw new CribaError('E_NOT_FOUND', `no snapshot of list ${missing.join(', ')} in ${home}; loaded: ${snapshots.map((s) => s.list).join(', ') || 'none'}`);
    snapshots = snapshots.filter((s) => opts.lists!.includes(s.list));
  }
  if (snapshots.length === 0) {
    throw new CribaError(
      'E_NO_SNAPSHOT',
      `no lists are loaded in ${home}. Load them with: criba update  (downloads the official files)  or  criba update --from DIR  (local copies)`,
    );
  }
  const entities: Entity[] = [];
  for (const meta of snapshots) for await (const e of store.readEntities(meta)) entities.push(e);
  if (opts.merge === false || snapshots.length < 2) return { entities, snapshots, merges: [] };
  const merged = mergeEntities(entities);
  return { entities: merged.entities, snapshots, merges: merged.merges };
}

export async function openDataset(home: string, opts: OpenOptions = {}): Promise<Dataset> {
  const { entities, snapshots, merges } = await loadEntities(home, opts);
  return datasetFromEntities(entities, snapshots, merges);
}

/** A dataset over entities as given (already merged, or single-list), e.g. for tests and benches. */
export function datasetFromEntities(entities: Entity[], snapshots: SnapshotMeta[] = [], merges: MergeRecord[] = []): Dataset {
  const index = new ScreeningIndex(entities);
  const byMember = new Map<string, Entity>();
  for (const e of entities) for (const s of e.sources) byMember.set(`${s.list}:${s.sourceId}`, e);
  const mergeById = new Map<string, MergeRecord>();
  for (const m of merges) {
    mergeById.set(m.id, m);
    for (const member of m.members) mergeById.set(member, m);
  }
  return {
    index,
    entities,
    snapshots,
    merges,
    loadedAt: new Date().toISOString(),
    get: (id) => index.get(id) ?? byMember.get(id),
    mergeOf: (id) => mergeById.get(id),
  };
}
