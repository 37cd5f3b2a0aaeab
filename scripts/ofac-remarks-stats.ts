/**
 * How much of OFAC's Remarks field criba understands.
 *
 *   npx tsx scripts/ofac-remarks-stats.ts <path to sdn.csv or cons_prim.csv> [--json] [--bench]
 *
 * --bench also times the whole CSV adapter (read, map, mine) on the file three times in this
 * process: the first pass is what a fresh `criba update` pays (JIT warm-up included).
 * Reads the file with its Remarks spill-over file (sdn_comments.csv / cons_comments.csv) when one
 * sits beside it, but without add/alt (the figures are about Remarks), and prints how many entities
 * got each extracted field, identifiers by type, and how many Remarks fragments stayed unparsed,
 * with the most frequent kinds of unparsed fragment. docs/remarks-mining.md quotes its output.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ofacCons, ofacSdn } from '../src/sources/ofac/definition.js';
import { mineRemarks, splitRemarks, type RemarksFacts } from '../src/sources/ofac/remarks.js';
import { CONS_CSV_FILES, SDN_CSV_FILES } from '../src/sources/ofac/csv-files.js';
import { readSdnCsv } from '../src/sources/ofac/csv-reader.js';

const path = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!path) {
  console.error('usage: npx tsx scripts/ofac-remarks-stats.ts <path to sdn.csv> [--json]');
  process.exit(2);
}
const name = basename(path).toLowerCase();
const set = name === CONS_CSV_FILES.main ? CONS_CSV_FILES : SDN_CSV_FILES;

/** Time the full adapter (tokenize, map, mine) over the file: wall and CPU per pass. */
async function bench(): Promise<void> {
  const def = set === CONS_CSV_FILES ? ofacCons : ofacSdn;
  const format = def.formats[0]!;
  const files = [{ name, path, size: statSync(path).size }];
  for (let pass = 1; pass <= 3; pass++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let n = 0;
    for await (const entity of format.read(files, { list: def.id })) if (entity) n++;
    const cpu = process.cpuUsage(cpu0);
    console.log(`bench pass ${pass}: ${n} entities in ${Math.round(performance.now() - t0)} ms wall, ${Math.round((cpu.user + cpu.system) / 1000)} ms CPU`);
  }
}
if (process.argv.includes('--bench')) await bench();

const entitiesWith = new Map<string, number>();
const idsByType = new Map<string, number>();
const unparsedKinds = new Map<string, { count: number; example: string }>();
let entities = 0;
let withRemarks = 0;
let fragments = 0;
let unparsed = 0;
let entitiesWithUnparsed = 0;

const bump = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

/** A fragment's kind: its words before the first digit, quote or colon, at most four. */
function kindOf(fragment: string): string {
  const head = fragment.split(/[0-9'":(]/)[0]!.trim().split(/\s+/).slice(0, 4).join(' ');
  return head || fragment.slice(0, 20);
}

function count(facts: RemarksFacts): void {
  const has = (field: string, yes: boolean) => yes && bump(entitiesWith, field);
  has('DOB', facts.birthDates.length > 0);
  has('DOB: circa', facts.birthDates.some((d) => d.circa));
  has('DOB: range', facts.birthDates.some((d) => d.to !== undefined));
  has('DOB: several (alt. DOB)', facts.birthDates.length > 1);
  has('POB', facts.birthPlaces.length > 0);
  has('nationality', facts.nationalities.length > 0);
  has('citizenship', facts.citizenships.length > 0);
  has('gender', facts.gender !== undefined);
  has('identifiers (any)', facts.identifiers.length > 0);
  has('identifiers with country', facts.identifiers.some((i) => i.country));
  has('weak aliases', facts.names.length > 0);
  has('relations: Linked To', facts.relations.some((r) => r.kind === 'linked'));
  has('relations: family ("wife of X")', facts.relations.some((r) => r.kind === 'family'));
  has('relations: membership ("HAMAS - Gaza")', facts.relations.some((r) => r.kind === 'membership'));
  has('wallets (digital currency)', facts.identifiers.some((i) => i.type === 'crypto-wallet'));
  has('positions', facts.positions.length > 0);
  has('vessel facts', Object.keys(facts.vessel).length > 0);
  has('aircraft facts', Object.keys(facts.aircraft).length > 0);
  for (const key of Object.keys(facts.properties)) has(`property: ${key}`, true);
  const types = new Set(facts.identifiers.map((i) => i.type));
  for (const t of types) bump(idsByType, t);
}

const t0 = performance.now();
const file = { name, path, size: statSync(path).size };
const spill = readdirSync(dirname(path)).find((n) => set.comments.includes(n.toLowerCase()));
const files = spill ? [file, { name: spill, path: join(dirname(path), spill), size: 0 }] : [file];
for await (const batch of readSdnCsv(set, files)) {
  for (const record of batch) {
    entities++;
    const remarks = record.row.Remarks;
    if (!remarks) continue;
    withRemarks++;
    fragments += splitRemarks(remarks).length;
    const facts = mineRemarks(remarks);
    count(facts);
    if (facts.unparsed.length) entitiesWithUnparsed++;
    unparsed += facts.unparsed.length;
    for (const f of facts.unparsed) {
      const k = kindOf(f);
      const e = unparsedKinds.get(k) ?? { count: 0, example: f };
      e.count++;
      unparsedKinds.set(k, e);
    }
  }
}
const ms = performance.now() - t0;

const sortDesc = <T,>(m: Map<string, T>, by: (v: T) => number) => [...m].sort((a, b) => by(b[1]) - by(a[1]));
const report = {
  file: path,
  entities,
  entitiesWithRemarks: withRemarks,
  fragments,
  fragmentsUnparsed: unparsed,
  entitiesWithUnparsedFragment: entitiesWithUnparsed,
  entitiesWith: Object.fromEntries(sortDesc(entitiesWith, (v) => v)),
  entitiesWithIdentifierType: Object.fromEntries(sortDesc(idsByType, (v) => v)),
  topUnparsedKinds: sortDesc(unparsedKinds, (v) => v.count)
    .slice(0, 25)
    .map(([kind, v]) => ({ kind, count: v.count, example: v.example.slice(0, 100) })),
  milliseconds: Math.round(ms),
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
  if (spill) console.log(`(with the Remarks spill-over in ${spill})`);
  console.log(`${report.file}: ${entities} entities, ${withRemarks} with Remarks, ${fragments} fragments (read + mined in ${report.milliseconds} ms)`);
  console.log(`unparsed fragments: ${unparsed} (${pct(unparsed, fragments)}), in ${entitiesWithUnparsed} entities\n`);
  console.log('entities with each extracted field:');
  for (const [k, v] of Object.entries(report.entitiesWith)) console.log(`  ${String(v).padStart(6)}  ${k}`);
  console.log('\nentities with identifiers of each type:');
  for (const [k, v] of Object.entries(report.entitiesWithIdentifierType)) console.log(`  ${String(v).padStart(6)}  ${k}`);
  console.log('\nmost frequent unparsed fragment kinds:');
  for (const u of report.topUnparsedKinds) console.log(`  ${String(u.count).padStart(6)}  ${u.kind}  — e.g. "${u.example}"`);
}
