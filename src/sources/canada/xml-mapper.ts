/**
 * SEMA record → Entity (pure). A record is a person (LastName/GivenName), a ship (EntityOrShip
 * with an IMO number; then TitleOrShip is its type and DateOfBirthOrShipBuildDate its build year)
 * or an entity. The list has no record id: Country (English part) + Schedule + Item is unique,
 * and is the source id.
 */
import { CribaError } from '../../errors.js';
import { parseDate, type PartialDate } from '../../model/date.js';
import { emptyEntity, type Entity } from '../../model/entity.js';
import type { Name } from '../../model/name.js';
import { addIdentifier, addName, addUnique, clean } from '../common/mapper-helpers.js';
import type { ReadContext } from '../types.js';
import type { SemaRecord } from './xml-reader.js';

export function semaSourceId(r: SemaRecord): string {
  const slug = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9.]+/g, '-')
      .replace(/^-|-$/g, '');
  return [slug(englishPart(r.Country ?? 'unknown')), slug(r.Schedule ?? '-') || '-', r.Item ?? '?'].join('/');
}

export function mapSemaRecord(r: SemaRecord, ctx: ReadContext, file: string): Entity {
  const isPerson = !!(r.LastName || r.GivenName);
  const isShip = !isPerson && !!r.ShipIMONumber;
  const sourceId = semaSourceId(r);
  const entity = emptyEntity(`${ctx.list}:${sourceId}`, isPerson ? 'Person' : isShip ? 'Vessel' : 'Organization');
  const given = clean(r.GivenName);
  const family = clean(r.LastName);
  const entityName = clean(r.EntityOrShip);
  const primary: Name | undefined = isPerson
    ? { full: [given, family].filter(Boolean).join(' '), kind: 'primary', parts: { ...(given ? { given } : {}), ...(family ? { family } : {}) } }
    : entityName
      ? { full: entityName, kind: 'primary' }
      : undefined;
  if (!primary) throw new CribaError('E_PARSE', `record ${sourceId} has no name`, { file, field: 'LastName' });
  addName(entity.names, primary);
  for (const alias of splitAliases(r.Aliases)) addName(entity.names, alias);

  const program = r.Country ? englishPart(r.Country) : undefined;
  if (program) entity.programs.push(program);
  const dates = r.DateOfBirthOrShipBuildDate;
  if (isShip) {
    entity.vessel = { ...(r.TitleOrShip ? { type: r.TitleOrShip } : {}), ...(dates ? { buildYear: dates } : {}) };
    addIdentifier(entity.identifiers, { type: 'imo', value: r.ShipIMONumber!, label: 'ShipIMONumber' });
  } else {
    if (dates) for (const d of semaDates(dates)) entity.birthDates.push(d);
    if (r.TitleOrShip) addUnique(entity.positions, clean(r.TitleOrShip));
  }
  entity.sources.push({
    list: ctx.list,
    sourceId,
    ...(program ? { programs: [program] } : {}),
    ...(r.DateOfListing ? { listedOn: r.DateOfListing } : {}),
    raw: { ...r },
  });
  return entity;
}

/** "Belarus / Bélarus" → "Belarus": the list writes names in English / French. */
function englishPart(text: string): string {
  return text.split(' / ')[0]!.trim();
}

/** "A, B, Belarusian: В, Russian: Г" → names; a "Language:" prefix marks an original-script name. */
export function splitAliases(text: string | undefined): Name[] {
  if (!text) return [];
  return text
    .split(/[,;\n]/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((p) => {
      const m = /^([A-Z][a-z]+):\s*(.+)$/.exec(p);
      return m ? { full: m[2]!.trim(), kind: 'native' as const, lang: m[1]!.toLowerCase() } : { full: p, kind: 'alias' as const };
    });
}

/** "1965-04-29", "1972", "1960-1962", "1970-01-02 or 1971-03-04". */
export function semaDates(text: string): PartialDate[] {
  const out: PartialDate[] = [];
  for (const piece of text.split(/\s+or\s+/i)) {
    const p = piece.trim();
    const range = /^(\d{4})-(\d{4})$/.exec(p);
    const d = range ? { value: range[1]!, to: range[2]! } : parseDate(p);
    if (d) out.push(d);
  }
  return out;
}
