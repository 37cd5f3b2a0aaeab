import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caSema } from '../../../src/sources/canada/definition.js';
import { expectFailure, expectNotDetected, readList, readWithFormat, describeRealList } from '../../support/read-list.js';

const FIX = join(import.meta.dirname, '../../fixtures/canada');

describe('Canada SEMA XML on a hand-written fixture', () => {
  it('maps persons, ships and entities', async () => {
    const { entities, byId } = await readList(caSema, join(FIX, 'sema-lmes.xml'));
    expect(entities.map((e) => e.id)).toEqual(['ca-sema:russia/1-part-1/901', 'ca-sema:russia/1.1/901', 'ca-sema:belarus/1-part-2/901']);
    const p = byId.get('ca-sema:russia/1-part-1/901')!;
    expect(p.schema).toBe('Person');
    expect(p.names).toEqual([
      { full: 'Pyotr Ivanovich Testov', kind: 'primary', parts: { given: 'Pyotr Ivanovich', family: 'Testov' } },
      { full: 'Petr Testoff', kind: 'alias' },
      { full: 'Пётр Иванович Тестов', kind: 'native', lang: 'russian' },
    ]);
    expect(p.birthDates).toEqual([{ value: '1965-04-29' }, { value: '1966' }]);
    expect(p.positions).toEqual(['Governor']);
    expect(p.programs).toEqual(['Russia']);
    expect(p.sources[0]).toMatchObject({ list: 'ca-sema', listedOn: '2022-02-24', raw: { Item: '901', Schedule: '1, Part 1' } });
    const ship = byId.get('ca-sema:russia/1.1/901')!;
    expect(ship.schema).toBe('Vessel');
    expect(ship.birthDates).toEqual([]);
    expect(ship.vessel).toEqual({ type: 'Oil Tanker', buildYear: '2001' });
    expect(ship.identifiers).toEqual([{ type: 'imo', value: '9000003', label: 'ShipIMONumber' }]);
    expect(byId.get('ca-sema:belarus/1-part-2/901')!.schema).toBe('Organization');
  });

  it('refuses other XML and fails clearly on broken files', async () => {
    await expectNotDetected(caSema, join(import.meta.dirname, '../../fixtures/un/consolidated.xml'));
    await expectFailure(readWithFormat(caSema, 'xml', join(FIX, 'truncated.xml')), 'E_PARSE', 'truncated.xml');
    await expectFailure(readWithFormat(caSema, 'xml', join(FIX, 'nameless.xml')), 'E_PARSE', 'nameless.xml');
    await expectFailure(readWithFormat(caSema, 'xml', join(import.meta.dirname, '../../fixtures/un/consolidated.xml')), 'E_FORMAT', 'consolidated.xml');
  });
});

describeRealList('Canada SEMA 2025-05 (real file)', caSema, 'canada/sema_2025-05.xml', (read) => {
  it('reads 4,759 records with unique ids', () => {
    expect(read.entities).toHaveLength(4759);
    expect(read.byId.size).toBe(4759);
    expect(read.entities.filter((e) => e.schema === 'Person')).toHaveLength(3334);
    expect(read.entities.filter((e) => e.schema === 'Vessel')).toHaveLength(109);
  });

  it('maps Aleksandr Lukashenko (Belarus, schedule 1 part 1, item 8)', () => {
    const e = read.byId.get('ca-sema:belarus/1-part-1/8')!;
    expect(e.names[0]).toEqual({ full: 'Aleksandr Grigoryevich Lukashenko', kind: 'primary', parts: { given: 'Aleksandr Grigoryevich', family: 'Lukashenko' } });
    expect(e.birthDates).toEqual([{ value: '1954-08-30' }]);
    expect(e.programs).toEqual(['Belarus']);
    expect(e.sources[0]!.listedOn).toBe('2020-09-28');
  });

  it('keeps original-script aliases with their language', () => {
    const e = read.entities.find((x) => x.names.some((n) => n.full === 'Руслан Хикметович МАШАДИЕВ'))!;
    expect(e.names).toContainEqual({ full: 'Руслан Хикметович МАШАДИЕВ', kind: 'native', lang: 'russian' });
    expect(e.names).toContainEqual({ full: 'Ruslan Khikmetovich MASHADIYEV', kind: 'alias' });
  });
});
