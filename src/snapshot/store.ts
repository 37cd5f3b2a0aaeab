/**
 * The snapshot store on disk. Layout under the data directory:
 *
 *   lists/<list>/snapshots/<version>/entities.jsonl   one entity per line (content-hashed)
 *   lists/<list>/snapshots/<version>/meta.json        SnapshotMeta
 *   lists/<list>/snapshots/<version>/delta.json       what changed against the previous version
 *   lists/<list>/current                              the version in use (replaced atomically)
 *   tmp/                                              staging; a crash leaves garbage here, never a half snapshot
 *
 * Snapshots are immutable: a new load writes a new version into tmp/, renames it into place, and
 * only then points `current` at it. A failed or suspicious load never touches `current`.
 */
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { CribaError } from '../errors.js';
import type { Entity } from '../model/index.js';
import type { Delta, SnapshotMeta } from './types.js';

export class SnapshotStore {
  constructor(readonly home: string) {}

  listDir(list: string): string {
    return join(this.home, 'lists', list);
  }

  versionDir(list: string, version: string): string {
    return join(this.listDir(list), 'snapshots', version);
  }

  /** A fresh staging directory on the same file system as the store (so rename is atomic). */
  async staging(): Promise<string> {
    const dir = join(this.home, 'tmp', `${Date.now()}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
    await mkdir(dir, { recursive: true });
    return dir;
  }

  /** Ids of lists that have at least one snapshot. */
  async lists(): Promise<string[]> {
    try {
      return (await readdir(join(this.home, 'lists'))).sort();
    } catch {
      return [];
    }
  }

  /** The version in use for a list, or undefined. */
  async currentVersion(list: string): Promise<string | undefined> {
    try {
      const v = (await readFile(join(this.listDir(list), 'current'), 'utf8')).trim();
      return v || undefined;
    } catch {
      return undefined;
    }
  }

  async meta(list: string, version: string): Promise<SnapshotMeta> {
    const path = join(this.versionDir(list, version), 'meta.json');
    try {
      return JSON.parse(await readFile(path, 'utf8')) as SnapshotMeta;
    } catch (cause) {
      throw new CribaError('E_NOT_FOUND', `no snapshot ${version} of list ${list}`, { file: path, list }, { cause });
    }
  }

  /** The current (last good) snapshot of every list that has one. */
  async current(): Promise<SnapshotMeta[]> {
    const out: SnapshotMeta[] = [];
    for (const list of await this.lists()) {
      const v = await this.currentVersion(list);
      if (v) out.push(await this.meta(list, v));
    }
    return out;
  }

  /** Every stored version of a list, oldest first. */
  async history(list: string): Promise<SnapshotMeta[]> {
    let versions: string[];
    try {
      versions = (await readdir(join(this.listDir(list), 'snapshots'))).sort();
    } catch {
      return [];
    }
    return Promise.all(versions.map((v) => this.meta(list, v)));
  }

  /** Stream a snapshot's entities, each stamped with the snapshot version in its sources. */
  async *readEntities(meta: SnapshotMeta): AsyncGenerator<Entity> {
    const path = join(this.versionDir(meta.list, meta.version), 'entities.jsonl');
    const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (!line) continue;
      let entity: Entity;
      try {
        entity = JSON.parse(line) as Entity;
      } catch (cause) {
        throw new CribaError('E_PARSE', 'corrupt snapshot line', { file: path, line: n }, { cause });
      }
      for (const s of entity.sources) if (s.list === meta.list) s.snapshot = meta.version;
      yield entity;
    }
  }

  async readAll(meta: SnapshotMeta): Promise<Entity[]> {
    const out: Entity[] = [];
    for await (const e of this.readEntities(meta)) out.push(e);
    return out;
  }

  /** The delta stored with a version (default: the current one). */
  async delta(list: string, version?: string): Promise<Delta | undefined> {
    const v = version ?? (await this.currentVersion(list));
    if (!v) return undefined;
    try {
      return JSON.parse(await readFile(join(this.versionDir(list, v), 'delta.json'), 'utf8')) as Delta;
    } catch {
      return undefined;
    }
  }

  /**
   * Move a staged snapshot directory into place and make it current. The staged directory must
   * hold entities.jsonl, meta.json and delta.json.
   */
  async commit(staged: string, meta: SnapshotMeta): Promise<void> {
    const target = this.versionDir(meta.list, meta.version);
    await mkdir(join(this.listDir(meta.list), 'snapshots'), { recursive: true });
    await rename(staged, target);
    await this.setCurrent(meta.list, meta.version);
  }

  /** Point `current` at a version, atomically (write a temp file, then rename over). */
  async setCurrent(list: string, version: string): Promise<void> {
    const tmp = join(this.listDir(list), `current.${process.pid}.tmp`);
    await writeFile(tmp, `${version}\n`);
    await rename(tmp, join(this.listDir(list), 'current'));
  }

  async discard(staged: string): Promise<void> {
    await rm(staged, { recursive: true, force: true });
  }
}
