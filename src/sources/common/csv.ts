/**
 * Streaming CSV for list files (csv-parse), with errors that name the file and line.
 * Rows come back as arrays of raw strings, so readers name the columns as the source does.
 */
import { Readable } from 'node:stream';
import { parse, type Options } from 'csv-parse';
import { CribaError } from '../../errors.js';
import { readUtf8 } from './text.js';

export interface CsvRow {
  fields: string[];
  /** 1-based line where the record starts. */
  line: number;
}

export interface CsvOptions {
  delimiter?: string;
  /** Accept rows with a different number of columns than the first one. */
  relaxColumnCount?: boolean;
  /** Quotes inside unquoted fields are literal (OFAC's alt.csv was re-saved without quoting). */
  relaxQuotes?: boolean;
  /** Skip this many lines before the first record (e.g. OFSI's "Last Updated" line). */
  fromLine?: number;
}

export async function* readCsv(path: string, displayName: string, opts: CsvOptions = {}): AsyncGenerator<CsvRow> {
  const options: Options = {
    delimiter: opts.delimiter ?? ',',
    relax_column_count: opts.relaxColumnCount ?? true,
    relax_quotes: opts.relaxQuotes ?? true,
    skip_empty_lines: true,
    info: true,
    from_line: opts.fromLine ?? 1,
  };
  const parser = parse(options);
  const source = Readable.from(readUtf8(path, displayName));
  // pipe() does not forward errors: without this an encoding error would leave the parser waiting forever
  source.on('error', (err) => parser.destroy(err));
  source.pipe(parser);
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { fields: item.record, line: item.info.lines };
    }
  } catch (err) {
    if (err instanceof CribaError) throw err;
    const e = err as { message?: string; lines?: number; code?: string };
    throw new CribaError('E_PARSE', `CSV: ${e.message ?? String(err)}`, { file: displayName, line: e.lines }, { cause: err });
  }
}

/** Trim a field and turn list null markers (OFAC's `-0-`) and blanks into undefined. */
export function cell(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  return v === '' || v === '-0-' ? undefined : v;
}
