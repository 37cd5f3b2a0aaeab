/**
 * One screening query as users write it — a CSV row (name, type, dob, country, id) or a JSON
 * object — turned into a ScreenQuery, with errors that name the field. Several countries or ids
 * go in one cell separated by `;`.
 */
import { CribaError, type ErrorContext } from '../errors.js';
import { countryCode, isIsoPartial, parseDate, type Schema } from '../model/index.js';
import type { ScreenQuery } from '../match/index.js';

const TYPES: Record<string, Schema> = {
  person: 'Person',
  individual: 'Person',
  organization: 'Organization',
  organisation: 'Organization',
  company: 'Company',
  entity: 'LegalEntity',
  legalentity: 'LegalEntity',
  vessel: 'Vessel',
  aircraft: 'Aircraft',
};

/** "person" / "Person" / "organization" … → Schema, or undefined when not a known type. */
export function schemaOf(value: string): Schema | undefined {
  return TYPES[value.trim().toLowerCase().replace(/[\s_-]/g, '')];
}

/** A birth date as ISO partial (1989, 1989-02, 1989-02-08) or a common written form (08 Feb 1989). */
export function normalizeDob(value: string): string | undefined {
  const v = value.trim();
  if (isIsoPartial(v)) return v;
  return parseDate(v)?.value;
}

/** Raw fields of a query as read from a file; unknown fields are ignored. */
export interface QueryFields {
  name?: unknown;
  type?: unknown;
  schema?: unknown;
  dob?: unknown;
  birthDate?: unknown;
  country?: unknown;
  countries?: unknown;
  id?: unknown;
  ids?: unknown;
  identifiers?: unknown;
  gender?: unknown;
  /** A caller's own reference for the record, echoed in the output. */
  ref?: unknown;
}

export interface ParsedQuery {
  query: ScreenQuery;
  ref?: string;
}

export function parseQueryFields(fields: QueryFields, ctx: ErrorContext): ParsedQuery {
  const fail = (field: string, message: string): never => {
    throw new CribaError('E_INPUT', `field "${field}": ${message}`, { ...ctx, field });
  };
  const name = text(fields.name)?.trim();
  if (!name) fail('name', 'is required');
  const query: ScreenQuery = { name: name! };
  const type = text(fields.type ?? fields.schema);
  if (type?.trim()) {
    const schema = schemaOf(type);
    if (!schema) fail('type', `"${type}" is not one of person, organization, company, vessel, aircraft`);
    query.schema = schema;
  }
  const dob = text(fields.dob ?? fields.birthDate);
  if (dob?.trim()) {
    const d = normalizeDob(dob);
    if (!d) fail('dob', `"${dob}" is not a date like 1989, 1989-02 or 1989-02-08`);
    query.birthDate = d;
  }
  const countries = many(fields.countries ?? fields.country);
  if (countries.length) {
    query.countries = countries.map((c) => countryCode(c) ?? fail('country', `"${c}" is not an ISO country code or a country name`));
  }
  const ids = many(fields.identifiers ?? fields.ids ?? fields.id);
  if (ids.length) query.identifiers = ids;
  const gender = text(fields.gender)?.trim().toLowerCase();
  if (gender) {
    if (gender !== 'male' && gender !== 'female' && gender !== 'other') fail('gender', `"${gender}" is not male, female or other`);
    query.gender = gender as ScreenQuery['gender'];
  }
  const ref = text(fields.ref)?.trim();
  return ref ? { query, ref } : { query };
}

function text(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

function many(v: unknown): string[] {
  if (Array.isArray(v)) return v.map((x) => text(x)?.trim() ?? '').filter(Boolean);
  const t = text(v);
  return t ? t.split(/[;|]/).map((s) => s.trim()).filter(Boolean) : [];
}
