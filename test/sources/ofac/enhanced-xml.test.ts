import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ofacCons, ofacSdn } from '../../../src/sources/ofac/definition.js';
import { describeWithLists, listPath } from '../../support/data.js';
import { agreement, comparable, FIXTURES, formatOf, readError, readFormat, sourceFiles, tempFiles } from './helpers.js';

const consEnhanced = formatOf(ofacCons, 'enhanced-xml');

describe('OFAC Enhanced XML zip (hand-written fixture)', async () => {
  const { entities, byId, warnings } = await readFormat(consEnhanced, sourceFiles(join(FIXTURES, 'enhanced')), 'ofac-cons');

  it('detects CONS_ENHANCED.ZIP / SDN_ENHANCED.ZIP by name in any case', async () => {
    const f = (name: string) => ({ name, path: '/x', size: 1 });
    expect((await consEnhanced.detect([f('cons-enhanced-source.xml'), f('cons_enhanced.zip')]))?.map((x) => x.name)).toEqual(['cons_enhanced.zip']);
    expect(await formatOf(ofacSdn, 'enhanced-xml').detect([f('SDN_ENHANCED.ZIP')])).toHaveLength(1);
    expect(await consEnhanced.detect([f('SDN_ENHANCED.ZIP')])).toBeUndefined();
  });

  it('streams every <entity> out of the zip', () => {
    expect(entities.map((e) => e.id)).toEqual(['ofac-cons:100', 'ofac-cons:107', 'ofac-cons:108']);
    expect(warnings).toEqual([]);
  });

  it('gives the same person as the CSV fixture, plus the native-script name', async () => {
    const csv = await readFormat(formatOf(ofacSdn, 'csv'), sourceFiles(join(FIXTURES, 'csv')), 'ofac-cons');
    const p = byId.get('ofac-cons:100')!;
    expect(comparable(p)).toEqual(comparable(csv.byId.get('ofac-cons:100')!));
    expect(p.names).toContainEqual({ full: 'ТЕСТА РОССИ, Мария Елена', kind: 'native', lang: 'Cyrl' });
    expect(p.names[0]).toEqual({ full: 'TESTA ROSSI, Maria Elena', kind: 'primary', parts: { family: 'TESTA ROSSI', given: 'Maria Elena' } });
    expect(p.sources[0]!.listedOn).toBe('2019-06-01');
  });

  it('maps features, REGION-only addresses and relationships with ids', () => {
    const o = byId.get('ofac-cons:107')!;
    expect(o.countries).toEqual(['PS']);
    expect(o.properties).toEqual({
      website: ['www.example-committee.test'],
      secondarySanctionsRisk: ['section 1(b) of Executive Order 13224, as amended by Executive Order 13886'],
    });
    expect(o.relations).toEqual([{ kind: 'linked', name: 'TESTA ROSSI, Maria Elena', id: 'ofac-cons:100', role: 'Owned or Controlled By' }]);
  });
});

describe('OFAC Enhanced XML vessel (hand-written fixture)', async () => {
  const { byId } = await readFormat(consEnhanced, sourceFiles(join(FIXTURES, 'enhanced')), 'ofac-cons');
  it('reads vessel features and documents like the CSV columns and Remarks', async () => {
    const v = byId.get('ofac-cons:108')!;
    expect(v.schema).toBe('Vessel');
    expect(v.vessel).toEqual({ callSign: '9XYZ1', flag: 'PA', type: 'Crude Oil Tanker', buildYear: '2004' });
    expect(v.countries).toEqual(['PA']);
    expect(v.identifiers.map((i) => [i.type, i.value])).toEqual([
      ['imo', '9123456'],
      ['mmsi', '352000001'],
    ]);
    const csv = await readFormat(formatOf(ofacSdn, 'csv'), sourceFiles(join(FIXTURES, 'csv')), 'ofac-cons');
    const fromCsv = csv.byId.get('ofac-cons:102')!;
    expect(v.identifiers).toEqual(fromCsv.identifiers);
    expect(v.countries).toEqual(fromCsv.countries);
  });
});

describe('OFAC Enhanced XML bad input', () => {
  const bad = (dir: string) => sourceFiles(join(FIXTURES, 'enhanced-bad', dir));

  it('an XML cut off inside the zip is E_PARSE naming the zip entry and the line', async () => {
    const err = await readError(consEnhanced, bad('xml-cut'), 'ofac-cons');
    expect(err.code).toBe('E_PARSE');
    expect(err.context?.file).toBe('CONS_ENHANCED.ZIP:CONS_ENHANCED.XML');
    expect(err.context?.line).toBe(152);
  });

  it('a zip cut in half fails with an error naming the zip', async () => {
    const err = await readError(consEnhanced, bad('zip-cut'), 'ofac-cons');
    expect(['E_FORMAT', 'E_PARSE']).toContain(err.code);
    expect(err.message).toContain('CONS_ENHANCED.ZIP');
  });

  it('a Latin-1 XML inside the zip is E_ENCODING with the line', async () => {
    const err = await readError(consEnhanced, bad('latin1'), 'ofac-cons');
    expect(err.code).toBe('E_ENCODING');
    expect(err.context?.line).toBe(162);
  });

  it('XML (not zipped) under the zip name is E_FORMAT; an empty file is E_EMPTY', async () => {
    const notZip = await readError(consEnhanced, tempFiles({ 'CONS_ENHANCED.ZIP': '<?xml version="1.0"?><sanctionsData/>' }).files, 'ofac-cons');
    expect(notZip.code).toBe('E_FORMAT');
    expect(notZip.message).toContain('CONS_ENHANCED.ZIP');
    expect((await readError(consEnhanced, tempFiles({ 'CONS_ENHANCED.ZIP': '' }).files, 'ofac-cons')).code).toBe('E_EMPTY');
  });
});

describeWithLists('OFAC CONS_ENHANCED.ZIP 2025-01-10 (real)', ['ofac/cons-enhanced-2025-01-10/CONS_ENHANCED.ZIP', 'ofac/cons-2025-12/cons_prim.csv'], () => {
  it('reads 443 entities and agrees with the CSV on the listings in both', async () => {
    const enhanced = await readFormat(consEnhanced, sourceFiles(listPath('ofac/cons-enhanced-2025-01-10')), 'ofac-cons');
    expect(enhanced.entities).toHaveLength(443);
    const csv = await readFormat(formatOf(ofacCons, 'csv'), sourceFiles(listPath('ofac/cons-2025-12')), 'ofac-cons');
    // HANIYA (9639): names, DOB 1962, POB Shati, program NS-PLC — the same in both formats
    expect(comparable(enhanced.byId.get('ofac-cons:9639')!)).toEqual(comparable(csv.byId.get('ofac-cons:9639')!));
    const haniya = enhanced.byId.get('ofac-cons:9639')!;
    expect(haniya.birthDates).toEqual([{ value: '1962' }]);
    expect(haniya.birthPlaces).toEqual(['Shati']);
    // The files are eleven months apart and the Enhanced XML words some directives differently:
    // compare without the free-text properties
    const { shared, same } = agreement(csv.byId, enhanced.byId, { properties: false });
    expect(shared).toBeGreaterThan(430);
    expect(same / shared).toBeGreaterThan(0.85);
  });
});
