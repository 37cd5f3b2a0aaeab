import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import { ofacCons, ofacSdn } from '../../../src/sources/ofac/definition.js';
import { periodToDate } from '../../../src/sources/ofac/advanced-xml-mapper.js';
import type { XmlElement } from '../../../src/sources/common/xml-records.js';
import { describeWithLists, listPath } from '../../support/data.js';
import { agreement, comparable, FIXTURES, formatOf, readDirectError, readError, readFormat, sourceFiles, tempFiles } from './helpers.js';

const sdnAdvanced = formatOf(ofacSdn, 'advanced-xml');
const consAdvanced = formatOf(ofacCons, 'advanced-xml');

/** A small XML snippet as an element tree, for the date-period unit tests. */
function tree(xml: string): XmlElement {
  const parser = new SaxesParser();
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('opentag', (t) => {
    const el: XmlElement = { name: t.name, attrs: t.attributes as Record<string, string>, text: '', children: [] };
    stack.at(-1)?.children.push(el);
    stack.push(el);
    root ??= el;
  });
  parser.on('text', (t) => {
    if (stack.length) stack.at(-1)!.text += t.trim();
  });
  parser.on('closetag', () => stack.pop());
  parser.write(xml).close();
  return root!;
}

const period = (from: string, to: string, approximate = false) => {
  const d = (iso: string) => {
    const [y, m, day] = iso.split('-');
    return `<Year>${y}</Year><Month>${Number(m)}</Month><Day>${Number(day)}</Day>`;
  };
  const a = `Approximate="${approximate}"`;
  return tree(`<DatePeriod><Start ${a}><From>${d(from)}</From><To>${d(from)}</To></Start><End ${a}><From>${d(to)}</From><To>${d(to)}</To></End></DatePeriod>`);
};

describe('Advanced XML date periods', () => {
  it.each([
    ['1989-02-08', '1989-02-08', false, { value: '1989-02-08' }],
    ['1962-01-01', '1962-12-31', false, { value: '1962' }],
    ['1986-05-01', '1986-05-31', false, { value: '1986-05' }],
    ['1960-01-01', '1962-12-31', false, { value: '1960', to: '1962' }],
    ['1962-03-01', '1963-02-28', false, { value: '1962-03', to: '1963-02' }],
    ['1951-01-01', '1951-12-31', true, { value: '1951', circa: true }],
  ])('%s … %s (approximate %s)', (from, to, approximate, expected) => {
    expect(periodToDate(period(from, to, approximate))).toEqual(expected);
  });
});

