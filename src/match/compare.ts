/** Pairwise comparison of two names, for `criba compare` and the public pair sets. */
import { emptyEntity, type Schema } from '../model/index.js';
import { matchEntity, prepareEntity, prepareQuery } from './matcher.js';
import type { MatchResult } from './types.js';

export function compareNames(a: string, b: string, schema?: Schema): MatchResult {
  const candidate = emptyEntity('compare:b', schema ?? 'LegalEntity');
  candidate.names.push({ full: b, kind: 'primary' });
  return matchEntity(prepareQuery({ name: a, ...(schema ? { schema } : {}) }), prepareEntity(candidate));
}
