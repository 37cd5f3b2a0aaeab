/** The FCDO summary ODS as a SourceFormat: an .ods whose first row is the summary header. */
import { isZipFile } from '../common/file-head.js';
import { readOdsRows } from '../common/ods.js';
import { hasExtension, singleFileFormat } from '../common/single-file-format.js';
import { mapFcdoSummaryRow } from './ods-mapper.js';
import { looksLikeFcdoSummary, readFcdoSummaryOds } from './ods-reader.js';

export const fcdoSummaryOdsFormat = singleFileFormat({
  id: 'summary-ods',
  description: 'FCDO UK Sanctions List, 8-column summary export (ODS)',
  officialName: /uk.?sanctions.?list.*\.ods$|fcdo.*\.ods$/,
  async accepts(file) {
    if (!hasExtension(file, '.ods') || !(await isZipFile(file.path))) return false;
    for await (const row of readOdsRows(file.path, file.path)) return looksLikeFcdoSummary(row.cells.map((c) => c.trim()));
    return false;
  },
  async *read(file, ctx) {
    for await (const row of readFcdoSummaryOds(file.path, file.path)) yield mapFcdoSummaryRow(row, ctx, file.path);
  },
});
