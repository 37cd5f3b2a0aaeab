/**
 * OFSI ConList formats: ConList.csv and ConList.xlsx, one layout. Both are recognised by content:
 * a "Last Updated" first line and a header row naming Name 6 … Group ID.
 */
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
    const head = await readFileHead(file.path, 16384);
    const rows: string[][] = [];
    for await (const r of readCsvText(head)) rows.push(r);
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

/** The first two lines of a CSV head, split on commas outside quotes (enough to sniff a header). */
async function* readCsvText(head: string): AsyncGenerator<string[]> {
  for (const line of head.split(/\r?\n/).slice(0, 2)) {
    const out: string[] = [];
    let cur = '';
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) {
        out.push(cur);
        cur = '';
      } else cur += ch;
    }
    out.push(cur);
    yield out;
  }
}
