/**
 * One DFAT group (rows sharing a Reference number) → Entity (pure). "Name Type" is cased and
 * spaced inconsistently ("Primary Name ", "aka", "Original script"), so it is compared folded.
 */
import type { PartialDate } from '../../model/date.js';
import { emptyEntity, type Entity } from '../../model/entity.js';
import type { NameKind } from '../../model/name.js';
import { parseDate } from '../../model/date.js';
import { addCountry, addIdentifier, addName, addUnique, clean } from '../common/mapper-helpers.js';
import { excelSerialToIso } from '../common/xlsx.js';
import type { ReadContext } from '../types.js';
import { parseDfatDates } from './dates.js';
import { documentsIn } from './documents.js';
import type { DfatGroup } from './xlsx-reader.js';

export function mapDfatGroup(group: DfatGroup, ctx: ReadContext, file: string): Entity {
  const primaryRow = group.rows.find((r) => nameKind(r['Name Type']) === 'primary') ?? group.rows[0]!;
  const isPerson = (primaryRow.Type ?? '').trim().toLowerCase() === 'individual';
  const entity = emptyEntity(`${ctx.list}:${group.reference}`, isPerson ? 'Person' : 'Organization');
  addName(entity.names, nameOf(primaryRow, 'primary'));
  for (const row of group.rows) {
    if (row === primaryRow) continue;
    const kind = nameKind(row['Name Type']);
    addName(entity.names, nameOf(row, kind === 'primary' ? 'alias' : kind));
  }
  for (const row of group.rows) {
    if (row['Date of Birth']) {
      const { dates, unparsed } = parseDfatDates(row['Date of Birth']);
      for (const d of dates) addDate(entity.birthDates, d);
      for (const u of unparsed) ctx.onWarning?.({ file, record: group.reference, message: `Date of Birth not understood: "${u}"` });
    }
    const pob = clean(row['Place of Birth']);
    if (pob && !/^na$/i.test(pob)) addUnique(entity.birthPlaces, pob);
    for (const c of splitAlternatives(row.Citizenship)) addCountry(entity.citizenships, c);
    const address = clean(row.Address);
    if (address && !/^na$/i.test(address) && !entity.addresses.some((a) => a.full === address)) entity.addresses.push({ full: address });
    for (const c of splitAlternatives(row.Committees)) addUnique(entity.programs, c);
    const info = row['Additional Information'];
    if (info) {
      entity.remarks ??= clean(info);
      for (const m of info.matchAll(/\bIMO(?:\s+(?:number|no\.?))?\s*:?\s*(\d{7})\b/gi)) addIdentifier(entity.identifiers, { type: 'imo', value: m[1]!, label: 'IMO' });
      if (isPerson) for (const doc of documentsIn(info)) addIdentifier(entity.identifiers, doc);
    }
  }
  const listedOn = listingDate(primaryRow['Listing Information']);
  const controlDate = primaryRow['Control Date'] ? excelSerialToIso(primaryRow['Control Date']) : undefined;
  entity.sources.push({
    list: ctx.list,
    sourceId: group.reference,
    programs: [...entity.programs],
    ...(listedOn ? { listedOn } : {}),
    raw: { rows: group.rows, ...(controlDate ? { controlDate } : {}) },
  });
  return entity;
}

function nameOf(row: Record<string, string>, kind: NameKind) {
  const full = clean(row['Name of Individual or Entity']);
  return full ? { full, kind } : undefined;
}

/** Folded "Name Type" → kind: Primary Name, aka, Original Script, Formerly known as, Previously listed as. */
export function nameKind(nameType: string | undefined): NameKind {
  const t = (nameType ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  if (t === 'primary name') return 'primary';
  if (t.startsWith('original script')) return 'native';
  if (t.startsWith('formerly') || t.startsWith('previously')) return 'former';
  return 'alias';
}

function splitAlternatives(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\b[a-h]\)\s*|;|\n/)
    .map((p) => p.trim().replace(/[.,]$/, ''))
    .filter((p) => p && !/^na$/i.test(p));
}

/** "Listed by UN 1267 Committee on 25 January 2001 (amended…)" → 2001-01-25. */
function listingDate(text: string | undefined): string | undefined {
  const m = /\bon\s*(\d{1,2}\s+[A-Za-z]+\.?\s+\d{4})/.exec(text ?? '');
  return m ? parseDate(m[1]!)?.value : undefined;
}

function addDate(list: PartialDate[], date: PartialDate): void {
  if (!list.some((d) => d.value === date.value && d.to === date.to)) list.push(date);
}
