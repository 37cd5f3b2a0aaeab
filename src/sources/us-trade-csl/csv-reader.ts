/**
 * Reader of the trade.gov Consolidated Screening List CSV (consolidated.csv, or its .csv.gz):
 * a header row (_id, source, entity_number, type, programs, name, …, ids) and one row per listing.
 * Gzip is decompressed as a stream and decoded as strict UTF-8 (common/text.ts). Rows come back keyed
 * by the CSL's column names, with their line.
 */
import { CribaError } from '../../errors.js';
import { parseCsvText } from '../common/csv.js';
import { keyedRows } from '../common/keyed-rows.js';
import { readGzipUtf8, readUtf8 } from '../common/text.js';

export const CSL_REQUIRED = ['_id', 'source', 'name', 'alt_names'] as const;

export type CslRow = Record<string, string>;

export function looksLikeCsl(header: readonly string[]): boolean {
  return CSL_REQUIRED.every((c) => header.includes(c));
}

export async function* readCslCsv(path: string, displayName: string): AsyncGenerator<{ row: CslRow; line: number }> {
  const text = path.toLowerCase().endsWith('.gz') ? readGzipUtf8(path, displayName) : readUtf8(path, displayName);
  yield* keyedRows(parseCsvText(text, displayName), displayName, {
    checkHeader(header, line) {
      if (!looksLikeCsl(header)) {
        throw new CribaError('E_FORMAT', 'not the Consolidated Screening List CSV: the header has no _id / source / name / alt_names columns', { file: displayName, line });
      }
    },
  });
}
