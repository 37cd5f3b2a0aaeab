/** The DPL tab-separated text as a SourceFormat, recognised by its header row. */
import { headerCells, readFileHead } from '../common/file-head.js';
import { hasExtension, singleFileFormat } from '../common/single-file-format.js';
import { dplSourceId, mapDplRows } from './txt-mapper.js';
import { looksLikeDpl, readDplTxt, type DplRow } from './txt-reader.js';

export const dplTxtFormat = singleFileFormat({
  id: 'txt',
  description: 'BIS Denied Persons List, tab-separated text (dpl.txt)',
  officialName: /dpl.*\.txt$/,
  async accepts(file) {
    if (!hasExtension(file, '.txt', '.tsv', '.csv')) return false;
    return looksLikeDpl(headerCells(await readFileHead(file.path), '\t'));
  },
  async *read(file, ctx) {
    const groups = new Map<string, DplRow[]>();
    for await (const { row } of readDplTxt(file.path, file.path)) {
      const id = dplSourceId(row);
      const rows = groups.get(id);
      if (rows) rows.push(row);
      else groups.set(id, [row]);
    }
    for (const [id, rows] of groups) yield mapDplRows(id, rows, ctx);
  },
});
