/**
 * The DataBackend of `criba serve`: the snapshot store in $CRIBA_HOME. Update outcomes are turned
 * into plain reports (the error's code and message rather than the error object).
 */
import { openDataset, SnapshotStore, updateLists, type UpdateOutcome } from '../snapshot/index.js';
import type { DataBackend, UpdateReport, UpdateRequest } from './backend.js';

export function snapshotBackend(home: string, defaults: UpdateRequest = {}): DataBackend {
  const store = new SnapshotStore(home);
  return {
    open: () => openDataset(home),
    update: async (request) => (await updateLists({ home, ...defaults, ...request })).map(toReport),
    history: (list) => store.history(list),
    delta: (list, version) => store.delta(list, version),
  };
}

export function toReport(o: UpdateOutcome): UpdateReport {
  switch (o.status) {
    case 'updated':
      return { list: o.list, status: o.status, meta: o.meta, message: `${o.meta.entityCount} entities (+${o.delta.added.length} −${o.delta.removed.length} ~${o.delta.changed.length}) from ${o.source}` };
    case 'unchanged':
      return { list: o.list, status: o.status, meta: o.meta, message: `unchanged (${o.meta.entityCount} entities)` };
    case 'error':
      return { list: o.list, status: o.status, error: o.error, message: o.error.message };
    case 'skipped':
      return { list: o.list, status: o.status, reason: o.reason, message: o.reason };
  }
}
