/**
 * CSL rows → Entity (pure). Rows whose source is OFAC's SDN list are skipped by the format (they
 * duplicate the ofac-sdn list); the remaining rows sharing an `_id` (one party on two Treasury
 * lists, e.g. SSI and CAP) become one entity. Semicolon-separated cells: alt_names, addresses,
 * dates_of_birth, citizenships, ids ("[CC, ]value, type; …").
 */
import { parseDate } from '../../model/date.js';
import { emptyEntity, type Entity, type Schema } from '../../model/entity.js';
import { splitListOrderName } from '../../model/name.js';
import { countryCode } from '../../model/country.js';
import { addCountry, addIdentifier, addName, addUnique, clean, identifierTypeOf } from '../common/mapper-helpers.js';
import type { ReadContext } from '../types.js';
import type { CslRow } from './csv-reader.js';

/** "Entity List (EL) - Bureau of Industry and Security" → "EL". */
export function cslSourceCode(source: string | undefined): string | undefined {
  return source ? (/\(([^)]+)\)/.exec(source)?.[1] ?? source) : undefined;
}

export function isOfacSdnRow(row: CslRow): boolean {
  return /^Specially Designated Nationals/i.test(row.source ?? '') || cslSourceCode(row.source) === 'SDN';
}

export function mapCslRows(id: string, rows: CslRow[], ctx: ReadContext): Entity {
  const first = rows[0]!;
  const schema = schemaOf(first.type);
  const entity = emptyEntity(`${ctx.list}:${id}`, schema);
  for (const row of rows) {
    const name = clean(row.name);
    if (name) {
      const parts = schema === 'Person' ? splitListOrderName(name) : undefined;
      addName(entity.names, { full: name, kind: 'primary', ...(parts ? { parts } : {}) });
    }
    for (const alt of split(row.alt_names)) addName(entity.names, { full: clean(alt)!, kind: 'alias' });
    addUnique(entity.programs, cslSourceCode(row.source));
    for (const p of split(row.programs)) addUnique(entity.programs, p);
    for (const d of split(row.dates_of_birth)) {
      const date = parseDate(d);
      if (date && !entity.birthDates.some((x) => x.value === date.value)) entity.birthDates.push(date);
    }
    for (const p of split(row.places_of_birth)) addUnique(entity.birthPlaces, p);
    for (const c of split(row.citizenships)) addCountry(entity.citizenships, c);
    for (const c of split(row.nationalities)) addCountry(entity.nationalities, c);
    for (const a of split(row.addresses)) {
      const last = a.split(',').at(-1)?.trim();
      const country = last && /^[A-Z]{2}$/.test(last) ? countryCode(last) : undefined;
      if (!entity.addresses.some((x) => x.full === a)) entity.addresses.push({ full: a, ...(country ? { country } : {}) });
      addUnique(entity.countries, country);
    }
    for (const raw of split(row.ids)) addCslId(entity, raw);
    if (row.title) addUnique(entity.positions, clean(row.title));
    if (row.remarks) entity.remarks ??= row.remarks;
    if (schema === 'Vessel') {
      entity.vessel = {
        ...(row.call_sign ? { callSign: row.call_sign } : {}),
        ...(row.vessel_type ? { type: row.vessel_type } : {}),
        ...(row.vessel_flag ? { flag: row.vessel_flag } : {}),
        ...(row.vessel_owner ? { owner: row.vessel_owner } : {}),
        ...(row.gross_tonnage ? { tonnage: row.gross_tonnage } : {}),
        ...(row.gross_registered_tonnage ? { grossRegisteredTonnage: row.gross_registered_tonnage } : {}),
      };
    }
  }
  // more than one primary name (the same party spelled differently on two lists): keep the first
  entity.names.forEach((n, i) => {
    if (i > 0 && n.kind === 'primary') n.kind = 'alias';
  });
  const listedOn = rows.map((r) => r.start_date).filter(Boolean).sort()[0];
  entity.sources.push({
    list: ctx.list,
    sourceId: id,
    programs: [...entity.programs],
    ...(listedOn ? { listedOn } : {}),
    raw: { rows },
  });
  return entity;
}

function schemaOf(type: string | undefined): Schema {
  switch (type?.toLowerCase()) {
    case 'individual':
      return 'Person';
    case 'entity':
      return 'Organization';
    case 'vessel':
      return 'Vessel';
    case 'aircraft':
      return 'Aircraft';
    default:
      return 'LegalEntity'; // BIS, State Department rows carry no type
  }
}

function split(cell: string | undefined): string[] {
  return cell ? cell.split(';').map((s) => s.trim()).filter(Boolean) : [];
}

/** "RU, 1137746390572, Registration ID" / "VTBLAOLU, SWIFT/BIC" / "http://x, Website". */
function addCslId(entity: Entity, raw: string): void {
  const parts = raw.split(',').map((p) => p.trim());
  if (parts.length < 2) return;
  const label = parts.at(-1)!;
  const hasCountry = parts.length >= 3 && /^[A-Z]{2}$/.test(parts[0]!);
  // "SV, 2020-08-11, A04056212, Passport": an expiry/issue date may precede the value
  const value = parts
    .slice(hasCountry ? 1 : 0, -1)
    .filter((p) => !/^\d{4}-\d{2}-\d{2}$/.test(p))
    .join(', ');
  if (!value || !label) return;
  if (label === 'Gender') {
    const g = value.toLowerCase();
    if (entity.schema === 'Person' && (g === 'male' || g === 'female')) entity.gender ??= g;
    return;
  }
  if (/website/i.test(label)) {
    entity.properties ??= {};
    addUnique((entity.properties.website ??= []), value);
    return;
  }
  const type = identifierTypeOf(label);
  if (type === 'other' && !/\b(ID|No\.?|Number|Code)\b/.test(label)) return; // dates, "Target Type", directives
  const country = hasCountry ? countryCode(parts[0]!) : undefined;
  addIdentifier(entity.identifiers, { type, value, ...(country ? { country } : {}), label });
}
