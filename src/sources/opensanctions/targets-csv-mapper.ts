/**
 * targets.simple.csv row → Entity (pure). The simple format flattens a target: identifiers lose
 * their type (kept as `other`), sanctions are free text (kept as programs).
 */
import { parseDate } from '../../model/date.js';
import { emptyEntity, SCHEMAS, type Entity, type Schema } from '../../model/entity.js';
import { addCountry, addIdentifier, addName } from '../common/mapper-helpers.js';
import type { ReadContext } from '../types.js';
import type { TargetRow } from './targets-csv-reader.js';

export function mapTargetRow(row: TargetRow, ctx: ReadContext): Entity {
  const schema: Schema = (SCHEMAS as readonly string[]).includes(row.schema!) ? (row.schema as Schema) : 'LegalEntity';
  const entity = emptyEntity(`${ctx.list}:${row.id}`, schema);
  if (row.name) addName(entity.names, { full: row.name, kind: 'primary' });
  for (const a of split(row.aliases)) addName(entity.names, { full: a, kind: 'alias' });
  for (const d of split(row.birth_date)) {
    const date = parseDate(d);
    if (date && !entity.birthDates.some((x) => x.value === date.value)) entity.birthDates.push(date);
  }
  for (const c of split(row.countries)) addCountry(entity.countries, c);
  for (const a of split(row.addresses)) entity.addresses.push({ full: a });
  for (const id of split(row.identifiers)) addIdentifier(entity.identifiers, { type: 'other', value: id, label: 'OpenSanctions identifier' });
  const programs = split(row.sanctions);
  entity.programs.push(...programs);
  const props: Record<string, string[]> = {};
  if (row.phones) props.phone = split(row.phones);
  if (row.emails) props.email = split(row.emails);
  if (row.dataset) props.dataset = split(row.dataset);
  if (Object.keys(props).length) entity.properties = props;
  entity.sources.push({ list: ctx.list, sourceId: row.id!, programs, ...(row.first_seen ? { listedOn: row.first_seen.slice(0, 10) } : {}), raw: { ...row } });
  return entity;
}

function split(cell: string | undefined): string[] {
  return cell ? cell.split(';').map((s) => s.trim()).filter(Boolean) : [];
}
