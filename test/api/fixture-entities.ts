/**
 * Hand-written entities for the API and web tests (invented parties, not taken from any list).
 */
import { emptyEntity, type Entity } from '../../src/model/index.js';
import type { SnapshotMeta } from '../../src/snapshot/types.js';

function person(id: string, names: [string, 'primary' | 'alias' | 'weak' | 'native', string?][], extra: Partial<Entity> = {}): Entity {
  const e = emptyEntity(`test-list:${id}`, 'Person');
  e.names = names.map(([full, kind, lang]) => ({ full, kind, ...(lang ? { lang } : {}) }));
  e.sources = [{ list: 'test-list', sourceId: id, programs: ['TEST-PROG'], listedOn: '2020-01-15' }];
  e.programs = ['TEST-PROG'];
  return Object.assign(e, extra);
}

export function fixtureEntities(): Entity[] {
  const dario = person('1001', [['VELASQUEZ MONCADA, Dario Alberto', 'primary'], ['Dario Velasquez', 'alias'], ['EL FLACO', 'weak']], {
    birthDates: [{ value: '1971-03-09' }],
    nationalities: ['CO'],
    identifiers: [{ type: 'passport', value: 'PA1234567', country: 'CO', label: 'Passport' }],
    relations: [{ kind: 'linked', name: 'ACME TRADING FZE' }],
    remarks: 'Invented test party.',
  });
  const ivan = person('1002', [['Ivan Sergeyevich PETROV', 'primary'], ['Иван Сергеевич Петров', 'native', 'ru']], {
    birthDates: [{ value: '1965' }],
    nationalities: ['RU'],
  });
  const acme = emptyEntity('test-list:2001', 'Company');
  acme.names = [{ full: 'ACME TRADING FZE', kind: 'primary' }, { full: 'ACME GENERAL TRADING', kind: 'alias' }];
  acme.countries = ['AE'];
  acme.addresses = [{ full: 'Free Zone, Dubai, United Arab Emirates', country: 'AE' }];
  acme.programs = ['TEST-PROG'];
  acme.sources = [{ list: 'test-list', sourceId: '2001', programs: ['TEST-PROG'] }];
  const vessel = emptyEntity('test-list:3001', 'Vessel');
  vessel.names = [{ full: 'SEA BREEZE SEVEN', kind: 'primary' }];
  vessel.identifiers = [{ type: 'imo', value: '9876543', label: 'IMO' }];
  vessel.vessel = { flag: 'PA', type: 'Crude Oil Tanker' };
  vessel.programs = ['TEST-PROG'];
  vessel.sources = [{ list: 'test-list', sourceId: '3001', programs: ['TEST-PROG'] }];
  return [dario, ivan, acme, vessel];
}

export function fixtureSnapshot(entityCount: number): SnapshotMeta {
  return {
    list: 'test-list',
    version: '20260101T000000Z-00000000',
    hash: '0'.repeat(64),
    entityCount,
    loadedAt: '2026-01-01T00:00:00.000Z',
    format: 'hand-written',
    files: [],
    origin: 'test/api/fixture-entities.ts',
  };
}
