/**
 * The matcher: a query against one prepared entity → score and explanation.
 * The name score comes from the best-scoring name variant; qualifiers (date of birth, country,
 * identifiers, entity type) then add or remove a bounded amount, each reported as a feature.
 */
import { identifierKey, isOrganization, type Entity, type Schema } from '../model/index.js';
import { tokenize } from '../normalize/index.js';
import { alignNames } from './name-score.js';
import type { FeatureContribution, MatchResult, PreparedEntity, PreparedQuery, ScreenQuery } from './types.js';

/** Default alert threshold; calibrated in docs/quality.md. */
export const DEFAULT_THRESHOLD = 0.8;

export function prepareEntity(entity: Entity): PreparedEntity {
  return {
    entity,
    names: entity.names.map((n, index) => ({ index, tokens: tokenize(n.full) })).filter((n) => n.tokens.length > 0),
    identifierKeys: entity.identifiers.map((i) => identifierKey(i.value)).filter(Boolean),
  };
}

export function prepareQuery(query: ScreenQuery): PreparedQuery {
  return {
    query,
    tokens: tokenize(query.name),
    identifierKeys: (query.identifiers ?? []).map(identifierKey).filter(Boolean),
  };
}

export function matchEntity(q: PreparedQuery, c: PreparedEntity): MatchResult {
  let best = { score: -1, nameIndex: 0, alignment: [] as MatchResult['explanation']['alignment'] };
  for (const name of c.names) {
    const a = alignNames(q.tokens, name.tokens);
    // a weak alias is a poor identifier on its own: it scores a little below a full match
    const s = c.entity.names[name.index]!.kind === 'weak' ? a.score * 0.9 : a.score;
    if (s > best.score) best = { score: s, nameIndex: name.index, alignment: a.alignment };
  }
  const nameScore = Math.max(0, best.score);
  const matched = c.entity.names[best.nameIndex];
  const features: FeatureContribution[] = [
    { feature: 'name', delta: nameScore, detail: `best name "${matched?.full ?? ''}" (${matched?.kind ?? 'none'})` },
  ];
  features.push(...qualifiers(q, c));
  let score = features.reduce((sum, f) => sum + f.delta, 0);
  score = Math.min(1, Math.max(0, score));
  return {
    score: Math.round(score * 1000) / 1000,
    explanation: {
      matchedName: matched?.full ?? '',
      matchedNameKind: matched?.kind ?? 'primary',
      nameScore: Math.round(nameScore * 1000) / 1000,
      alignment: best.alignment,
      features,
    },
  };
}

function qualifiers(q: PreparedQuery, c: PreparedEntity): FeatureContribution[] {
  const out: FeatureContribution[] = [];
  const e = c.entity;
  const query = q.query;
  if (query.schema && !schemaCompatible(query.schema, e.schema)) {
    out.push({ feature: 'schema', delta: -0.3, detail: `query is ${query.schema}, listed party is ${e.schema}` });
  }
  if (query.birthDate && e.birthDates.length > 0) {
    const ok = e.birthDates.some((d) => datesOverlap(query.birthDate!, d.value, d.to));
    out.push(
      ok
        ? { feature: 'birthDate', delta: 0.05, detail: `DOB ${query.birthDate} fits ${e.birthDates.map((d) => d.value).join(', ')}` }
        : { feature: 'birthDate', delta: -0.15, detail: `DOB ${query.birthDate} conflicts with ${e.birthDates.map((d) => d.value).join(', ')}` },
    );
  }
  if (query.countries?.length) {
    const listed = new Set([...e.nationalities, ...e.citizenships, ...e.countries, ...e.addresses.flatMap((a) => (a.country ? [a.country] : []))]);
    if (listed.size > 0) {
      const hit = query.countries.find((cc) => listed.has(cc.toUpperCase()));
      out.push(
        hit
          ? { feature: 'country', delta: 0.03, detail: `country ${hit} is listed` }
          : { feature: 'country', delta: -0.05, detail: `countries ${query.countries.join(', ')} not among ${[...listed].join(', ')}` },
      );
    }
  }
  if (q.identifierKeys.length && c.identifierKeys.length) {
    const hit = q.identifierKeys.find((k) => c.identifierKeys.includes(k));
    out.push(
      hit
        ? { feature: 'identifier', delta: 0.25, detail: `identifier ${hit} matches` }
        : { feature: 'identifier', delta: -0.05, detail: `identifiers differ` },
    );
  }
  return out;
}

function schemaCompatible(a: Schema, b: Schema): boolean {
  if (a === b) return true;
  if (a === 'LegalEntity' || b === 'LegalEntity') return true;
  return isOrganization(a) && isOrganization(b);
}

/** Do a query date and a listed date (or range) agree at the precision both have? */
export function datesOverlap(query: string, value: string, to?: string): boolean {
  if (!to) {
    const n = Math.min(query.length, value.length);
    return query.slice(0, n) === value.slice(0, n);
  }
  const y = query.slice(0, 4);
  return y >= value.slice(0, 4) && y <= to.slice(0, 4);
}
