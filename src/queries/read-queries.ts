/**
 * Stream queries from a CSV file (header row with name, type, dob, country, id; optional ref,
 * gender) or a JSON-lines file (one object per line with the same fields). Errors name the file,
 * the line and the field.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { CribaError } from '../errors.js';
import { readCsv } from '../sources/common/csv.js';
import { parseQueryFields, type ParsedQuery, type QueryFields } from './query-record.js';

export interface QueryLine extends ParsedQuery {
  /** 1-based line of the record in its file. */
  line: number;
}

export type QueryFormat = 'csv' | 'jsonl';

export function queryFormatOf(path: string): QueryFormat {
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.(jsonl|ndjson|json)$/i.test(path)) return 'jsonl';
  throw new CribaError('E_INPUT', 'input must be a .csv or .jsonl file', { file: path });
}

export async function* readQueries(path: string, format: QueryFormat = queryFormatOf(path)): AsyncGenerator<QueryLine> {
  if (format === 'csv') yield* readCsvQueries(path);
  else yield* readJsonlQueries(path);
}

async function* readCsvQueries(path: string): AsyncGenerator<QueryLine> {
  let header: string[] | undefined;
  for await (const row of readCsv(path, path)) {
    if (!header) {
      header = row.fields.map((h) => h.trim().toLowerCase());
      if (!header.includes('name')) {
        throw new CribaError('E_FORMAT', `CSV header must have a "name" column (found: ${header.join(', ')})`, { file: path, line: row.line });
      }
      continue;
    }
    const fields: Record<string, string> = {};
    header.forEach((h, i) => {
      if (h) fields[h] = row.fields[i] ?? '';
    });
    yield { ...parseQueryFields(fields as QueryFields, { file: path, line: row.line }), line: row.line };
  }
  if (!header) throw new CribaError('E_EMPTY', 'input file is empty', { file: path });
}

async function* readJsonlQueries(path: string): AsyncGenerator<QueryLine> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  let any = false;
  for await (const raw of lines) {
    n++;
    const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!line.trim()) continue;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (cause) {
      throw new CribaError('E_PARSE', `not a JSON object: ${(cause as Error).message}`, { file: path, line: n }, { cause });
    }
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new CribaError('E_PARSE', 'each line must be a JSON object', { file: path, line: n });
    any = true;
    yield { ...parseQueryFields(obj as QueryFields, { file: path, line: n }), line: n };
  }
  if (!any) throw new CribaError('E_EMPTY', 'input file has no queries', { file: path });
}
