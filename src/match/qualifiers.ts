/**
 * Qualifiers: facts other than the name that add to or take from a name score, each a small named
 * feature with a bounded effect and a one-line reason. A qualifier only speaks when both sides
 * state the fact; silence is never evidence.
 *
 *   birthDate   same date +0.05; agrees at the precision both give +0.03; day/month swapped +0.02;
 *               within a listed range or circa ±1 year 0; a year apart −0.1; further apart −0.3;
 *               same year but another day −0.1.
 *   country     a listed country +0.03; none of the listed ones −0.05 (people hold several).
 *   gender      different −0.1.
 *   schema      a person vs an organisation, vessel or aircraft −0.3.
 *   identifier  the same identifier +0.25; only different identifiers −0.05.
 */
import { isOrganization, type Entity, type PartialDate, type Schema } from '../model/index.js';
import type { FeatureContribution, PreparedEntity, PreparedQuery, ScreenQuery } from './types.js';

export const BIRTH_DATE_LIFT = 0.05;
export const COUNTRY_LIFT = 0.03;
export const IDENTIFIER_LIFT = 0.25;

/** The most qualifiers other than an identifier can add to a name score for this query. */
export function maxQualifierLift(query: ScreenQuery): number {
  return (query.birthDate ? BIRTH_DATE_LIFT : 0) + (query.countries?.length ? COUNTRY_LIFT : 0);
}

export function qualifierFeatures(q: PreparedQuery, c: PreparedEntity): FeatureContribution[] {
  const out: FeatureContribution[] = [];
  const e = c.entity;
  const query = q.query;
  if (query.schema && !schemaCompatible(query.schema, e.schema)) {
    out.push({ feature: 'schema', delta: -0.3, detail: `query is ${query.schema}, listed party is ${e.schema}` });
  }
  if (query.birthDate && e.birthDates.length > 0) out.push(birthDateFeature(query.birthDate, e.birthDates));
  if (query.countries?.length) {
    const f = countryFeature(query.countries, e);
    if (f) out.push(f);
  }
  if (query.gender && e.gender && query.gender !== e.gender) {
    out.push({ feature: 'gender', delta: -0.1, detail: `gender ${query.gender}, listed ${e.gender}` });
  }
  if (q.identifierKeys.length && c.identifierKeys.length) {
    const hit = q.identifierKeys.find((k) => c.identifierKeys.includes(k));
    out.push(
      hit
        ? { feature: 'identifier', delta: IDENTIFIER_LIFT, detail: `identifier ${hit} matches` }
        : { feature: 'identifier', delta: -0.05, detail: 'identifiers differ' },
    );
  }
  return out;
}

export function schemaCompatible(a: Schema, b: Schema): boolean {
  if (a === b) return true;
  if (a === 'LegalEntity' || b === 'LegalEntity') return true;
  return isOrganization(a) && isOrganization(b);
}

type DateRelation = 'same' | 'agrees' | 'swapped' | 'near' | 'year-apart' | 'other-day' | 'far';
const DATE_DELTA: Record<DateRelation, number> = {
  same: BIRTH_DATE_LIFT,
  agrees: 0.03,
  swapped: 0.02,
  near: 0,
  'year-apart': -0.1,
  'other-day': -0.1,
  far: -0.3,
};
const DATE_RANK: DateRelation[] = ['same', 'agrees', 'swapped', 'near', 'year-apart', 'other-day', 'far'];

function birthDateFeature(query: string, listed: readonly PartialDate[]): FeatureContribution {
  let best: DateRelation = 'far';
  let bestDate = listed[0]!;
  for (const d of listed) {
    const r = relateDates(query, d);
    if (DATE_RANK.indexOf(r) < DATE_RANK.indexOf(best)) {
      best = r;
      bestDate = d;
    }
  }
  const shown = bestDate.to ? `${bestDate.value} to ${bestDate.to}` : `${bestDate.circa ? 'circa ' : ''}${bestDate.value}`;
  const words: Record<DateRelation, string> = {
    same: 'is the listed date',
    agrees: 'agrees with',
    swapped: 'is, with day and month swapped,',
    near: 'is close to',
    'year-apart': 'is a year away from',
    'other-day': 'is another day than',
    far: 'conflicts with',
  };
  return { feature: 'birthDate', delta: DATE_DELTA[best], detail: `DOB ${query} ${words[best]} ${shown}` };
}

/** How a query date relates to one listed date (or range). */
export function relateDates(query: string, listed: PartialDate): DateRelation {
  const qy = Number(query.slice(0, 4));
  if (listed.to) {
    const from = Number(listed.value.slice(0, 4));
    const to = Number(listed.to.slice(0, 4));
    if (qy >= from && qy <= to) return 'agrees';
    const gap = qy < from ? from - qy : qy - to;
    return gap <= 1 ? 'near' : 'far';
  }
  const value = listed.value;
  const ly = Number(value.slice(0, 4));
  if (qy !== ly) {
    const gap = Math.abs(qy - ly);
    if (gap <= 1) return listed.circa ? 'near' : 'year-apart';
    if (listed.circa && gap <= 3) return 'near';
    return 'far';
  }
  const n = Math.min(query.length, value.length);
  if (query.slice(0, n) === value.slice(0, n)) return n >= 10 ? 'same' : 'agrees';
  if (query.length >= 10 && value.length >= 10 && query.slice(5, 7) === value.slice(8, 10) && query.slice(8, 10) === value.slice(5, 7)) {
    return 'swapped';
  }
  return 'other-day';
}

/** Do a query date and a listed date (or range) agree at the precision both have? */
export function datesOverlap(query: string, value: string, to?: string): boolean {
  const r = relateDates(query, to ? { value, to } : { value });
  return r === 'same' || r === 'agrees';
}

function countryFeature(countries: readonly string[], e: Entity): FeatureContribution | undefined {
  const listed = new Set([...e.nationalities, ...e.citizenships, ...e.countries, ...e.addresses.flatMap((a) => (a.country ? [a.country] : []))]);
  if (listed.size === 0) return undefined;
  const hit = countries.find((cc) => listed.has(cc.toUpperCase()));
  return hit
    ? { feature: 'country', delta: COUNTRY_LIFT, detail: `country ${hit.toUpperCase()} is listed` }
    : { feature: 'country', delta: -0.05, detail: `countries ${countries.join(', ')} not among ${[...listed].join(', ')}` };
}
