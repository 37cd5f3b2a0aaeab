/** `criba update`: load lists into new snapshots, from official URLs or local copies. */
import type { Command } from 'commander';
import { resolveHome, updateLists, type UpdateOutcome } from '../../snapshot/index.js';
import { colorsOf, type Colors, printJson, type Io } from '../output.js';
import { collect, parsePositiveInt } from '../options.js';

export function registerUpdate(program: Command, io: Io): void {
  program
    .command('update')
    .description('load sanctions lists into new, versioned snapshots (the last good snapshot stays in use on any failure)')
    .option('--from <dir|file>', 'read local copies of the official files instead of downloading (recognised by name and content)')
    .option('--list <id>', 'only this list (repeatable), e.g. ofac-sdn', collect)
    .option('--force', 'accept an entity count that fell by more than 20% against the last good snapshot')
    .option('--max-bytes <n>', 'size cap per file in bytes (default 1 GiB)', parsePositiveInt)
    .option('--warnings', 'print every warning: Remarks fragments not understood, odd records')
    .option('--json', 'print the outcomes as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ criba update                                   download every default list from its official URL
  $ criba update --from ~/Downloads/sdn            load sdn.csv + add.csv + alt.csv found there
  $ criba update --from ./lists --list ofac-sdn    only OFAC SDN, from a folder tree
Exit code 1 when any list failed; its previous snapshot is still the one in use.`,
    )
    .action(async (opts: { from?: string; list?: string[]; force?: boolean; maxBytes?: number; warnings?: boolean; json?: boolean }) => {
      const pc = colorsOf(io);
      const home = resolveHome();
      const warnings = new Map<string, number>();
      const outcomes = await updateLists({
        home,
        from: opts.from,
        lists: opts.list,
        force: opts.force,
        maxBytes: opts.maxBytes,
        onProgress: io.isTTY && !opts.json ? (e) => io.err(pc.dim(`${e.list}: ${e.phase}${e.done ? ` ${e.done}` : ''}`)) : undefined,
        onWarning: (w) => {
          warnings.set(w.list, (warnings.get(w.list) ?? 0) + 1);
          if (opts.warnings) io.err(`warning ${w.list} ${w.file}${w.line ? `:${w.line}` : ''}${w.record ? ` [${w.record}]` : ''}: ${w.message}`);
        },
      });
      if (opts.json) {
        printJson(io, outcomes.map((o) => toJson(o, warnings.get(o.list) ?? 0)));
      } else {
        for (const o of outcomes) io.out(describe(o, warnings.get(o.list) ?? 0, pc));
        io.out(pc.dim(`data directory: ${home}`));
      }
      if (outcomes.some((o) => o.status === 'error')) process.exitCode = 1;
    });
}

function toJson(o: UpdateOutcome, warnings: number): unknown {
  if (o.status === 'error') return { list: o.list, status: o.status, code: o.error.code, message: o.error.message, kept: o.kept?.version ?? null };
  if (o.status === 'skipped') return o;
  if (o.status === 'unchanged') return { list: o.list, status: o.status, version: o.meta.version, entities: o.meta.entityCount, warnings };
  return {
    list: o.list,
    status: o.status,
    version: o.meta.version,
    entities: o.meta.entityCount,
    previous: o.previous?.version ?? null,
    added: o.delta.added.length,
    removed: o.delta.removed.length,
    changed: o.delta.changed.length,
    warnings,
  };
}

function describe(o: UpdateOutcome, warnings: number, pc: Colors): string {
  const w = warnings ? pc.dim(` (${warnings} warnings: unparsed fragments or odd records, list them with --warnings)`) : '';
  switch (o.status) {
    case 'updated':
      return `${pc.green('updated')}   ${o.list}: ${o.meta.entityCount} entities, snapshot ${o.meta.version}` +
        (o.previous ? ` (+${o.delta.added.length} −${o.delta.removed.length} ~${o.delta.changed.length})` : '') + w;
    case 'unchanged':
      return `${pc.cyan('unchanged')} ${o.list}: ${o.meta.entityCount} entities, snapshot ${o.meta.version}`;
    case 'skipped':
      return `${pc.dim('skipped')}   ${o.list}: ${o.reason}`;
    case 'error':
      return `${pc.red('failed')}    ${o.list}: [${o.error.code}] ${o.error.message}\n          ` +
        (o.kept ? `still using snapshot ${o.kept.version} (${o.kept.entityCount} entities)` : 'no earlier snapshot of this list');
  }
}
