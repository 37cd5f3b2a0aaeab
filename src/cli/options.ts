/** Parsing of option values shared by commands, with errors that name the option. */
import { InvalidArgumentError } from 'commander';
import { countryCode, type Schema } from '../model/index.js';
import { normalizeDob, schemaOf } from '../queries/index.js';

export function parseType(value: string): Schema {
  const s = schemaOf(value);
  if (!s) throw new InvalidArgumentError(`expected one of person, organization, company, vessel, aircraft`);
  return s;
}

export function parseDob(value: string): string {
  const d = normalizeDob(value);
  if (!d) throw new InvalidArgumentError(`expected a date like 1989, 1989-02 or 1989-02-08`);
  return d;
}

/** A country as ISO alpha-2 or a name ("El Salvador"); repeatable. */
export function parseCountry(value: string, previous: string[] = []): string[] {
  const c = countryCode(value.trim());
  if (!c) throw new InvalidArgumentError(`expected an ISO country code (SV) or a country name`);
  return [...previous, c];
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function parseUnitInterval(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number between 0 and 1');
  return n;
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}
