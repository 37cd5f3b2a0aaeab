/**
 * The CSL CSV (or .csv.gz) as a SourceFormat, recognised by its header. OFAC SDN rows are
 * skipped; rows are grouped by `_id`.
 */
import { headerCells, readFileHead, readGzipHead } from '../common/file-head.js';
import { hasExtension, singleFileFormat } from '../common/single-file-format.js';
import { isOfacSdnRow, mapCslRows } from './csv-mapper.js';
import { looksLikeCsl, readCslCsv, type CslRow } from './csv-reader.js';

export const cslCsvFormat = singleFileFormat({
  id: 'csv',
  description: 'trade.gov Consolidated Screening List CSV (consolidated.csv, optionally gzipped); OFAC SDN rows skipped',
  officialName: /consolidated.*\.csv(\.gz)?$/,
  async accepts(file) {
    const gz = hasExtension(file, '.gz');
    if (!gz && !hasExtension(file, '.csv')) return false;
    const head = gz ? await readGzipHead(file.path) : await readFileHead(file.path);
    return looksLikeCsl(headerCells(head));
  },
  async *read(file, ctx) {
    const groups = new Map<string, CslRow[]>();
    for await (const { row } of readCslCsv(file.path, file.path)) {
      if (isOfacSdnRow(row)) continue;
      const id = row._id ?? `${row.source}:${row.name}`;
      const rows = groups.get(id);
      if (rows) rows.push(row);
      else groups.set(id, [row]);
    }
    for (const [id, rows] of groups) yield mapCslRows(id, rows, ctx);
  },
});
