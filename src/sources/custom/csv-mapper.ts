/**
 * Custom list row → Entity (pure). Strict, because analysts write these by hand: a value criba
 * cannot read (unknown type, unparseable date, unknown country, malformed identifier) is an error
 * naming the file, line and column — never silently dropped.
 */
import { CribaError } from '../../errors.js';
import { countryCode } from '../../model/country.js';
import { parseDate } from '../../model/date.js';
import { emptyEntity, type Entity, type Schema } from '../../model/entity.js';
import type { IdentifierType } from '../../model/identifier.js';
import { addName, addUnique } from '../common/mapper-helpers.js';
import type { ReadContext } from '../types.js';
import type { CustomRow } from './csv-reader.js';

const TYPES: Record<string, Schema> = {
  person: 'Person',
  individual: 'Person',
  organization: 'Organization',
  organisation: 'Organization',
  entity: 'Organization',
  company: 'Company',
  vessel: 'Vessel',
  ship: 'Vessel',
  aircraft: 'Aircraft',
};

const ID_TYPES: readonly IdentifierType[] = ['passport', 'national-id', 'cedula', 'tax-id', 'registration', 'driving-licence', 'ssn', 'imo', 'mmsi', 'call-sign', 'aircraft-serial', 'aircraft-tail', 'swift-bic', 'crypto-wallet', 'un-reference', 'other'];

export function mapCustomRow(row: CustomRow, line: number, ctx: ReadContext, file: string): Entity {
  const fail = (field: string, message: string): never => {
    throw new CribaError('E_PARSE', `column ${field}: ${message}`, { file, line, field });
  };
  if (!row.name) fail('name', 'a name is required');
  const type = row.type?.toLowerCase();
  const schema = type ? (TYPES[type] ?? fail('type', `"${row.type}" is not one of ${Object.keys(TYPES).join(', ')}`)) : 'LegalEntity';
  const sourceId = row.id ?? `line-${line}`;
  const entity = emptyEntity(`${ctx.list}:${sourceId}`, schema);
  addName(entity.names, { full: row.name!, kind: 'primary' });
  for (const alias of split(row.aliases)) addName(entity.names, { full: alias, kind: 'alias' });
  for (const d of split(row.dob)) {
    const date = parseDate(d) ?? fail('dob', `"${d}" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)`);
    entity.birthDates.push(date);
  }
  for (const c of split(row.country)) {
    const code = countryCode(c) ?? fail('country', `"${c}" is not a country name or ISO code`);
    addUnique(schema === 'Person' ? entity.nationalities : entity.countries, code);
  }
  for (const raw of split(row.identifiers)) {
    // "passport:X1234567:RU" — type, value, optional issuing country
    const [t, value, c] = raw.split(':').map((s) => s.trim());
    if (!t || !value || !(ID_TYPES as readonly string[]).includes(t)) fail('identifiers', `"${raw}" is not type:value[:country] with a type from ${ID_TYPES.join(', ')}`);
    const country = c ? (countryCode(c) ?? fail('identifiers', `"${c}" is not a country`)) : undefined;
    entity.identifiers.push({ type: t as IdentifierType, value: value!, ...(country ? { country } : {}) });
  }
  for (const p of split(row.programs)) addUnique(entity.programs, p);
  if (row.notes) entity.remarks = row.notes;
  entity.sources.push({ list: ctx.list, sourceId, ...(entity.programs.length ? { programs: [...entity.programs] } : {}), raw: { ...row } });
  return entity;
}

function split(cell: string | undefined): string[] {
  return cell ? cell.split(';').map((s) => s.trim()).filter(Boolean) : [];
}
