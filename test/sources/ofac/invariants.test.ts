/**
 * Invariants every OFAC format must keep on the real files: unique ids of the list's form, a
 * primary name first, valid partial dates, ISO country codes, typed identifiers, a source record.
 */
import { expect, it } from 'vitest';
import { isIsoPartial, SCHEMAS, type Entity } from '../../../src/model/index.js';
import { countryName } from '../../../src/model/country.js';
import { ofacCons, ofacSdn } from '../../../src/sources/ofac/definition.js';
import { describeWithLists, listPath } from '../../support/data.js';
import { formatOf, readFormat, sourceFiles } from './helpers.js';

const ISO2 = /^[A-Z]{2}$/;

/** Path of the first value that JSON would not keep as is (undefined, NaN, class instances), if any. */
function nonJsonPath(value: unknown, path = ''): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = nonJsonPath(value[i], `${path}[${i}]`);
      if (p) return p;
    }
    return undefined;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) {
      const p = nonJsonPath(v, `${path}.${k}`);
      if (p) return p;
    }
    return undefined;
  }
  return path || '(root)';
}

/** Violations of the invariants by one entity, as readable strings (plain checks: fast on 15k entities). */
function violations(e: Entity, list: string): string[] {
  const out: string[] = [];
  const bad = (what: string) => out.push(`${e.id}: ${what}`);
  if (!new RegExp(`^${list}:\\d+$`).test(e.id)) bad('id form');
  if (!SCHEMAS.includes(e.schema)) bad(`schema ${e.schema}`);
  if (e.names[0]?.kind !== 'primary') bad('primary name not first');
  if (e.names.filter((n) => n.kind === 'primary').length !== 1) bad('not exactly one primary name');
  for (const n of e.names) if (!n.full || n.full.trim() !== n.full) bad(`name ${JSON.stringify(n.full)}`);
  for (const d of e.birthDates) {
    if (!isIsoPartial(d.value)) bad(`birth date ${d.value}`);
    if (d.to !== undefined && (!isIsoPartial(d.to) || d.to < d.value)) bad(`birth date range ${d.value} to ${d.to}`);
  }
  const codes = [...e.nationalities, ...e.citizenships, ...e.countries, ...e.addresses.flatMap((a) => (a.country ? [a.country] : []))];
  for (const c of codes) if (!ISO2.test(c) || !countryName(c)) bad(`country ${c}`);
  for (const i of e.identifiers) {
    if (!i.value.trim()) bad(`empty ${i.type}`);
    if (i.country && !ISO2.test(i.country)) bad(`identifier country ${i.country}`);
  }
  if (e.schema !== 'Person' && e.gender) bad('gender on a non-person');
  const notJson = nonJsonPath(e);
  if (notJson) bad(`not plain JSON data at ${notJson}`);
  if (e.sources.length !== 1 || e.sources[0]!.list !== list || e.id !== `${list}:${e.sources[0]!.sourceId}` || !e.sources[0]!.raw) bad('source');
  return out;
}

const cases = [
  ['SDN CSV 2022-01-21', ofacSdn, 'csv', 'ofac/sdn-2022-01-21', 'ofac-sdn'],
  ['consolidated CSV 2025-12', ofacCons, 'csv', 'ofac/cons-2025-12', 'ofac-cons'],
  ['consolidated.xml 2025-03-28', ofacCons, 'sdn-xml', 'ofac/cons-xml-2025-03-28', 'ofac-cons'],
  ['CONS_ENHANCED.ZIP 2025-01-10', ofacCons, 'enhanced-xml', 'ofac/cons-enhanced-2025-01-10', 'ofac-cons'],
  ['cons_advanced.xml 2020-03-17', ofacCons, 'advanced-xml', 'ofac/cons-advanced-2020-03-17', 'ofac-cons'],
] as const;

describeWithLists('OFAC entity invariants on every real file', cases.map((c) => `${c[3]}`), () => {
  for (const [label, def, format, dir, list] of cases) {
    it(label, async () => {
      const { entities } = await readFormat(formatOf(def, format), sourceFiles(listPath(dir)), list);
      expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
      expect(entities.flatMap((e) => violations(e, list))).toEqual([]);
    });
  }
});
