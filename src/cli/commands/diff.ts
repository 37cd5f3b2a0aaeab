/** `criba diff`: what changed between two snapshots (or two sets of official files). */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { CribaError } from '../../errors.js';
import type { Entity } from '../../model/index.js';
import { LISTS } from '../../sources/registry.js';
import { diffEntities, discover, resolveHome, SnapshotStore, type Delta } from '../../snapshot/index.js';
import { colorsOf, type Colors, printJson, type Io } from '../output.js';

export function registerDiff(program: Command, io: Io): void {
  program
    .command('diff')
    .argument('[old]', 'snapshot version (see criba lists --all) or a folder/file of official list files')
    .argument('[new]', 'snapshot version or folder/file; default: the version that followed OLD')
    .description('show entities added, removed and changed between two versions of a list')
    .option('--list <id>', 'only this list')
    .option('--json', 'print the delta as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ criba diff                                  what the most recent update of each list changed
  $ criba diff 20260126T101500000Z-3f2a9c1b     what that snapshot changed against the one before
  $ criba diff ./ofac/sdn-2021-07-07 ./ofac/sdn-2022-01-21   compare two downloads without loading them`,
    )
    .action(async (oldArg: string | undefined, newArg: string | undefined, opts: { list?: string; json?: boolean }) => {
      const store = new SnapshotStore(resolveHome());
      const deltas: Delta[] = [];
      if (!oldArg) {
        for (const meta of await store.current()) {
          if (opts.list && meta.list !== opts.list) continue;
          const d = await store.delta(meta.list, meta.version);
          if (d) deltas.push(d);
        }
        if (!deltas.length) io.err(`No changes recorded yet in ${store.home}: load lists with criba update.`);
      } else if (!newArg) {
        const side = await findVersion(store, oldArg, opts.list);
        const d = await store.delta(side.list, side.version);
        if (!d) throw new CribaError('E_NOT_FOUND', `no change feed stored for ${side.list} ${side.version}`);
        deltas.push(d);
      } else {
        const a = await loadSide(store, oldArg, opts.list);
        const b = await loadSide(store, newArg, opts.list);
        if (a.list !== b.list) throw new CribaError('E_INPUT', `cannot diff different lists: ${a.list} and ${b.list} (use --list)`);
        deltas.push(diffEntities(a.list, a.label, b.label, a.entities, b.entities));
      }
      // JSON: without arguments an array (one delta per list); with OLD [NEW] the one delta
      if (opts.json) return printJson(io, oldArg ? deltas[0] : deltas);
      for (const d of deltas) io.out(formatDelta(d, colorsOf(io)));
    });
}

function formatDelta(d: Delta, pc: Colors): string {
  const lines = [pc.bold(`${d.list}: ${d.from ?? '(first load)'} → ${d.to}`), `  ${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed`];
  for (const e of d.added) lines.push(`  ${pc.green('+')} ${e.name}  ${pc.dim(e.id)}`);
  for (const e of d.removed) lines.push(`  ${pc.red('-')} ${e.name}  ${pc.dim(e.id)}`);
  for (const e of d.changed) lines.push(`  ${pc.yellow('~')} ${e.name}  ${pc.dim(e.id)}  ${pc.dim((e.fields ?? []).join(', '))}`);
  return lines.join('\n');
}

async function findVersion(store: SnapshotStore, arg: string, list?: string) {
  const [maybeList, maybeVersion] = arg.includes('@') ? arg.split('@', 2) : [list, arg];
  for (const id of maybeList ? [maybeList] : await store.lists()) {
    const match = (await store.history(id)).filter((m) => m.version === maybeVersion || m.version.startsWith(maybeVersion!));
    if (match.length === 1) return match[0]!;
  }
  throw new CribaError('E_NOT_FOUND', `no snapshot version ${arg}${list ? ` of ${list}` : ''} (see criba lists --all), and no such file or folder`);
}

async function loadSide(store: SnapshotStore, arg: string, list?: string): Promise<{ list: string; label: string; entities: Entity[] }> {
  if (existsSync(arg)) {
    const found = await discover(arg, list ? LISTS.filter((l) => l.id === list) : LISTS);
    if (found.found.length !== 1) {
      throw new CribaError('E_INPUT', `${arg} holds ${found.found.length === 0 ? 'no' : 'several'} lists${found.found.length ? ` (${found.found.map((f) => f.list.id).join(', ')})` : ''}; pick one with --list`, { file: arg });
    }
    const f = found.found[0]!;
    const entities: Entity[] = [];
    for await (const e of f.format.read(f.files, { list: f.list.id })) entities.push(e);
    return { list: f.list.id, label: arg, entities };
  }
  const meta = await findVersion(store, arg, list);
  return { list: meta.list, label: meta.version, entities: await store.readAll(meta) };
}
