/**
 * Where a pool's workers get their entities. Each worker builds its own index (an index is not
 * shareable between threads), from a source that is cheap to read: never the official files.
 */
import type { Entity } from '../model/index.js';
import { ScreeningIndex } from '../index/index.js';
import { openDataset } from '../snapshot/index.js';
import { readEntitiesFile } from './entities-file.js';

export type PoolSource =
  /** The current snapshots in a criba home (what `criba screen` uses). */
  | { kind: 'home'; home: string; lists?: string[] }
  /** A JSON-lines file of entities, e.g. one snapshot's entities.jsonl. */
  | { kind: 'entities-file'; path: string }
  /** Entities in memory, copied to each worker (fine for tests and small sets). */
  | { kind: 'entities'; entities: Entity[] };

export async function indexFromSource(source: PoolSource): Promise<ScreeningIndex> {
  switch (source.kind) {
    case 'home':
      return (await openDataset(source.home, source.lists ? { lists: source.lists } : {})).index;
    case 'entities-file':
      return new ScreeningIndex(await readEntitiesFile(source.path));
    case 'entities':
      return new ScreeningIndex(source.entities);
  }
}
