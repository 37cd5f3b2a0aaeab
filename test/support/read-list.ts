/**
 * Test harness shared by the list adapter tests (UN, EU, UK, CA, AU, CH, US, OpenSanctions,
 * custom): detect a list's format among the given files the way `criba update --from DIR` does,
 * then read every entity.
 */
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { CribaError } from '../../src/errors.js';
import { isIsoPartial } from '../../src/model/date.js';
import type { Entity } from '../../src/model/entity.js';
import type { ListDefinition, SourceFile, SourceMetadata, SourceWarning } from '../../src/sources/types.js';
import { describeWithLists, listPath } from './data.js';

export function sourceFile(path: string): SourceFile {
  return { name: basename(path), path, size: statSync(path).size };
}

export interface ListRead {
  format: string;
  entities: Entity[];
  byId: Map<string, Entity>;
  warnings: SourceWarning[];
  /** What the file reported about itself (publication date, declared count), merged. */
  metadata: SourceMetadata;
}

export async function readList(def: ListDefinition, ...paths: string[]): Promise<ListRead> {
  const files = paths.map(sourceFile);
  for (const format of def.formats) {
    const picked = await format.detect(files);
    if (!picked) continue;
    const entities: Entity[] = [];
    const warnings: SourceWarning[] = [];
    const metadata: SourceMetadata = {};
    const ctx = { list: def.id, onWarning: (w: SourceWarning) => warnings.push(w), onMetadata: (m: SourceMetadata) => Object.assign(metadata, m) };
    for await (const e of format.read(picked, ctx)) entities.push(e);
    return { format: format.id, entities, byId: new Map(entities.map((e) => [e.id, e])), warnings, metadata };
  }
  throw new Error(`no format of ${def.id} recognised ${paths.join(', ')}`);
}

/** Read a file with one named format, skipping detection (to test malformed input). */
export async function readWithFormat(def: ListDefinition, formatId: string, path: string): Promise<Entity[]> {
  const format = def.formats.find((f) => f.id === formatId);
  if (!format) throw new Error(`${def.id} has no format ${formatId}`);
  const out: Entity[] = [];
  for await (const e of format.read([sourceFile(path)], { list: def.id })) out.push(e);
  return out;
}

/** Expect reading to fail with a CribaError of this code that names the file. */
export async function expectFailure(promise: Promise<unknown>, code: string, file: string): Promise<CribaError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err, 'reading should fail').toBeInstanceOf(CribaError);
  const ce = err as CribaError;
  expect(ce.code).toBe(code);
  expect(ce.message).toContain(basename(file));
  return ce;
}

/** Every format of the list refuses these files (wrong format). */
export async function expectNotDetected(def: ListDefinition, ...paths: string[]): Promise<void> {
  const files = paths.map(sourceFile);
  for (const format of def.formats) expect(await format.detect(files), `${def.id}/${format.id}`).toBeUndefined();
}

/**
 * Model invariants every adapter must keep on real data: trimmed single-spaced non-empty names,
 * valid partial ISO dates, ISO alpha-2 countries, trimmed identifier values, unique ids. Entities
 * without names are allowed only when the read reported a warning for them.
 */
export function expectWellFormed(read: ListRead): void {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const e of read.entities) {
    if (ids.has(e.id)) problems.push(`${e.id}: duplicate id`);
    ids.add(e.id);
    if (e.names.length === 0 && !read.warnings.some((w) => w.record === e.sources[0]?.sourceId)) problems.push(`${e.id}: no name and no warning`);
    for (const n of e.names) if (!n.full || n.full !== n.full.trim() || /\s{2,}/.test(n.full)) problems.push(`${e.id}: name "${n.full}"`);
    for (const d of e.birthDates) if (!isIsoPartial(d.value) || (d.to !== undefined && !isIsoPartial(d.to))) problems.push(`${e.id}: date ${JSON.stringify(d)}`);
    const countries = [...e.nationalities, ...e.citizenships, ...e.countries, ...e.addresses.flatMap((a) => (a.country ? [a.country] : [])), ...e.identifiers.flatMap((i) => (i.country ? [i.country] : []))];
    for (const c of countries) if (!/^[A-Z]{2}$/.test(c)) problems.push(`${e.id}: country ${c}`);
    for (const i of e.identifiers) if (!i.value || i.value !== i.value.trim()) problems.push(`${e.id}: identifier "${i.value}"`);
  }
  expect(problems.slice(0, 10)).toEqual([]);
}

/**
 * describe() over one real list file under CRIBA_LISTS_DIR (skipped, loudly, without it): reads
 * the file once, checks the model invariants (`expectWellFormed`), and gives the block's own tests
 * the read.
 */
export function describeRealList(name: string, def: ListDefinition, file: string, fn: (read: ListRead) => void): void {
  describeWithLists(name, [file], () => {
    // filled in before the block's tests run
    const read = {} as ListRead;
    beforeAll(async () => {
      Object.assign(read, await readList(def, listPath(file)));
    });

    it('entities are well-formed', () => expectWellFormed(read));

    fn(read);
  });
}
