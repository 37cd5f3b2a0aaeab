/**
 * Reader of the trade.gov Consolidated Screening List CSV (consolidated.csv, or its .csv.gz):
 * a header row (_id, source, entity_number, type, programs, name, …, ids) and one row per listing.
 * Gzip is decompressed as a stream (node:zlib) and decoded as strict UTF-8. Rows come back keyed
 * by the CSL's column names, with their line.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { CribaError } from '../../errors.js';
import { parseCsvText } from '../common/csv.js';
import { keyedRows } from '../common/csv-keyed-rows.js';
import { readUtf8 } from '../common/text.js';

export const CSL_REQUIRED = ['_id', 'source', 'name', 'alt_names'] as const;

export type CslRow = Record<string, string>;

export function looksLikeCsl(header: readonly string[]): boolean {
  return CSL_REQUIRED.every((c) => header.includes(c));
}

export async function* readCslCsv(path: string, displayName: string): AsyncGenerator<{ row: CslRow; line: number }> {
  const text = path.toLowerCase().endsWith('.gz') ? gunzipUtf8(path, displayName) : readUtf8(path, displayName);
  yield* keyedRows(parseCsvText(text, displayName), displayName, {
    checkHeader(header, line) {
      if (!looksLikeCsl(header)) {
        throw new CribaError('E_FORMAT', 'not the Consolidated Screening List CSV: the header has no _id / source / name / alt_names columns', { file: displayName, line });
      }
    },
  });
}

/** Decompress a gzip file as a stream and decode it as strict UTF-8. */
async function* gunzipUtf8(path: string, displayName: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of createReadStream(path).pipe(createGunzip())) {
      yield decoder.decode(chunk as Buffer, { stream: true });
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch (err) {
    if (err instanceof TypeError) throw new CribaError('E_ENCODING', 'not valid UTF-8', { file: displayName }, { cause: err });
    throw new CribaError('E_PARSE', `gzip: ${(err as Error).message}`, { file: displayName }, { cause: err });
  }
}
