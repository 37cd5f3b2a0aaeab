/**
 * entity_checks.yml: labelled query/candidate pairs (OpenSanctions nomenklatura's entity bench).
 * Each check has a schema, a query and a candidate given as a full name and/or name parts
 * (firstName, middleName, fatherName, lastName), and `match: true|false`.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { CribaError } from '../errors.js';
import { emptyEntity, SCHEMAS, type Entity, type NameParts, type Schema } from '../model/index.js';
import { matchEntity, prepareEntity, prepareQuery, type MatchResult, type PreparedEntity, type PreparedQuery, type ScreenQuery } from '../match/index.js';
import { count, emptyConfusion, metricsOf, type Confusion } from './metrics.js';
import type { CategoryReport, SetReport } from './report.js';

interface RawSide {
  name?: string;
  firstName?: string;
  middleName?: string;
  fatherName?: string;
  lastName?: string;
}

export interface EntityCheck {
  /** Position in the file, from 1. */
  number: number;
  match: boolean;
  schema: Schema;
  label?: string;
  query: ScreenQuery;
  candidate: Entity;
}

export async function loadEntityChecks(path: string): Promise<EntityCheck[]> {
  let doc: unknown;
  try {
    doc = parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new CribaError('E_PARSE', `cannot read entity checks: ${(err as Error).message}`, { file: path }, { cause: err });
  }
  const checks = (doc as { checks?: unknown[] } | null)?.checks;
  if (!Array.isArray(checks)) throw new CribaError('E_FORMAT', 'no `checks:` list', { file: path });
  return checks.map((raw, i) => toCheck(raw as Record<string, unknown>, i + 1, path));
}

function toCheck(raw: Record<string, unknown>, number: number, file: string): EntityCheck {
  const schema = raw.schema as Schema;
  if (!SCHEMAS.includes(schema)) throw new CribaError('E_FORMAT', `check ${number}: unknown schema ${String(raw.schema)}`, { file });
  const q = (raw.query ?? {}) as RawSide;
  const c = (raw.candidate ?? {}) as RawSide;
  const qName = sideName(q);
  const query: ScreenQuery = { name: qName.full, schema, ...(qName.parts ? { nameParts: qName.parts } : {}) };
  const candidate = emptyEntity(`check:${number}`, schema);
  const cName = sideName(c);
  candidate.names.push({ full: cName.full, kind: 'primary', ...(cName.parts ? { parts: cName.parts } : {}) });
  return { number, match: raw.match === true, schema, ...(typeof raw.label === 'string' ? { label: raw.label } : {}), query, candidate };
}

/** A full name wins; name parts alone are joined in natural order and kept as parts. */
function sideName(side: RawSide): { full: string; parts?: NameParts } {
  if (side.name) return { full: String(side.name) };
  const parts: NameParts = {};
  if (side.firstName) parts.given = String(side.firstName);
  if (side.middleName) parts.middle = String(side.middleName);
  if (side.fatherName) parts.patronymic = String(side.fatherName);
  if (side.lastName) parts.family = String(side.lastName);
  const full = [parts.given, parts.middle, parts.patronymic, parts.family].filter(Boolean).join(' ');
  return { full, parts };
}

export interface CheckOutcome {
  check: EntityCheck;
  result: MatchResult;
  predicted: boolean;
}

export interface PreparedCheck {
  check: EntityCheck;
  query: PreparedQuery;
  candidate: PreparedEntity;
}

export function prepareChecks(checks: readonly EntityCheck[]): PreparedCheck[] {
  return checks.map((check) => ({ check, query: prepareQuery(check.query), candidate: prepareEntity(check.candidate) }));
}

export function runEntityChecks(checks: readonly EntityCheck[], threshold: number): { report: SetReport; outcomes: CheckOutcome[] } {
  const outcomes: CheckOutcome[] = prepareChecks(checks).map(({ check, query, candidate }) => {
    const result = matchEntity(query, candidate);
    return { check, result, predicted: result.score >= threshold };
  });
  const all = emptyConfusion();
  const byCategory = new Map<string, Confusion>();
  for (const o of outcomes) {
    count(all, o.check.match, o.predicted);
    const category = o.check.label ?? `(no label) ${o.check.schema}`;
    const c = byCategory.get(category) ?? emptyConfusion();
    count(c, o.check.match, o.predicted);
    byCategory.set(category, c);
  }
  const categories: CategoryReport[] = [...byCategory].map(([name, c]) => ({ name, metrics: metricsOf(c) }));
  categories.sort((a, b) => a.name.localeCompare(b.name));
  const errors = outcomes.filter((o) => o.predicted !== o.check.match);
  return {
    outcomes,
    report: {
      set: 'entity_checks.yml',
      metrics: metricsOf(all),
      categories,
      errors: errors.map((o) => ({
        id: `#${o.check.number}`,
        expected: o.check.match ? 'match' : 'no match',
        query: o.check.query.name,
        candidate: o.check.candidate.names[0]?.full ?? '',
        score: o.result.score,
      })),
      notes: [],
    },
  };
}
