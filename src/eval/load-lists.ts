/**
 * Loads official list files for the evaluation through the list registry: each path (a folder or
 * one file under the lists directory) is offered to every registered list's formats; the first
 * format that recognises the files reads them. Paths that no registered adapter recognises are
 * reported, not fatal, so `criba eval` runs against whatever lists criba can read today.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Entity } from '../model/index.js';
import { LISTS, type SourceFile } from '../sources/index.js';

export interface LoadedList {
  path: string;
  list?: string;
  format?: string;
  entities: number;
  /** Why nothing was loaded from this path. */
  problem?: string;
}

export async function loadListsForEval(listsDir: string, paths: readonly string[]): Promise<{ entities: Entity[]; lists: LoadedList[] }> {
  const entities: Entity[] = [];
  const lists: LoadedList[] = [];
  for (const rel of paths) {
    const full = join(listsDir, rel);
    let files: SourceFile[];
    try {
      files = await filesAt(full);
    } catch {
      lists.push({ path: rel, entities: 0, problem: 'not found' });
      continue;
    }
    let loaded: LoadedList | undefined;
    for (const def of LISTS) {
      for (const format of def.formats) {
        const picked = await format.detect(files);
        if (!picked) continue;
        let n = 0;
        for await (const e of format.read(picked, { list: def.id })) {
          entities.push(e);
          n++;
        }
        loaded = { path: rel, list: def.id, format: format.id, entities: n };
        break;
      }
      if (loaded) break;
    }
    lists.push(loaded ?? { path: rel, entities: 0, problem: 'no registered list adapter recognises these files' });
  }
  return { entities, lists };
}

async function filesAt(path: string): Promise<SourceFile[]> {
  const s = await stat(path);
  if (s.isFile()) return [{ name: basename(path), path, size: s.size }];
  const out: SourceFile[] = [];
  for (const name of (await readdir(path)).sort()) {
    const p = join(path, name);
    const fs = await stat(p);
    if (fs.isFile()) out.push({ name, path: p, size: fs.size });
  }
  return out;
}
