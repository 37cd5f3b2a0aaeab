/**
 * A Dataset is what screening runs against: the current snapshot of every loaded list, as
 * entities, with the candidate index built over them. It is immutable; an update builds a new one
 * and callers swap it in.
 */
import { CribaError } from '../errors.js';
import type { Entity } from '../model/index.js';
import { ScreeningIndex } from '../index/index.js';
import { SnapshotStore } from './store.js';
import type { SnapshotMeta } from './types.js';

export interface Dataset {
  index: ScreeningIndex;
  entities: Entity[];
  snapshots: SnapshotMeta[];
  loadedAt: string;
  get(id: string): Entity | undefined;
}

export interface OpenOptions {
  /** Only these lists (default: every list with a current snapshot). */
  lists?: string[];
}

export async function openDataset(home: string, opts: OpenOptions = {}): Promise<Dataset> {
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
  return datasetFromEntities(entities, snapshots);
}

export function datasetFromEntities(entities: Entity[], snapshots: SnapshotMeta[] = []): Dataset {
  const index = new ScreeningIndex(entities);
  return {
    index,
    entities,
    snapshots,
    loadedAt: new Date().toISOString(),
    get: (id) => index.get(id),
  };
}
