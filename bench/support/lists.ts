/**
 * Reading official lists for benchmarks through the registry: the same discovery and readers as
 * `criba update --from DIR`, without writing snapshots.
 */
import { discover } from '../../src/snapshot/index.js';
import { LISTS } from '../../src/sources/index.js';
import type { Entity } from '../../src/model/index.js';

export interface LoadedLists {
  entities: Entity[];
  /** Per list read: id, folder, format, entity count. */
  lists: { id: string; dir: string; format: string; entities: number }[];
  /** Lists registered but not found, or that failed to read. */
  skipped: { id: string; reason: string }[];
  readMs: number;
}

export async function loadLists(dir: string, only?: (listId: string) => boolean): Promise<LoadedLists> {
  const started = performance.now();
  const found = await discover(dir, LISTS);
  const entities: Entity[] = [];
  const lists: LoadedLists['lists'] = [];
  const skipped: LoadedLists['skipped'] = found.skipped.map((s) => ({ id: s.list, reason: `${s.dir}: ${s.reason}` }));
  for (const f of found.found) {
    if (only && !only(f.list.id)) continue;
    const ids = new Set<string>();
    let count = 0;
    try {
      for await (const e of f.format.read(f.files, { list: f.list.id })) {
        if (ids.has(e.id)) continue;
        ids.add(e.id);
        entities.push(e);
        count++;
      }
      lists.push({ id: f.list.id, dir: f.dir, format: f.format.id, entities: count });
    } catch (err) {
      skipped.push({ id: f.list.id, reason: (err as Error).message });
    }
  }
  for (const l of LISTS) if (!lists.some((x) => x.id === l.id) && !skipped.some((s) => s.id === l.id)) skipped.push({ id: l.id, reason: 'no files found' });
  return { entities, lists, skipped, readMs: performance.now() - started };
}
