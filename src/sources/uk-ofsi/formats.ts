/**
 * OFSI ConList formats: ConList.csv and ConList.xlsx, one layout. Both are recognised by content:
 * a "Last Updated" first line and a header row naming Name 6 … Group ID.
 */
import { tokenizeCsv } from '../common/csv-tokenizer.js';
import { readFileHead, isZipFile } from '../common/file-head.js';
import { hasExtension, singleFileFormat } from '../common/single-file-format.js';
import { readXlsxHead } from '../common/xlsx.js';
import { mapConListGroup } from './conlist-mapper.js';
import { looksLikeConList } from './conlist-rows.js';
import { readConListCsv } from './csv-reader.js';
import { readConListXlsx } from './xlsx-reader.js';

export const ofsiCsvFormat = singleFileFormat({
  id: 'csv',
  description: 'OFSI Consolidated List CSV (ConList.csv)',
  officialName: /^conlist.*\.csv$/,
  async accepts(file) {
    if (!hasExtension(file, '.csv', '.txt')) return false;
    // the first two lines of the head (the head may end inside a later record)
    const head = (await readFileHead(file.path, 16384)).split(/\r?\n/).slice(0, 2).join('\n');
    const rows: string[][] = [];
    for await (const batch of tokenizeCsv([head], file.path)) rows.push(...batch.map((r) => r.fields));
    return rows.length >= 2 && looksLikeConList(rows[0]!, rows[1]!);
  },
  async *read(file, ctx) {
    for (const group of await readConListCsv(file.path, file.path, ctx.onMetadata)) yield mapConListGroup(group, ctx);
  },
});

export const ofsiXlsxFormat = singleFileFormat({
  id: 'xlsx',
  description: 'OFSI Consolidated List spreadsheet (ConList.xlsx)',
  officialName: /^conlist.*\.xlsx$/,
  async accepts(file) {
    if (!hasExtension(file, '.xlsx') || !(await isZipFile(file.path))) return false;
    const rows = await readXlsxHead(file.path, file.path, 2);
    return rows.length === 2 && looksLikeConList(rows[0]!, rows[1]!);
  },
  async *read(file, ctx) {
    for (const group of await readConListXlsx(file.path, file.path, ctx.onMetadata)) yield mapConListGroup(group, ctx);
  },
});
