/** Load a real OFAC list folder through the registry, the way `criba update --from` reads it. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '../../../src/model/index.js';
import { listById } from '../../../src/sources/index.js';

export async function loadListFolder(listId: string, dir: string): Promise<Entity[]> {
  const list = listById(listId);
  if (!list) throw new Error(`no list ${listId} in the registry`);
  const files = readdirSync(dir).map((name) => ({ name, path: join(dir, name), size: statSync(join(dir, name)).size }));
  for (const format of list.formats) {
    const picked = await format.detect(files);
    if (!picked) continue;
    const out: Entity[] = [];
    for await (const e of format.read(picked, { list: listId })) out.push(e);
    return out;
  }
  throw new Error(`no ${listId} format found in ${dir}`);
}
