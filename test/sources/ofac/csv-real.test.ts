/**
 * The CSV adapter on the real OFAC files in CRIBA_LISTS_DIR. Expected figures were checked against
 * the files independently (Python's csv module: rows per file, distinct aliases).
 */
import { expect, it } from 'vitest';
import { ofacCons, ofacSdn } from '../../../src/sources/ofac/definition.js';
import { describeWithLists, listPath } from '../../support/data.js';
import { formatOf, readFormat, sourceFiles, type ReadResult } from './helpers.js';

const sdnCsv = formatOf(ofacSdn, 'csv');
const consCsv = formatOf(ofacCons, 'csv');

describeWithLists('OFAC SDN CSV trio 2022-01-21 (real)', ['ofac/sdn-2022-01-21/sdn.csv'], () => {
  let r: ReadResult;
  it('reads one entity per sdn.csv record: 9,044', async () => {
    r = await readFormat(sdnCsv, sourceFiles(listPath('ofac/sdn-2022-01-21')), 'ofac-sdn');
    expect(r.entities).toHaveLength(9044);
    expect(new Set(r.entities.map((e) => e.id)).size).toBe(9044);
  });

  it('attaches every alt.csv row (12,409 aliases) and the add.csv addresses', () => {
    const altNames = r.entities.reduce((n, e) => n + e.names.filter((x) => x.kind === 'alias' || x.kind === 'former').length, 0);
    expect(altNames).toBe(12409);
    const addresses = r.entities.reduce((n, e) => n + e.addresses.length, 0);
    expect(addresses).toBe(11297); // add.csv rows with any of address, city, country
  });

  it('33950 LUNA MEZA, Osiris: DOB, POB, nationality, passport, national id', () => {
    const e = r.byId.get('ofac-sdn:33950')!;
    expect(e.schema).toBe('Person');
    expect(e.names[0]).toEqual({ full: 'LUNA MEZA, Osiris', kind: 'primary', parts: { family: 'LUNA MEZA', given: 'Osiris' } });
    expect(e.programs).toEqual(['GLOMAG']);
    expect(e.birthDates).toEqual([{ value: '1989-02-08' }]);
    expect(e.birthPlaces).toEqual(['San Salvador, El Salvador']);
    expect(e.nationalities).toEqual(['SV']);
    expect(e.gender).toBe('male');
    expect(e.identifiers).toContainEqual({ type: 'passport', value: 'A04056212', country: 'SV', label: 'Passport', note: 'expires 11 Aug 2020' });
    expect(e.identifiers).toContainEqual({ type: 'national-id', value: '040562123', country: 'SV', label: 'National ID No.' });
  });

  it('33959 MARROQUIN CHICA, Carlos Amilcar: DOB May 1986', () => {
    const e = r.byId.get('ofac-sdn:33959')!;
    expect(e.names[0]!.parts).toEqual({ family: 'MARROQUIN CHICA', given: 'Carlos Amilcar' });
    expect(e.birthDates).toEqual([{ value: '1986-05' }]);
  });

  it('15412 MS-13 with alias MARA SALVATRUCHA', () => {
    const e = r.byId.get('ofac-sdn:15412')!;
    expect(e.schema).toBe('Organization');
    expect(e.names[0]!.full).toBe('MS-13');
    expect(e.names).toContainEqual({ full: 'MARA SALVATRUCHA', kind: 'alias' });
    expect(e.programs).toEqual(['TCO']);
    expect(e.countries).toContain('SV');
  });

  it('schemas follow SDN_Type', () => {
    const count = (s: string) => r.entities.filter((e) => e.schema === s).length;
    expect([count('Person'), count('Organization'), count('Vessel'), count('Aircraft')]).toEqual([4643, 3701, 420, 280]);
  });
});

describeWithLists('OFAC SDN CSV 2021-07-07 with sdn_comments.csv (real)', ['ofac/sdn-2021-07-07/sdn_comments.csv'], () => {
  it('reads 8,976 entities and joins the Remarks spill-over', async () => {
    const r = await readFormat(sdnCsv, sourceFiles(listPath('ofac/sdn-2021-07-07')), 'ofac-sdn');
    expect(r.entities).toHaveLength(8976);
    // 28263's Remarks stop at "a.k.a. 'snowsjo" in sdn.csv; sdn_comments.csv carries "hn'; Linked To: LAZARUS GROUP."
    const e = r.byId.get('ofac-sdn:28263')!;
    expect(e.names.filter((n) => n.kind === 'weak').map((n) => n.full)).toContain('snowsjohn');
    expect(e.relations).toContainEqual({ kind: 'linked', name: 'LAZARUS GROUP' });
  });
});

describeWithLists('OFAC SDN CSV 2024-05-03, sdn.csv alone (real)', ['ofac/sdn-2024-05-03/sdn.csv'], () => {
  it('reads 14,965 entities; truncated Remarks are warned about, not lost', async () => {
    const r = await readFormat(sdnCsv, sourceFiles(listPath('ofac/sdn-2024-05-03')), 'ofac-sdn');
    expect(r.entities).toHaveLength(14965);
    const tian = r.byId.get('ofac-sdn:28263')!;
    expect(tian.names.map((n) => n.full)).not.toContain('snowsjo');
    expect(r.warnings.some((w) => w.record === '28263' && w.message.includes("a.k.a. 'snowsjo"))).toBe(true);
  });
});

describeWithLists('OFAC consolidated CSV 2025-12 (real)', ['ofac/cons-2025-12/cons_prim.csv'], () => {
  it('reads 442 entities with ofac-cons ids', async () => {
    const r = await readFormat(consCsv, sourceFiles(listPath('ofac/cons-2025-12')), 'ofac-cons');
    expect(r.entities).toHaveLength(442);
    expect(r.entities.every((e) => e.id.startsWith('ofac-cons:'))).toBe(true);
    expect(r.entities.filter((e) => e.schema === 'Person')).toHaveLength(79);
    expect(r.byId.get('ofac-cons:9639')!.birthDates).toEqual([{ value: '1962' }]);
  });
});
