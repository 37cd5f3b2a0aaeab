/**
 * Streaming xlsx rows (OFSI ConList.xlsx, DFAT regulation8_consolidated.xlsx): the zip is read
 * with yauzl and its XML parts with saxes. The shared-strings table is loaded first (it is what
 * most cells point into), then the first worksheet is streamed row by row.
 *
 * Cells come back as strings exactly as stored: shared/inline strings as text, numbers as their
 * stored decimal form. Dates are numbers in xlsx (days since 1899-12-30): readers that know a
 * column holds dates convert with `excelSerialToIso`.
 */
import { CribaError } from '../../errors.js';
import { openZipPackage, parseZipXml, type ZipPackage } from './zip-xml.js';

export interface SheetRow {
  /** Cell texts by column (A = 0); missing cells are ''. */
  cells: string[];
  /** 1-based row number in the sheet, for error messages. */
  row: number;
}

/** Stream the rows of the workbook's first worksheet. Rows without any value are skipped. */
export async function* readXlsxRows(path: string, displayName: string): AsyncGenerator<SheetRow> {
  const zip = await openZipPackage(path, displayName);
  try {
    const sheet = await firstSheetPart(zip, displayName);
    const shared = zip.names().includes('xl/sharedStrings.xml') ? await readSharedStrings(zip, displayName) : [];
    yield* readSheet(zip, sheet, shared, displayName);
  } finally {
    zip.close();
  }
}

/**
 * The first `count` rows of the first worksheet, for `detect()`: reads those rows, then only as much
 * of the shared-strings table as they point into — milliseconds instead of loading a table of
 * 30,000+ strings.
 */
export async function readXlsxHead(path: string, displayName: string, count = 2): Promise<string[][]> {
  const zip = await openZipPackage(path, displayName);
  try {
    const sheet = await firstSheetPart(zip, displayName);
    const rows: string[][] = [];
    for await (const row of readSheet(zip, sheet, undefined, displayName)) {
      rows.push(row.cells);
      if (rows.length >= count) break;
    }
    const indexes = rows.flat().filter((c) => c.startsWith('\u0000')).map((c) => Number(c.slice(1)));
    const needed = indexes.length ? Math.max(...indexes) + 1 : 0;
    const shared = needed && zip.names().includes('xl/sharedStrings.xml') ? await readSharedStrings(zip, displayName, needed) : [];
    return rows.map((cells) => cells.map((c) => (c.startsWith('\u0000') ? (shared[Number(c.slice(1))] ?? '') : c)));
  } finally {
    zip.close();
  }
}

async function readAllText(zip: ZipPackage, part: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of await zip.open(part)) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The first sheet in workbook order, resolved through the workbook's relationships. */
async function firstSheetPart(zip: ZipPackage, displayName: string): Promise<string> {
  if (!zip.names().includes('xl/workbook.xml')) {
    throw new CribaError('E_FORMAT', 'zip package is not an xlsx workbook (no xl/workbook.xml)', { file: displayName });
  }
  const workbook = await readAllText(zip, 'xl/workbook.xml');
  const rid = /<(?:\w+:)?sheet\b[^>]*?\br:id="([^"]+)"/.exec(workbook)?.[1];
  if (rid && zip.names().includes('xl/_rels/workbook.xml.rels')) {
    const rels = await readAllText(zip, 'xl/_rels/workbook.xml.rels');
    for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
      const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
      if (id === rid && target) return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    }
  }
  const fallback = zip.names().filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n)).sort()[0];
  if (!fallback) throw new CribaError('E_FORMAT', 'xlsx workbook has no worksheet', { file: displayName });
  return fallback;
}

async function readSharedStrings(zip: ZipPackage, displayName: string, limit = Infinity): Promise<string[]> {
  const out: string[] = [];
  let current = '';
  let inText = false;
  let inPhonetic = false; // <rPh> holds furigana, not cell text
  const handlers = {
    open(_tag: unknown, name: string) {
      if (name === 'si') current = '';
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't' && !inPhonetic) inText = true;
    },
    text(t: string) {
      if (inText) current += t;
    },
    close(name: string) {
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') out.push(current);
    },
  };
  for await (const _ of parseZipXml(await zip.open('xl/sharedStrings.xml'), displayName, 'xl/sharedStrings.xml', handlers, () => [])) {
    if (out.length >= limit) break; // enough for the rows asked for (see readXlsxHead)
  }
  return out;
}

/**
 * Stream a sheet's rows. With `shared` undefined, shared-string cells are returned as `\u0000<index>`
 * for the caller to resolve (readXlsxHead resolves them after reading only the strings it needs).
 */
async function* readSheet(zip: ZipPackage, part: string, shared: string[] | undefined, displayName: string): AsyncGenerator<SheetRow> {
  const done: SheetRow[] = [];
  let cells: string[] = [];
  let rowNumber = 0;
  let col = -1;
  let type = '';
  let value = '';
  let inValue = false;
  let inPhonetic = false;
  const handlers = {
    open(tag: { attributes: Record<string, string> }, name: string) {
      if (name === 'row') {
        const r = Number(tag.attributes.r);
        rowNumber = Number.isFinite(r) && r > 0 ? r : rowNumber + 1;
        cells = [];
        col = -1;
      } else if (name === 'c') {
        const ref = tag.attributes.r;
        col = ref ? columnIndex(ref) : col + 1;
        type = tag.attributes.t ?? 'n';
        value = '';
      } else if (name === 'rPh') inPhonetic = true;
      else if ((name === 'v' || name === 't') && !inPhonetic) inValue = true;
    },
    text(t: string) {
      if (inValue) value += t;
    },
    close(name: string) {
      if (name === 'v' || name === 't') inValue = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'c') {
        let text = value;
        if (type === 's' && !shared) text = `\u0000${value}`;
        else if (type === 's' && shared) {
          const s = shared[Number(value)];
          if (s === undefined && value !== '') {
            throw new CribaError('E_PARSE', `cell in row ${rowNumber} points to shared string ${value}, which does not exist`, { file: displayName, line: rowNumber });
          }
          text = s ?? '';
        } else if (type === 'b') text = value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : value;
        while (cells.length < col) cells.push('');
        cells[col] = text;
      } else if (name === 'row') {
        if (cells.some((c) => c.trim() !== '')) done.push({ cells, row: rowNumber });
      }
    },
  };
  yield* parseZipXml(await zip.open(part), displayName, part, handlers, () => done.splice(0));
}

/** "AJ12" → 35. */
export function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/**
 * An Excel date serial (days since 1899-12-30, the 1900 leap-year bug included) as an ISO date;
 * undefined when the text is not a plausible serial.
 */
export function excelSerialToIso(text: string): string | undefined {
  if (!/^\d{4,5}(?:\.\d+)?$/.test(text.trim())) return undefined;
  const days = Math.floor(Number(text));
  const ms = Date.UTC(1899, 11, 30) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}
