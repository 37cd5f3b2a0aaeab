/**
 * Turning found list files into a new snapshot, or refusing to. Checks, in order: every file is
 * under the size cap; the format reads without error; the list is not empty; the entity count has
 * not dropped more than MAX_DROP against the last good snapshot (unless forced). Only then is the
 * snapshot committed and made current.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { CribaError } from '../errors.js';
import type { Entity } from '../model/index.js';
import type { SourceWarning } from '../sources/types.js';
import { diffEntities } from './diff.js';
import type { Found } from './discover.js';
import { DEFAULT_MAX_BYTES } from './download.js';
import type { SnapshotStore } from './store.js';
import type { Delta, SnapshotMeta } from './types.js';

/** A load whose entity count falls by more than this share is suspicious. */
export const MAX_DROP = 0.2;

export interface LoadOptions {
  force?: boolean;
  maxBytes?: number;
  /** URL or local path the files came from, recorded in the snapshot. */
  origin: string;
  onProgress?: (e: { list: string; phase: string; done?: number; total?: number }) => void;
  onWarning?: (w: SourceWarning) => void;
}

export type LoadResult =
  | { status: 'updated'; meta: SnapshotMeta; delta: Delta; previous?: SnapshotMeta }
  | { status: 'unchanged'; meta: SnapshotMeta };

export async function loadSnapshot(store: SnapshotStore, found: Found, opts: LoadOptions): Promise<LoadResult> {
  const list = found.list.id;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const f of found.files) {
    if (f.size > maxBytes) {
      throw new CribaError('E_TOO_LARGE', `file is ${f.size} bytes, past the size cap of ${maxBytes} bytes (raise it with --max-bytes)`, { file: f.path, list });
    }
  }
  const staged = await store.staging();
  try {
    const out = createWriteStream(join(staged, 'entities.jsonl'));
    const hash = createHash('sha256');
    const entities: Entity[] = [];
    const ids = new Set<string>();
    let publishedAt: string | undefined;
    const onMetadata = (m: { publishedAt?: string }) => {
      if (m.publishedAt) publishedAt = m.publishedAt;
    };
    for await (const entity of found.format.read(found.files, { list, onWarning: opts.onWarning, onMetadata })) {
      if (ids.has(entity.id)) {
        opts.onWarning?.({ file: found.files[0]!.path, record: entity.id, message: `duplicate entity id ${entity.id}; kept the first` });
        continue;
      }
      ids.add(entity.id);
      entities.push(entity);
      const line = `${JSON.stringify(entity)}\n`;
      hash.update(line);
      if (!out.write(line)) await once(out, 'drain');
      if (entities.length % 1000 === 0) opts.onProgress?.({ list, phase: 'read', done: entities.length });
    }
    out.end();
    await once(out, 'finish');
    if (entities.length === 0) {
      throw new CribaError('E_EMPTY', `no entities in ${found.files.map((f) => f.name).join(', ')}`, { file: found.files[0]!.path, list });
    }
    const digest = hash.digest('hex');
    const prevVersion = await store.currentVersion(list);
    const previous = prevVersion ? await store.meta(list, prevVersion) : undefined;
    if (previous && previous.hash === digest) {
      await store.discard(staged);
      return { status: 'unchanged', meta: previous };
    }
    if (previous && !opts.force && entities.length < previous.entityCount * (1 - MAX_DROP)) {
      throw new CribaError(
        'E_SUSPICIOUS',
        `entity count fell from ${previous.entityCount} to ${entities.length} (more than ${MAX_DROP * 100}%); ` +
          `kept snapshot ${previous.version}. If the list really shrank, re-run with --force`,
        { file: found.files[0]!.path, list },
      );
    }
    const loadedAt = new Date();
    const version = `${loadedAt.toISOString().replace(/[-:]/g, '').replace('.', '')}-${digest.slice(0, 8)}`;
    const meta: SnapshotMeta = {
      list,
      version,
      hash: digest,
      entityCount: entities.length,
      loadedAt: loadedAt.toISOString(),
      ...(publishedAt ? { publishedAt } : {}),
      format: found.format.id,
      files: await Promise.all(found.files.map(async (f) => ({ name: f.name, size: f.size, sha256: await fileHash(f.path) }))),
      origin: opts.origin,
    };
    const before = previous ? await store.readAll(previous) : [];
    const delta = diffEntities(list, previous?.version, version, before, entities);
    await writeFile(join(staged, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
    await writeFile(join(staged, 'delta.json'), `${JSON.stringify(delta)}\n`);
    await store.commit(staged, meta);
    return { status: 'updated', meta, delta, ...(previous ? { previous } : {}) };
  } catch (err) {
    await store.discard(staged);
    throw err;
  }
}

async function fileHash(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}
