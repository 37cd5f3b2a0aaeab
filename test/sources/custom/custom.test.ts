import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customList } from '../../../src/sources/custom/definition.js';
import { expectFailure, expectNotDetected, readList, readWithFormat } from '../../support/read-list.js';

const FIX = join(import.meta.dirname, '../../fixtures/custom');

describe('custom in-house list CSV', () => {
  it('maps every documented column', async () => {
    const { entities, byId } = await readList(customList, join(FIX, 'custom-list.csv'));
    expect(entities.map((e) => e.id)).toEqual(['custom:C-001', 'custom:C-002', 'custom:line-4']);
    const p = byId.get('custom:C-001')!;
    expect(p.schema).toBe('Person');
    expect(p.names).toEqual([
      { full: 'John Q. Tester', kind: 'primary' },
      { full: 'Johnny Tester', kind: 'alias' },
      { full: 'J. Q. Tester', kind: 'alias' },
    ]);
    expect(p.birthDates).toEqual([{ value: '1970-01-02' }]);
    expect(p.nationalities).toEqual(['GB', 'IE']);
    expect(p.identifiers).toEqual([{ type: 'passport', value: '123456789', country: 'GB' }]);
    expect(p.programs).toEqual(['internal-fraud']);
    expect(p.remarks).toBe('Exited 2024 for fraud');
    expect(p.sources[0]).toMatchObject({ list: 'custom', sourceId: 'C-001' });
    const c = byId.get('custom:C-002')!;
    expect(c.schema).toBe('Company');
    expect(c.countries).toEqual(['CY']);
    expect(byId.get('custom:line-4')!.schema).toBe('LegalEntity');
    expect(byId.get('custom:line-4')!.birthDates).toEqual([{ value: '1980' }]);
  });

  it('is recognised by its header, not its name', async () => {
    await expectNotDetected(customList, join(FIX, 'unknown-column.csv'), join(import.meta.dirname, '../../fixtures/uk-ofsi/ConList.csv'));
  });

  it.each([
    ['bad-dob.csv', 'dob', 2],
    ['bad-type.csv', 'type', 2],
    ['bad-country.csv', 'country', 2],
    ['duplicate-id.csv', 'id', 3],
    ['no-name.csv', 'name', 2],
  ])('%s fails naming the file, line and column', async (file, field, line) => {
    const err = await expectFailure(readWithFormat(customList, 'csv', join(FIX, file)), 'E_PARSE', file);
    expect(err.context).toMatchObject({ line, field });
    expect(err.message).toContain(`${file}:${line}`);
    expect(err.message).toContain(`column ${field}`);
  });

  it('rejects unknown columns', async () => {
    const err = await expectFailure(readWithFormat(customList, 'csv', join(FIX, 'unknown-column.csv')), 'E_FORMAT', 'unknown-column.csv');
    expect(err.context.field).toBe('colour');
  });
});
