/**
 * Reader of Canada's Consolidated Autonomous Sanctions List (SEMA/JVCFOR) XML: a <data-set> of
 * flat <record> elements (Country, LastName, GivenName, EntityOrShip, TitleOrShip, ShipIMONumber,
 * Aliases, DateOfBirthOrShipBuildDate, Schedule, Item, DateOfListing), returned as the source
 * names them.
 */
import { readXmlRecords } from '../common/xml-records.js';

export const SEMA_ROOT = 'data-set';

export type SemaRecord = Record<string, string>;

export async function* readSemaXml(path: string, displayName: string): AsyncGenerator<SemaRecord> {
  const records = readXmlRecords(path, displayName, {
    roots: [SEMA_ROOT],
    isRecord: (name, ancestors) => name === 'record' && ancestors.length === 1,
  });
  for await (const el of records) {
    const out: SemaRecord = {};
    for (const c of el.children) if (c.text.trim()) out[c.name] = c.text.trim();
    yield out;
  }
}
