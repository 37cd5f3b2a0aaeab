/**
 * FCDO summary row → Entity (pure). The summary carries one name per designation and no personal
 * details; its value is the UK Sanctions List reference (Unique ID) and the OFSI Group ID, which
 * join it to the OFSI ConList entry of the same party in the merge step.
 */
import { emptyEntity, type Entity } from '../../model/entity.js';
import { clean, schemaOfUkType } from '../common/mapper-helpers.js';
import { dayMonthYear } from '../common/calendar-dates.js';
import type { ReadContext } from '../types.js';
import type { FcdoSummaryRow } from './ods-reader.js';

export function mapFcdoSummaryRow(row: FcdoSummaryRow, ctx: ReadContext, file: string): Entity {
  const uniqueId = row['Unique ID']!;
  const name = clean(row.Name);
  const entity = emptyEntity(`${ctx.list}:${uniqueId}`, schemaOfUkType(row.Type));
  // the export has designations with an empty Name cell: kept (the OFSI Group ID still links them
  // to the named ConList entry in the merge), and reported
  if (name) entity.names.push({ full: name, kind: 'primary' });
  else ctx.onWarning?.({ file, line: row.line, record: uniqueId, message: 'designation has no name' });
  entity.identifiers.push({ type: 'other', value: uniqueId, label: 'UK Sanctions List Ref' });
  if (row['OFSI Group ID']) entity.identifiers.push({ type: 'other', value: row['OFSI Group ID'], label: 'OFSI Group ID' });
  if (row['Regime Name']) entity.programs.push(row['Regime Name']);
  const sanctions = row['Sanctions Imposed']?.split(',').map((s) => s.trim()).filter(Boolean);
  if (sanctions?.length) entity.properties = { sanctions };
  const listedOn = dayMonthYear(row['Date Designated']);
  const { line: _line, ...raw } = row;
  entity.sources.push({
    list: ctx.list,
    sourceId: uniqueId,
    programs: [...entity.programs],
    ...(listedOn ? { listedOn } : {}),
    raw,
  });
  return entity;
}
