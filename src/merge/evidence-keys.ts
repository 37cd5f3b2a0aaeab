/**
 * Evidence keys: strings that two entities share only when there is strong evidence they are the
 * same party. Merging indexes entities by these keys, so candidates are found without comparing
 * all pairs.
 *
 * - a shared identifier of the same type and issuing country: passport, national id, tax id,
 *   registration, IMO, MMSI… (`un-reference` and IMO numbers are global: no country)
 * - a shared list reference: the UK Sanctions List reference / OFSI Group ID that OFSI and FCDO both
 *   publish
 * - for people: the same normalized name + the same full date of birth + a shared nationality or
 *   citizenship
 */
import type { Entity } from '../model/entity.js';
import { identifierKey, type IdentifierType } from '../model/identifier.js';
import type { EvidenceKind } from './types.js';

/** Identifier types specific enough to merge on. */
const STRONG_TYPES: ReadonlySet<IdentifierType> = new Set(['passport', 'national-id', 'cedula', 'tax-id', 'registration', 'ssn', 'imo', 'mmsi', 'un-reference', 'aircraft-serial', 'swift-bic']);
/** Types that are globally unique, so the issuing country is not part of the key. */
const GLOBAL_TYPES: ReadonlySet<IdentifierType> = new Set(['imo', 'mmsi', 'un-reference', 'aircraft-serial', 'swift-bic']);
/** `other` identifiers that are references into an official list, shared by lists that cite them. */
const LIST_REFERENCE_LABELS: ReadonlySet<string> = new Set(['UK Sanctions List Ref', 'OFSI Group ID']);
/** Shorter identifier values ("123", "A1") are too likely to collide by accident. */
const MIN_ID_LENGTH = 5;

export interface EvidenceKey {
  key: string;
  kind: EvidenceKind;
  description: string;
}

export function evidenceKeys(entity: Entity): EvidenceKey[] {
  const out = new Map<string, EvidenceKey>();
  for (const id of entity.identifiers) {
    const value = identifierKey(id.value);
    if (value.length < MIN_ID_LENGTH) continue;
    if (id.type === 'other' && id.label && LIST_REFERENCE_LABELS.has(id.label)) {
      out.set(`ref|${id.label}|${value}`, { key: `ref|${id.label}|${value}`, kind: 'list-reference', description: `${id.label} ${id.value}` });
    } else if (STRONG_TYPES.has(id.type)) {
      const country = GLOBAL_TYPES.has(id.type) ? '' : (id.country ?? '');
      const key = `id|${id.type}|${country}|${value}`;
      out.set(key, { key, kind: 'identifier', description: `${id.type} ${id.value}${country ? ` (${country})` : ''}` });
    }
  }
  if (entity.schema === 'Person') {
    const dobs = entity.birthDates.filter((d) => d.value.length === 10 && !d.to && !d.circa).map((d) => d.value);
    const countries = [...new Set([...entity.nationalities, ...entity.citizenships])];
    if (dobs.length && countries.length) {
      for (const name of entity.names) {
        if (name.kind === 'weak') continue;
        const n = nameKey(name.full);
        if (n.split(' ').length < 2) continue; // a single word is not a name to merge on
        for (const dob of dobs) {
          for (const c of countries) {
            const key = `ndn|${n}|${dob}|${c}`;
            out.set(key, { key, kind: 'name-dob-nationality', description: `name "${n}" + DOB ${dob} + nationality ${c}` });
          }
        }
      }
    }
  }
  return [...out.values()];
}

/**
 * A name compared as a set of words: accents and case folded, punctuation dropped, words sorted —
 * so "LUNA MEZA, Osiris" and "Osiris Luna Meza" agree, and nothing fuzzier does.
 */
export function nameKey(full: string): string {
  return full
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .sort()
    .join(' ');
}
