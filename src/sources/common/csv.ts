/**
 * Streaming CSV for list files, through the fast tokenizer (csv-tokenizer.ts), with errors that
 * name the file and line. Rows come back as arrays of raw strings, so readers name the columns as
 * the source does.
 */
import { CribaError } from '../../errors.js';
import { tokenizeCsv, type CsvRecord } from './csv-tokenizer.js';
import { readUtf8 } from './text.js';

export type CsvRow = CsvRecord;

export interface CsvOptions {
  /** One character; default `,`. */
  delimiter?: string;
  /** Accept rows with a different number of columns than the first one (default true). */
  relaxColumnCount?: boolean;
  /**
   * Quotes inside unquoted fields are literal (default true: OFAC's alt.csv was re-saved without
   * quoting); false makes them, and text after a closing quote, E_PARSE.
   */
  relaxQuotes?: boolean;
}

/** Rows of a CSV file, one at a time. */
export async function* readCsv(path: string, displayName: string, opts: CsvOptions = {}): AsyncGenerator<CsvRow> {
  for await (const batch of readCsvBatches(path, displayName, opts)) yield* batch;
}

/**
 * Rows of a CSV file in batches (one per chunk of text read), for readers that go through large
 * files: one async step per batch instead of one per row.
 */
export function readCsvBatches(path: string, displayName: string, opts: CsvOptions = {}): AsyncGenerator<CsvRow[]> {
  return parseCsvText(readUtf8(path, displayName), displayName, opts);
}

/** The same over text chunks that do not come from a plain file (e.g. a gunzipped stream). */
export async function* parseCsvText(chunks: AsyncIterable<string>, displayName: string, opts: CsvOptions = {}): AsyncGenerator<CsvRow[]> {
  const batches = tokenizeCsv(chunks, displayName, { delimiter: opts.delimiter ?? ',', strictQuotes: opts.relaxQuotes === false });
  if (opts.relaxColumnCount ?? true) {
    yield* batches;
    return;
  }
  let columns: number | undefined;
  for await (const batch of batches) {
    for (const row of batch) {
      columns ??= row.fields.length;
      if (row.fields.length !== columns) {
        throw new CribaError('E_PARSE', `CSV: the row has ${row.fields.length} columns where the first row has ${columns}`, { file: displayName, line: row.line });
      }
    }
    yield batch;
  }
}

/** Trim a field and turn list null markers (OFAC's `-0-`) and blanks into undefined. */
export function cell(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  return v === '' || v === '-0-' ? undefined : v;
}
