/**
 * The change feed: what one snapshot changed against another. Entities are compared by id, and
 * for changed ones the top-level fields whose JSON differs are named. Provenance bookkeeping
 * (`sources`) is ignored so that a re-load alone is not a change.
 */
import { captionOf, type Entity } from '../model/index.js';
import type { Delta, EntityChange } from './types.js';

const IGNORED_FIELDS = new Set(['sources']);

export function diffEntities(list: string, from: string | undefined, to: string, before: Iterable<Entity>, after: Iterable<Entity>): Delta {
  const old = new Map<string, Entity>();
  for (const e of before) old.set(e.id, e);
  const added: EntityChange[] = [];
  const changed: EntityChange[] = [];
  const seen = new Set<string>();
  for (const e of after) {
    seen.add(e.id);
    const prev = old.get(e.id);
    if (!prev) {
      added.push({ id: e.id, name: captionOf(e) });
      continue;
    }
    const fields = changedFields(prev, e);
    if (fields.length) changed.push({ id: e.id, name: captionOf(e), fields });
  }
  const removed: EntityChange[] = [];
  for (const [id, e] of old) if (!seen.has(id)) removed.push({ id, name: captionOf(e) });
  const byName = (a: EntityChange, b: EntityChange) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  return { list, ...(from ? { from } : {}), to, added: added.sort(byName), removed: removed.sort(byName), changed: changed.sort(byName) };
}

function changedFields(a: Entity, b: Entity): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const out: string[] = [];
  for (const k of keys) {
    if (IGNORED_FIELDS.has(k)) continue;
    const va = JSON.stringify((a as unknown as Record<string, unknown>)[k] ?? null);
    const vb = JSON.stringify((b as unknown as Record<string, unknown>)[k] ?? null);
    if (va !== vb) out.push(k);
  }
  return out.sort();
}
