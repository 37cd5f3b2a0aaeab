/**
 * `criba update`: load every configured list, from the official URLs or from local copies, each
 * into a new snapshot. One list's failure never stops the others, and never replaces that list's
 * last good snapshot: outcomes come back as values, one per list.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CribaError, isCribaError } from '../errors.js';
import { LISTS } from '../sources/registry.js';
import type { ListDefinition, SourceWarning } from '../sources/types.js';
import { readConfig } from './config.js';
import { discover } from './discover.js';
import { fetchBytes, type FetchOptions } from './download.js';
import { loadSnapshot } from './load.js';
import { SnapshotStore } from './store.js';
import type { Delta, SnapshotMeta } from './types.js';

export interface UpdateOptions {
  home: string;
  /** Local folder or file of official list files; without it, lists are downloaded. */
  from?: string;
  /** Only these list ids (default: with --from every list found; else every default-enabled list). */
  lists?: string[];
  /** Accept a suspicious entity-count drop. */
  force?: boolean;
  /** Size cap per file in bytes. */
  maxBytes?: number;
  fetch?: FetchOptions;
  /** The lists to consider (default: the registry). */
  registry?: readonly ListDefinition[];
  onProgress?: (e: { list: string; phase: string; done?: number; total?: number }) => void;
  onWarning?: (w: SourceWarning & { list: string }) => void;
}

export type UpdateOutcome =
  | { list: string; status: 'updated'; meta: SnapshotMeta; delta: Delta; previous?: SnapshotMeta; source: string }
  | { list: string; status: 'unchanged'; meta: SnapshotMeta; source: string }
  | { list: string; status: 'error'; error: CribaError; kept?: SnapshotMeta }
  | { list: string; status: 'skipped'; reason: string };

export async function updateLists(opts: UpdateOptions): Promise<UpdateOutcome[]> {
  const store = new SnapshotStore(opts.home);
  const registry = opts.registry ?? LISTS;
  const config = await readConfig(opts.home);
  if (!opts.lists?.length && !opts.from && config.lists) opts = { ...opts, lists: config.lists };
  if (opts.maxBytes === undefined && config.maxBytes) opts = { ...opts, maxBytes: config.maxBytes };
  const unknown = (opts.lists ?? []).filter((id) => !registry.some((l) => l.id === id));
  if (unknown.length) {
    throw new CribaError('E_INPUT', `unknown list id ${unknown.join(', ')}; known: ${registry.map((l) => l.id).join(', ')}`, { field: 'lists' });
  }
  const wanted = (l: ListDefinition) => (opts.lists?.length ? opts.lists.includes(l.id) : true);
  return opts.from ? updateFromLocal(store, opts, registry.filter(wanted)) : updateFromDownloads(store, opts, registry.filter((l) => (opts.lists?.length ? wanted(l) : l.defaultEnabled)));
}

async function updateFromLocal(store: SnapshotStore, opts: UpdateOptions, lists: readonly ListDefinition[]): Promise<UpdateOutcome[]> {
  const found = await discover(opts.from!, lists);
  if (found.found.length === 0) {
    const seen = found.unrecognised.slice(0, 10).join(', ');
    throw new CribaError(
      'E_FORMAT',
      `no official list files recognised in ${opts.from}${seen ? ` (saw: ${seen})` : ''}; ` +
        `criba knows ${lists.map((l) => l.id).join(', ')} — see docs/lists.md for the file names`,
      { file: opts.from },
    );
  }
  const outcomes: UpdateOutcome[] = [];
  for (const f of found.found) outcomes.push(await loadOne(store, opts, f.list, () => Promise.resolve(f), f.dir));
  for (const s of found.skipped) outcomes.push({ list: s.list, status: 'skipped', reason: `also found in ${s.dir} (${s.reason})` });
  return outcomes;
}

async function updateFromDownloads(store: SnapshotStore, opts: UpdateOptions, lists: readonly ListDefinition[]): Promise<UpdateOutcome[]> {
  const outcomes: UpdateOutcome[] = [];
  for (const list of lists) {
    if (!list.downloads.length) {
      outcomes.push({ list: list.id, status: 'skipped', reason: 'no official download URL; load it with --from' });
      continue;
    }
    const origin = list.downloads.map((d) => d.url).join(' ');
    const dir = await store.staging();
    try {
      outcomes.push(
        await loadOne(store, opts, list, async () => {
          for (const d of list.downloads) {
            opts.onProgress?.({ list: list.id, phase: `download ${d.url}` });
            const bytes = await fetchBytes(d.url, { ...opts.fetch, maxBytes: opts.maxBytes ?? opts.fetch?.maxBytes });
            await writeFile(join(dir, d.file), bytes);
          }
          const found = await discover(dir, [list]);
          const f = found.found[0];
          if (!f) throw new CribaError('E_FORMAT', `downloaded files of ${list.id} are not in a format criba recognises`, { url: origin, list: list.id });
          return f;
        }, origin),
      );
    } finally {
      await store.discard(dir);
    }
  }
  return outcomes;
}

async function loadOne(
  store: SnapshotStore,
  opts: UpdateOptions,
  list: ListDefinition,
  locate: () => Promise<import('./discover.js').Found>,
  origin: string,
): Promise<UpdateOutcome> {
  try {
    const found = await locate();
    opts.onProgress?.({ list: list.id, phase: 'read' });
    const r = await loadSnapshot(store, found, {
      origin,
      force: opts.force,
      maxBytes: opts.maxBytes,
      onProgress: opts.onProgress,
      onWarning: opts.onWarning ? (w) => opts.onWarning!({ ...w, list: list.id }) : undefined,
    });
    return { list: list.id, ...r, source: origin };
  } catch (err) {
    const error = isCribaError(err) ? err : new CribaError('E_PARSE', (err as Error).message ?? String(err), { list: list.id }, { cause: err });
    const keptVersion = await store.currentVersion(list.id);
    return { list: list.id, status: 'error', error, ...(keptVersion ? { kept: await store.meta(list.id, keptVersion) } : {}) };
  }
}
