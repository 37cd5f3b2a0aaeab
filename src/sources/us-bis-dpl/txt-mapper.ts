/**
 * DPL rows → Entity (pure). The list has no record ids: the rows of one denial order (same Name and
 * Effective_Date, one row per address) are one entity, identified by the name and the date. The
 * list mixes people and companies without saying which, so the schema is LegalEntity.
 */
import { countryCode } from '../../model/country.js';
import { emptyEntity, type Entity } from '../../model/entity.js';
import { addUnique, buildAddress } from '../common/mapper-helpers.js';
import type { ReadContext } from '../types.js';
import type { DplRow } from './txt-reader.js';

/** "AARON ABRAHAM VILLA" + "08/24/2022" → "aaron-abraham-villa/2022-08-24". */
export function dplSourceId(row: DplRow): string {
  const slug = row.Name!.toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug}/${usDate(row.Effective_Date) ?? 'undated'}`;
}

export function mapDplRows(id: string, rows: DplRow[], ctx: ReadContext): Entity {
  const first = rows[0]!;
  const entity = emptyEntity(`${ctx.list}:${id}`, 'LegalEntity');
  entity.names.push({ full: first.Name!, kind: 'primary' });
  for (const row of rows) {
    const address = buildAddress({ street: row.Street_Address, city: row.City, region: row.State, postalCode: row.Postal_Code, countryName: row.Country });
    if (address) {
      if (row.Country && /^[A-Z]{2}$/.test(row.Country)) {
        const c = countryCode(row.Country);
        if (c) address.country = c;
      }
      if (!entity.addresses.some((a) => a.full === address.full)) entity.addresses.push(address);
      addUnique(entity.countries, address.country);
    }
  }
  entity.programs.push('DPL');
  if (first.FR_Citation) entity.remarks = `${first.Action ? `${first.Action}. ` : ''}${first.FR_Citation}`;
  const listedOn = usDate(first.Effective_Date);
  entity.sources.push({ list: ctx.list, sourceId: id, programs: ['DPL'], ...(listedOn ? { listedOn } : {}), raw: { rows } });
  return entity;
}

/** "06/19/2003" (month first) → "2003-06-19". */
export function usDate(text: string | undefined): string | undefined {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text?.trim() ?? '');
  return m ? `${m[3]}-${m[1]}-${m[2]}` : undefined;
}
