/** `criba lists`: what is loaded — each list's current snapshot. */
import type { Command } from 'commander';
import Table from 'cli-table3';
import { LISTS } from '../../sources/registry.js';
import { resolveHome, SnapshotStore } from '../../snapshot/index.js';
import { printJson, type Io } from '../output.js';

export function registerLists(program: Command, io: Io): void {
  program
    .command('lists')
    .description("show each list's current snapshot: date, entity count, hash")
    .option('--all', 'also show known lists that are not loaded, and every stored version')
    .option('--json', 'print as JSON')
    .action(async (opts: { all?: boolean; json?: boolean }) => {
      const store = new SnapshotStore(resolveHome());
      const current = await store.current();
      const rows = [];
      for (const def of LISTS) {
        const meta = current.find((m) => m.list === def.id);
        if (!meta && !opts.all) continue;
        const history = opts.all ? (await store.history(def.id)).map((h) => h.version) : undefined;
        rows.push({ list: def.id, title: def.title, authority: def.authority, snapshot: meta ?? null, ...(history ? { history } : {}) });
      }
      for (const meta of current) {
        if (!LISTS.some((l) => l.id === meta.list)) rows.push({ list: meta.list, title: meta.list, authority: '', snapshot: meta });
      }
      if (opts.json) return printJson(io, rows);
      if (!rows.some((r) => r.snapshot)) {
        io.out(`No lists loaded in ${store.home}. Load them with: criba update   or   criba update --from DIR`);
        return;
      }
      const table = new Table({
        head: ['list', 'authority', 'loaded', 'entities', 'format', 'hash', 'version'],
        ...(io.color ? {} : { style: { head: [], border: [] } }),
      });
      for (const r of rows) {
        const m = r.snapshot;
        table.push(m ? [r.list, r.authority, m.loadedAt.slice(0, 19).replace('T', ' '), m.entityCount, m.format, m.hash.slice(0, 12), m.version] : [r.list, r.authority, '—', '', '', '', 'not loaded']);
      }
      io.out(table.toString());
    });
}
