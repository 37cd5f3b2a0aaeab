/**
 * FCDO summary row → Entity (pure). The summary carries one name per designation and no personal
 * details; its value is the UK Sanctions List reference (Unique ID) and the OFSI Group ID, which
 * join it to the OFSI ConList entry of the same party in the merge step.
 */
import { emptyEntity, type Entity, type Schema } from '../../model/entity.js';
import { clean } from '../common/mapper-helpers.js';
import type { ReadContext } from '../types.js';
import type { FcdoSummaryRow } from './ods-reader.js';

export function mapFcdoSummaryRow(row: FcdoSummaryRow, ctx: ReadContext, file: string): Entity {
  const uniqueId = row['Unique ID']!;
  const name = clean(row.Name);
  const entity = emptyEntity(`${ctx.list}:${uniqueId}`, schemaOf(row.Type));
  // the export has designations with an empty Name cell: kept (the OFSI Group ID still links them
  // to the named ConList entry in the merge), and reported
  if (name) entity.names.push({ full: name, kind: 'primary' });
  else ctx.onWarning?.({ file, line: row.line, record: uniqueId, message: 'designation has no name' });
  entity.identifiers.push({ type: 'other', value: uniqueId, label: 'UK Sanctions List Ref' });
  if (row['OFSI Group ID']) entity.identifiers.push({ type: 'other', value: row['OFSI Group ID'], label: 'OFSI Group ID' });
  if (row['Regime Name']) entity.programs.push(row['Regime Name']);
  const sanctions = row['Sanctions Imposed']?.split(',').map((s) => s.trim()).filter(Boolean);
  if (sanctions?.length) entity.properties = { sanctions };
  const listedOn = dmy(row['Date Designated']);
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

function schemaOf(type: string | undefined): Schema {
  switch (type?.toLowerCase()) {
    case 'individual':
      return 'Person';
    case 'ship':
      return 'Vessel';
    default:
      return 'Organization';
  }
}

/** "29-06-2012" → "2012-06-29". */
function dmy(text: string | undefined): string | undefined {
  const m = /^(\d{2})[-/](\d{2})[-/](\d{4})$/.exec(text?.trim() ?? '');
  return m ? `${m[3]}-${m[2]}-${m[1]}` : undefined;
}
