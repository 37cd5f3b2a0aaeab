/** Custom CSV as a SourceFormat, recognised by its header row. Duplicate ids are an error. */
import { CribaError } from '../../errors.js';
import { headerCells, readFileHead } from '../common/file-head.js';
import { hasExtension, singleFileFormat } from '../common/single-file-format.js';
import { mapCustomRow } from './csv-mapper.js';
import { looksLikeCustomHeader, readCustomCsv } from './csv-reader.js';

export const customCsvFormat = singleFileFormat({
  id: 'csv',
  description: 'Custom in-house list CSV (name, type, dob, country, id, notes[, aliases, identifiers, programs])',
  officialName: /custom.*\.csv$/,
  async accepts(file) {
    if (!hasExtension(file, '.csv')) return false;
    return looksLikeCustomHeader(headerCells(await readFileHead(file.path)));
  },
  async *read(file, ctx) {
    const seen = new Map<string, number>();
    for await (const { row, line } of readCustomCsv(file.path, file.path)) {
      if (row.id) {
        const first = seen.get(row.id);
        if (first !== undefined) throw new CribaError('E_PARSE', `column id: "${row.id}" was already used on line ${first}`, { file: file.path, line, field: 'id' });
        seen.set(row.id, line);
      }
      yield mapCustomRow(row, line, ctx, file.path);
    }
  },
});
