/**
 * `criba update --from DIR|FILE`: find which official list files are there. Files are grouped by
 * folder; in each folder every list's formats are tried in preference order. When one list is
 * found in several folders (e.g. three dated OFAC SDN downloads), the folder with the newest date
 * in its path wins, and the others are reported as skipped.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CribaError } from '../errors.js';
import type { ListDefinition, SourceFile, SourceFormat } from '../sources/types.js';

export interface Found {
  list: ListDefinition;
  format: SourceFormat;
  files: SourceFile[];
  /** Folder the files came from. */
  dir: string;
}

export interface Discovery {
  found: Found[];
  /** Same list found elsewhere and not used, with the reason. */
  skipped: { list: string; dir: string; reason: string }[];
  /** Files no list recognised. */
  unrecognised: string[];
}

const MAX_DEPTH = 4;

export async function discover(from: string, lists: readonly ListDefinition[]): Promise<Discovery> {
  const root = resolve(from);
  let info;
  try {
    info = await stat(root);
  } catch (cause) {
    throw new CribaError('E_NOT_FOUND', `no such file or folder: ${from}`, { file: from }, { cause });
  }
  const groups = new Map<string, SourceFile[]>();
  if (info.isFile()) {
    groups.set(dirname(root), [{ name: basename(root), path: root, size: info.size }]);
  } else {
    await walk(root, 0, groups);
  }
  const candidates: Found[] = [];
  const used = new Set<string>();
  for (const [dir, files] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    for (const list of lists) {
      for (const format of list.formats) {
        const picked = await format.detect(files);
        if (picked?.length) {
          candidates.push({ list, format, files: picked, dir });
          for (const f of picked) used.add(f.path);
          break;
        }
      }
    }
  }
  const found: Found[] = [];
  const skipped: Discovery['skipped'] = [];
  for (const list of lists) {
    const mine = candidates.filter((c) => c.list.id === list.id);
    if (!mine.length) continue;
    mine.sort((a, b) => dateIn(b.dir).localeCompare(dateIn(a.dir)) || b.dir.localeCompare(a.dir));
    found.push(mine[0]!);
    for (const other of mine.slice(1)) skipped.push({ list: list.id, dir: other.dir, reason: `older than ${mine[0]!.dir}` });
  }
  const unrecognised = [...groups.values()].flat().filter((f) => !used.has(f.path)).map((f) => f.path);
  return { found, skipped, unrecognised };
}

async function walk(dir: string, depth: number, groups: Map<string, SourceFile[]>): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: SourceFile[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (depth < MAX_DEPTH) await walk(path, depth + 1, groups);
    } else if (e.isFile()) {
      files.push({ name: e.name, path, size: (await stat(path)).size });
    }
  }
  if (files.length) groups.set(dir, files);
}

/** The newest date-like string in a path (`2024-05-03`, `2025-12`, `20240503`), or ''. */
function dateIn(path: string): string {
  const dates = [...path.matchAll(/(\d{4})-?(\d{2})(?:-?(\d{2}))?/g)]
    .map((m) => `${m[1]}-${m[2]}-${m[3] ?? '00'}`)
    .filter((d) => d >= '1990' && d <= '2100');
  return dates.sort().at(-1) ?? '';
}
