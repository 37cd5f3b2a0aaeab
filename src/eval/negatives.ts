/**
 * negatives_*.csv: synthetic people who are on no list (full name, name parts, gender, date of
 * birth, place of birth, nationality). Each is screened as a whole entity against the loaded lists;
 * every alert at the threshold is a false alert.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { CribaError } from '../errors.js';
import { countryCode, isIsoPartial, type Gender, type NameParts } from '../model/index.js';
import type { ScreenQuery } from '../match/index.js';
import type { ScreeningIndex } from '../index/index.js';
import { count, emptyConfusion, metricsOf } from './metrics.js';
import type { SetReport } from './report.js';

export async function loadNegatives(path: string): Promise<ScreenQuery[]> {
  let rows: Record<string, string>[];
  try {
    rows = parse(await readFile(path, 'utf8'), { columns: true, skip_empty_lines: true, trim: true });
  } catch (err) {
    throw new CribaError('E_PARSE', `cannot read negatives: ${(err as Error).message}`, { file: path }, { cause: err });
  }
  return rows.map(toQuery);
}

function toQuery(row: Record<string, string>): ScreenQuery {
  const parts: NameParts = {};
  if (row.first_name) parts.given = row.first_name;
  if (row.middle_name) parts.middle = row.middle_name;
  if (row.last_name) parts.family = row.last_name;
  const country = row.nationality ? countryCode(row.nationality) : undefined;
  const gender = row.gender === 'male' || row.gender === 'female' ? (row.gender as Gender) : undefined;
  return {
    name: row.full_name ?? '',
    schema: 'Person',
    ...(parts.given && parts.family ? { nameParts: parts } : {}),
    ...(row.date_of_birth && isIsoPartial(row.date_of_birth) ? { birthDate: row.date_of_birth } : {}),
    ...(country ? { countries: [country] } : {}),
    ...(gender ? { gender } : {}),
  };
}

export function runNegatives(set: string, queries: readonly ScreenQuery[], index: ScreeningIndex, threshold: number): SetReport & { microsecondsPerQuery: number } {
  const c = emptyConfusion();
  const errors: SetReport['errors'] = [];
  const started = process.hrtime.bigint();
  for (const q of queries) {
    const hits = index.screen(q, { threshold, limit: 1 });
    count(c, false, hits.length > 0);
    const hit = hits[0];
    if (hit) errors.push({ id: hit.id, expected: 'no alert', query: q.name, candidate: hit.explanation.matchedName, score: hit.score });
  }
  const elapsed = Number(process.hrtime.bigint() - started) / 1000;
  const perThousand = queries.length ? (c.falsePositives * 1000) / queries.length : 0;
  return {
    set,
    metrics: metricsOf(c),
    categories: [],
    errors,
    notes: [`${c.falsePositives} false alerts in ${queries.length} names (${perThousand.toFixed(1)} per 1,000)`],
    falseAlertsPerThousand: Math.round(perThousand * 10) / 10,
    microsecondsPerQuery: queries.length ? Math.round(elapsed / queries.length) : 0,
  };
}
