/**
 * OpenSanctions FtM → Entities. FtM spreads one party over several objects: the party itself
 * (Person, Company…), its Sanction objects (programs, listing dates), Passport/Identification
 * objects (documents), Address objects, and link objects (Ownership, Family, Directorship…) between
 * two parties. `FtmContext` gathers those side objects (pass one over the file); `mapFtmTarget`
 * then builds each target party with them (pass two). Pure: no I/O.
 */
import { entityFromFtm, ftmRelationEnds, relationFor, type FtmEntity, type FtmRelationEnds } from '../../model/ftm.js';
import type { Entity } from '../../model/entity.js';
import type { Identifier } from '../../model/identifier.js';
import { countryCode } from '../../model/country.js';
import { addIdentifier, addUnique, identifierTypeOf } from '../common/mapper-helpers.js';
import type { ReadContext } from '../types.js';

export interface FtmSanction {
  program?: string;
  listedOn?: string;
  authority?: string;
}

export class FtmContext {
  readonly captions = new Map<string, string>();
  readonly relations = new Map<string, { ends: FtmRelationEnds; side: 'from' | 'to' }[]>();
  readonly sanctions = new Map<string, FtmSanction[]>();
  readonly documents = new Map<string, Identifier[]>();
  readonly addresses = new Map<string, string>();

  /** Pass one: remember what other objects will need. */
  collect(obj: FtmEntity): void {
    const p = obj.properties;
    const caption = obj.caption ?? p.name?.[0];
    if (caption) this.captions.set(obj.id, caption);
    const ends = ftmRelationEnds(obj);
    if (ends) {
      push(this.relations, ends.fromId, { ends, side: 'from' as const });
      push(this.relations, ends.toId, { ends, side: 'to' as const });
      return;
    }
    if (obj.schema === 'Sanction') {
      for (const target of p.entity ?? []) {
        push(this.sanctions, target, {
          ...(p.programId?.[0] ?? p.program?.[0] ? { program: p.programId?.[0] ?? p.program?.[0] } : {}),
          ...(p.listingDate?.[0] ?? p.startDate?.[0] ? { listedOn: (p.listingDate?.[0] ?? p.startDate?.[0])!.slice(0, 10) } : {}),
          ...(p.authority?.[0] ? { authority: p.authority[0] } : {}),
        });
      }
    } else if (obj.schema === 'Passport' || obj.schema === 'Identification') {
      const number = p.number?.[0] ?? p.passportNumber?.[0];
      const country = p.country?.[0] ? countryCode(p.country[0]) : undefined;
      const label = p.type?.[0] ?? obj.schema;
      for (const holder of p.holder ?? []) {
        if (number) push(this.documents, holder, { type: obj.schema === 'Passport' ? 'passport' : identifierTypeOf(label), value: number, ...(country ? { country } : {}), label });
      }
    } else if (obj.schema === 'Address') {
      const full = p.full?.[0] ?? [p.street?.[0], p.city?.[0], p.postalCode?.[0], p.country?.[0]].filter(Boolean).join(', ');
      if (full) this.addresses.set(obj.id, full);
    }
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Pass two: a target party with its programs, documents, addresses and relations. */
export function mapFtmTarget(obj: FtmEntity, ftm: FtmContext, ctx: ReadContext): Entity | undefined {
  if (obj.target === false) return undefined;
  const entity = entityFromFtm(obj, { list: ctx.list });
  if (!entity) return undefined;
  const sanctions = ftm.sanctions.get(obj.id) ?? [];
  for (const s of sanctions) addUnique(entity.programs, s.program);
  for (const doc of ftm.documents.get(obj.id) ?? []) addIdentifier(entity.identifiers, doc);
  for (const addressId of obj.properties.addressEntity ?? []) {
    const full = ftm.addresses.get(addressId);
    if (full && !entity.addresses.some((a) => a.full === full)) entity.addresses.push({ full });
  }
  for (const { ends, side } of ftm.relations.get(obj.id) ?? []) {
    const otherId = side === 'from' ? ends.toId : ends.fromId;
    entity.relations.push(relationFor(ends, side, ftm.captions.get(otherId) ?? otherId, `${ctx.list}:${otherId}`));
  }
  const listedOn = sanctions.map((s) => s.listedOn).filter((d): d is string => !!d).sort()[0];
  entity.sources.push({
    list: ctx.list,
    sourceId: obj.id,
    programs: [...entity.programs],
    ...(listedOn ? { listedOn } : {}),
    raw: obj as unknown as Record<string, unknown>,
  });
  return entity;
}
