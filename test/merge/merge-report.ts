/**
 * Measure cross-list merging on the real lists: which lists merge with which, on what evidence,
 * and what was refused. Not a test (no assertions): a reproducible report for docs/lists.md.
 *
 *   CRIBA_LISTS_DIR=/work/shared/data/lists npx tsx test/merge/merge-report.ts
 */
import { mergeEntities } from '../../src/merge/index.js';
import type { Entity } from '../../src/model/entity.js';
import { listById } from '../../src/sources/registry.js';
import { listPath } from '../support/data.js';
import { readList } from '../support/read-list.js';

const PLAN: [string, string][] = [
  ['ofac-sdn', 'ofac/sdn-2024-05-03/sdn.csv'],
  ['un-sc', 'un/consolidated_2026-02-27.xml'],
  ['uk-ofsi', 'uk/ConList_2025-04-14.xlsx'],
  ['uk-fcdo', 'uk/FCDO_summary_2025-08-11.ods'],
  ['au-dfat', 'australia/regulation8_consolidated.xlsx'],
  ['ca-sema', 'canada/sema_2025-05.xml'],
  ['eu-fsf', 'eu/sample_eu_2020-04-15.xml'],
  ['ch-seco', 'switzerland/seco_sample_2024-01-17.xml'],
  ['us-csl', 'us-trade-csl/consolidated_2022-04.csv.gz'],
  ['us-bis-dpl', 'us-bis-dpl/dpl_2022-09.txt'],
];

const input: Entity[] = [];
for (const [id, file] of PLAN) {
  const read = await readList(listById(id)!, listPath(file));
  console.log(`${id.padEnd(12)} ${String(read.entities.length).padStart(6)} entities  (${file}, format ${read.format})`);
  input.push(...read.entities);
}
const t = performance.now();
const result = mergeEntities(input);
const ms = performance.now() - t;
console.log(`\n${input.length} entities → ${result.entities.length} after merging: ${result.merges.length} merged entities, ${result.refused.length} merges refused, ${ms.toFixed(0)} ms`);
const count = (values: string[]) => Object.entries(values.reduce<Record<string, number>>((acc, v) => ((acc[v] = (acc[v] ?? 0) + 1), acc), {})).sort((a, b) => b[1] - a[1]);
console.log('\nlists joined:');
for (const [k, n] of count(result.merges.map((m) => [...new Set(m.members.map((x) => x.slice(0, x.indexOf(':'))))].sort().join(' + ')))) console.log(`  ${String(n).padStart(5)}  ${k}`);
console.log('\nevidence used:');
for (const [k, n] of count(result.merges.flatMap((m) => m.evidence.map((e) => e.kind)))) console.log(`  ${String(n).padStart(5)}  ${k}`);
console.log('\nrefused because:');
for (const [k, n] of count(result.refused.map((r) => r.conflict.replace(/ \(.*$/, '').replace(/ [A-Z]{2} numbers$/, ' numbers')))) console.log(`  ${String(n).padStart(5)}  ${k}`);
