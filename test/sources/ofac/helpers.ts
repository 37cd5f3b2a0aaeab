/**
 * Helpers for the OFAC adapter tests: list a folder as SourceFiles, read a format to an array with
 * its warnings, write throw-away bad-input files.
 */
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entity } from '../../../src/model/index.js';
import type { ListDefinition, SourceFile, SourceFormat, SourceMetadata, SourceWarning } from '../../../src/sources/types.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/ofac');

export function sourceFiles(dir: string, only?: string[]): SourceFile[] {
  return readdirSync(dir)
    .filter((name) => !only || only.includes(name))
    .map((name) => ({ name, path: join(dir, name), size: statSync(join(dir, name)).size }));
}

export interface ReadResult {
  entities: Entity[];
  byId: Map<string, Entity>;
  warnings: SourceWarning[];
  /** What the file reported about itself (publication date, declared count), merged. */
  metadata: SourceMetadata;
}

export async function readFormat(format: SourceFormat, files: SourceFile[], list: string): Promise<ReadResult> {
  const picked = await format.detect(files);
  if (!picked) throw new Error(`format ${format.id} found none of its files in ${files.map((f) => f.name).join(', ')}`);
  const warnings: SourceWarning[] = [];
  const entities: Entity[] = [];
  const metadata: SourceMetadata = {};
  for await (const e of format.read(picked, { list, onWarning: (w) => warnings.push(w), onMetadata: (m) => Object.assign(metadata, m) })) entities.push(e);
  return { entities, byId: new Map(entities.map((e) => [e.id, e])), warnings, metadata };
}

export function formatOf(list: ListDefinition, id: string): SourceFormat {
  const f = list.formats.find((x) => x.id === id);
  if (!f) throw new Error(`${list.id} has no format ${id}`);
  return f;
}

/** A fresh temp folder holding the given files (name → content). */
export function tempFiles(files: Record<string, string | Buffer>): { dir: string; files: SourceFile[] } {
  const dir = mkdtempSync(join(tmpdir(), 'criba-ofac-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return { dir, files: sourceFiles(dir) };
}

/** Run a read to its end and return the error it throws (fails the test if none). */
export async function readError(format: SourceFormat, files: SourceFile[], list: string): Promise<{ code?: string; message: string; context?: { file?: string; line?: number } }> {
  try {
    await readFormat(format, files, list);
  } catch (err) {
    return err as { code?: string; message: string; context?: { file?: string; line?: number } };
  }
  throw new Error('expected the read to fail');
}

/**
 * The facts every OFAC format carries, in a comparable form: order-insensitive lists, sorted keys,
 * names in Latin script only (the Enhanced XML adds native-script names the others lack),
 * relations by name (only the XML formats give their ids and roles).
 */
export function comparable(e: Entity, opts: { properties?: boolean } = {}): Record<string, unknown> {
  const sorted = (v: unknown[]) => v.map((x) => JSON.stringify(x, Object.keys(x as object).sort())).sort();
  const props = Object.fromEntries(Object.entries(e.properties ?? {}).sort(([a], [b]) => a.localeCompare(b)));
  return {
    id: e.id,
    schema: e.schema,
    names: sorted(e.names.filter((n) => !n.lang || n.lang === 'Latn')),
    birthDates: sorted(e.birthDates),
    birthPlaces: [...e.birthPlaces].sort(),
    nationalities: [...e.nationalities].sort(),
    citizenships: [...e.citizenships].sort(),
    gender: e.gender,
    identifiers: sorted(e.identifiers),
    programs: [...e.programs].sort(),
    relations: e.relations.map((r) => `${r.kind}:${r.name}`).sort(),
    countries: [...e.countries].sort(),
    ...(opts.properties === false ? {} : { properties: props }),
  };
}

/** How many listings present in both reads have identical comparable facts. */
export function agreement(a: Map<string, Entity>, b: Map<string, Entity>, opts: { properties?: boolean } = {}): { shared: number; same: number; differing: string[] } {
  let shared = 0;
  let same = 0;
  const differing: string[] = [];
  for (const [id, e] of a) {
    const x = b.get(id);
    if (!x) continue;
    shared++;
    if (JSON.stringify(comparable(x, opts)) === JSON.stringify(comparable(e, opts))) same++;
    else differing.push(id);
  }
  return { shared, same, differing };
}

/** Read `files` with the format directly (no detect) and return the error it throws, if any. */
export async function readDirectError(format: SourceFormat, files: SourceFile[], list: string): Promise<{ code?: string; message: string } | undefined> {
  try {
    for await (const e of format.read(files, { list })) void e;
  } catch (err) {
    return err as { code?: string; message: string };
  }
  return undefined;
}
