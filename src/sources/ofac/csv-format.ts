/**
 * The legacy CSV format of an OFAC list as a SourceFormat: detect the files by official name,
 * read them (csv-reader), map each record (csv-mapper).
 */
import type { Entity } from '../../model/entity.js';
import type { ReadContext, SourceFile, SourceFormat } from '../types.js';
import { pickCsvFiles, type CsvFileSet } from './csv-files.js';
import { mapSdnCsvRecord } from './csv-mapper.js';
import { readSdnCsv } from './csv-reader.js';

export function ofacCsvFormat(set: CsvFileSet, description: string): SourceFormat {
  return {
    id: 'csv',
    description,
    async detect(files: readonly SourceFile[]) {
      return pickCsvFiles(set, files);
    },
    async *read(files: readonly SourceFile[], ctx: ReadContext): AsyncIterable<Entity> {
      for await (const batch of readSdnCsv(set, files, ctx.onWarning)) for (const record of batch) yield mapSdnCsvRecord(record, ctx);
    },
  };
}
