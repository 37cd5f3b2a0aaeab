import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { usBisDpl } from '../../../src/sources/us-bis-dpl/definition.js';
import { expectFailure, expectNotDetected, readList, readWithFormat, describeRealList } from '../../support/read-list.js';

const FIX = join(import.meta.dirname, '../../fixtures/us-bis-dpl');

describe('BIS Denied Persons List on a hand-written fixture', () => {
  it('joins the address rows of one denial order', async () => {
    const { entities, byId } = await readList(usBisDpl, join(FIX, 'dpl.txt'));
    expect(entities.map((e) => e.id)).toEqual(['us-bis-dpl:john-q-tester/2022-08-24', 'us-bis-dpl:test-trading-llc/2002-03-04']);
    const j = byId.get('us-bis-dpl:john-q-tester/2022-08-24')!;
    expect(j.schema).toBe('LegalEntity');
    expect(j.names).toEqual([{ full: 'JOHN Q. TESTER', kind: 'primary' }]);
    expect(j.addresses).toEqual([{ full: '1 TEST AVENUE, EL PASO, TX, 79905, US', street: '1 TEST AVENUE', city: 'EL PASO', region: 'TX', postalCode: '79905', country: 'US' }]);
    expect(j.sources[0]).toMatchObject({ list: 'us-bis-dpl', listedOn: '2022-08-24', programs: ['DPL'] });
    expect(byId.get('us-bis-dpl:test-trading-llc/2002-03-04')!.addresses.map((a) => a.city)).toEqual(['DUBAI', 'SHARJAH']);
  });

  it('refuses other files and fails clearly on broken ones', async () => {
    await expectNotDetected(usBisDpl, join(FIX, 'not-dpl.txt'), join(FIX, 'utf16.txt'));
    await expectFailure(readWithFormat(usBisDpl, 'txt', join(FIX, 'not-dpl.txt')), 'E_FORMAT', 'not-dpl.txt');
    await expectFailure(readWithFormat(usBisDpl, 'txt', join(FIX, 'broken-quote.txt')), 'E_PARSE', 'broken-quote.txt');
    await expectFailure(readWithFormat(usBisDpl, 'txt', join(FIX, 'utf16.txt')), 'E_ENCODING', 'utf16.txt');
  });
});

describeRealList('BIS Denied Persons List 2022-09 (real file)', usBisDpl, 'us-bis-dpl/dpl_2022-09.txt', (read) => {
  it('reads 581 rows into 460 denial orders', () => {
    const rows = read.entities.reduce((n, e) => n + (e.sources[0]!.raw as { rows: unknown[] }).rows.length, 0);
    expect(rows).toBe(581);
    expect(read.entities).toHaveLength(460);
  });

  it('maps AARON ABRAHAM VILLA', () => {
    const e = read.byId.get('us-bis-dpl:aaron-abraham-villa/2022-08-24')!;
    expect(e.names).toEqual([{ full: 'AARON ABRAHAM VILLA', kind: 'primary' }]);
    expect(e.addresses[0]).toMatchObject({ street: '3415 RIVERA AVENUE', city: 'EL PASO', region: 'TX', postalCode: '79905' });
    expect(e.sources[0]!.listedOn).toBe('2022-08-24');
    expect(e.remarks).toContain('87 F.R. 52741');
  });
});
