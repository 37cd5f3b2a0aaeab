/**
 * The API's query record → the matcher's ScreenQuery, through the same parser as
 * `criba screen --input` (src/queries), so a record means the same thing in a file and over HTTP.
 */
import type { ScreenQuery } from '../match/index.js';
import { parseQueryFields, schemaOf } from '../queries/index.js';
import { CribaError } from '../errors.js';
import type { Schema } from '../model/index.js';
import type { ScreenRecord } from './schemas/screen-schema.js';

export type ScreenedQuery = ScreenQuery & { ref?: string };

export function toScreenQuery(record: ScreenRecord, field?: string): ScreenedQuery {
  try {
    const { query, ref } = parseQueryFields(record, {});
    return ref ? { ...query, ref } : query;
  } catch (err) {
    if (field && err instanceof CribaError) throw new CribaError(err.code, `${field}: ${err.message}`, { field: `${field}.${err.context.field ?? ''}` });
    throw err;
  }
}

/** A `type` parameter → Schema; an unknown type is an input error. */
export function schemaOfType(type: string | undefined): Schema | undefined {
  if (!type) return undefined;
  const schema = schemaOf(type);
  if (!schema) throw new CribaError('E_INPUT', `field "type": "${type}" is not one of person, organization, company, vessel, aircraft`, { field: 'type' });
  return schema;
}