describe('OFAC Advanced XML (hand-written fixture)', async () => {
  const { entities, byId, warnings } = await readFormat(sdnAdvanced, sourceFiles(join(FIXTURES, 'advanced')), 'ofac-sdn');

  it('detects SDN_ADVANCED.XML / CONS_ADVANCED.XML by name in any case', async () => {
    const f = (name: string) => ({ name, path: '/x', size: 1 });
    expect(await sdnAdvanced.detect([f('sdn_advanced.xml')])).toHaveLength(1);
    expect(await consAdvanced.detect([f('CONS_ADVANCED.XML')])).toHaveLength(1);
    expect(await sdnAdvanced.detect([f('SDN.XML')])).toBeUndefined();
    const other = tempFiles({ 'SDN_ADVANCED.XML': '<?xml version="1.0"?><sdnList><sdnEntry/></sdnList>' });
    expect(await sdnAdvanced.detect(other.files)).toBeUndefined();
    expect(await sdnAdvanced.detect(sourceFiles(join(FIXTURES, 'advanced')))).toHaveLength(1);
  });

  it('reads every DistinctParty, resolving reference values', () => {
    expect(entities.map((e) => [e.id, e.schema])).toEqual([
      ['ofac-sdn:100', 'Person'],
      ['ofac-sdn:101', 'Organization'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('gives the same person as the CSV fixture (names, dates, ids, countries, programs)', async () => {
    const csv = await readFormat(formatOf(ofacSdn, 'csv'), sourceFiles(join(FIXTURES, 'csv')), 'ofac-sdn');
    expect(comparable(byId.get('ofac-sdn:100')!, { properties: false })).toEqual(comparable(csv.byId.get('ofac-sdn:100')!, { properties: false }));
  });

  it('adds programs, listing date and relationships found after the parties', () => {
    const p = byId.get('ofac-sdn:100')!;
    expect(p.programs).toEqual(['SDGT', 'IFSR']);
    expect(p.sources[0]!.listedOn).toBe('2019-06-01');
    expect(p.relations).toEqual([{ kind: 'linked', name: 'EXAMPLE TRADING S.A.', id: 'ofac-sdn:101', role: 'Owned or Controlled By', direction: 'to' }]);
    expect(p.addresses).toEqual([{ full: 'Calle Falsa 123, Sevilla, 41001, Spain', street: 'Calle Falsa 123', city: 'Sevilla', postalCode: '41001', country: 'ES' }]);
    const o = byId.get('ofac-sdn:101')!;
    expect(o.countries).toEqual(['PA']);
    expect(o.properties?.website).toEqual(['www.example-trading.test']);
    // a DATE feature: its value is the date period, printed as OFAC prints dates
    expect(o.properties?.incorporationDate).toEqual(['17 Oct 1990']);
  });
});

describe('OFAC Advanced XML bad input', () => {
  const text = readFileSync(join(FIXTURES, 'advanced', 'SDN_ADVANCED.XML'), 'utf8');

  it('a file cut inside the parties is E_PARSE naming the file and line', async () => {
    const cut = text.slice(0, text.indexOf('<DistinctParty FixedRef="101">') + 40);
    const err = await readError(sdnAdvanced, tempFiles({ 'SDN_ADVANCED.XML': cut }).files, 'ofac-sdn');
    expect(err.code).toBe('E_PARSE');
    expect(err.context?.file).toBe('SDN_ADVANCED.XML');
    expect(err.context?.line).toBeGreaterThan(200);
  });

  it('an sdnList file under the Advanced name is E_FORMAT; an empty file is E_EMPTY', async () => {
    // detect() does not claim it (see above); read() on it directly still refuses it clearly
    const other = await readDirectError(sdnAdvanced, tempFiles({ 'SDN_ADVANCED.XML': '<?xml version="1.0"?><sdnList><sdnEntry/></sdnList>' }).files, 'ofac-sdn');
    expect(other?.code).toBe('E_FORMAT');
    expect((await readError(sdnAdvanced, tempFiles({ 'SDN_ADVANCED.XML': '' }).files, 'ofac-sdn')).code).toBe('E_EMPTY');
  });
});

describeWithLists('OFAC cons_advanced.xml 2020-03-17 (real)', ['ofac/cons-advanced-2020-03-17/cons_advanced.xml', 'ofac/cons-2025-12/cons_prim.csv'], () => {
  it('reads 375 distinct parties; the same listing reads the same as in the CSV', async () => {
    const adv = await readFormat(consAdvanced, sourceFiles(listPath('ofac/cons-advanced-2020-03-17')), 'ofac-cons');
    expect(adv.entities).toHaveLength(375);
    expect(new Set(adv.entities.map((e) => e.id)).size).toBe(375);
    const csv = await readFormat(formatOf(ofacCons, 'csv'), sourceFiles(listPath('ofac/cons-2025-12')), 'ofac-cons');
    // HANIYA (9639): unchanged between 2020 and 2025
    expect(comparable(adv.byId.get('ofac-cons:9639')!, { properties: false })).toEqual(comparable(csv.byId.get('ofac-cons:9639')!, { properties: false }));
    const haniya = adv.byId.get('ofac-cons:9639')!;
    expect(haniya.birthDates).toEqual([{ value: '1962' }]);
    expect(haniya.sources[0]!.listedOn).toBe('2006-04-12');
    // The files are five years apart: names were re-cased and aliases, programs and ids added
    // since, so whole listings rarely agree; the facts that do not change over time must.
    let shared = 0;
    const stable = { schema: 0, birthDates: 0, birthPlaces: 0, primaryName: 0 };
    for (const [id, c] of csv.byId) {
      const a = adv.byId.get(id);
      if (!a) continue;
      shared++;
      if (a.schema === c.schema) stable.schema++;
      if (JSON.stringify(a.birthDates) === JSON.stringify(c.birthDates)) stable.birthDates++;
      if (JSON.stringify(a.birthPlaces) === JSON.stringify(c.birthPlaces)) stable.birthPlaces++;
      if (a.names[0]!.full.toUpperCase() === c.names[0]!.full.toUpperCase()) stable.primaryName++;
    }
    expect(shared).toBeGreaterThan(300);
    expect(stable.schema).toBe(shared);
    expect(stable.birthDates / shared).toBeGreaterThan(0.98);
    expect(stable.birthPlaces / shared).toBeGreaterThan(0.98);
    expect(stable.primaryName / shared).toBeGreaterThan(0.6);
    // (party memberships such as "HAMAS - Hebron" are Remarks in the CSV and absent from this file)
    expect(agreement(csv.byId, adv.byId, { properties: false }).same).toBeGreaterThan(30);
  });
});
