/**
 * Streaming OpenDocument spreadsheet rows (the FCDO UK Sanctions List export): `content.xml` of
 * the zip is read with saxes, row by row, first table only.
 *
 * ODS compresses runs: `table:number-columns-repeated` / `number-rows-repeated`. Exports pad every
 * row with thousands of empty repeated cells and the sheet with a million empty repeated rows, so
 * empty runs are never expanded; repeated non-empty cells and rows are.
 */
import { CribaError } from '../../errors.js';
import type { SheetRow } from './xlsx.js';
import { openZipPackage, parseZipXml } from './zip-xml.js';

/** Stream the rows of the first table. Rows without any value are skipped. */
export async function* readOdsRows(path: string, displayName: string): AsyncGenerator<SheetRow> {
  const zip = await openZipPackage(path, displayName);
  try {
    if (!zip.names().includes('content.xml')) {
      throw new CribaError('E_FORMAT', 'zip package is not an OpenDocument spreadsheet (no content.xml)', { file: displayName });
    }
    yield* readContent(zip, displayName);
  } finally {
    zip.close();
  }
}

async function* readContent(zip: Awaited<ReturnType<typeof openZipPackage>>, displayName: string): AsyncGenerator<SheetRow> {
  const done: SheetRow[] = [];
  let tableDepth = 0; // > 1 inside a nested or later table: ignored
  let tablesSeen = 0;
  let rowNumber = 0;
  let rowRepeat = 1;
  let cells: string[] = [];
  let pendingEmpty = 0;
  let cellRepeat = 1;
  let cellText = '';
  let paragraphs = 0;
  let inParagraph = false; // text between paragraphs is the file's indentation, not content
  let inCell = false;
  let dateValue: string | undefined;
  const inFirstTable = () => tableDepth === 1 && tablesSeen === 1;
  const handlers = {
    open(tag: { attributes: Record<string, string> }, name: string) {
      const a = tag.attributes;
      if (name === 'table') {
        tableDepth++;
        if (tableDepth === 1) tablesSeen++;
        return;
      }
      if (!inFirstTable()) return;
      if (name === 'table-row') {
        rowRepeat = Number(a['table:number-rows-repeated'] ?? 1);
        cells = [];
        pendingEmpty = 0;
      } else if (name === 'table-cell' || name === 'covered-table-cell') {
        cellRepeat = Number(a['table:number-columns-repeated'] ?? 1);
        cellText = '';
        paragraphs = 0;
        inCell = true;
        dateValue = a['office:value-type'] === 'date' ? a['office:date-value'] : undefined;
      } else if (inCell && name === 'p') {
        if (paragraphs++ > 0) cellText += '\n';
        inParagraph = true;
      } else if (inCell && name === 's') {
        cellText += ' '.repeat(Number(a['text:c'] ?? 1));
      } else if (inCell && name === 'tab') cellText += '\t';
      else if (inCell && name === 'line-break') cellText += '\n';
    },
    text(t: string) {
      // ODF collapses runs of white space in paragraph text; explicit spaces come as <text:s>
      if (inCell && inParagraph) cellText += t.replace(/[ \t\r\n]+/g, ' ');
    },
    close(name: string) {
      if (name === 'table') {
        tableDepth--;
        return;
      }
      if (!inFirstTable()) return;
      if (name === 'p') inParagraph = false;
      else if (name === 'table-cell' || name === 'covered-table-cell') {
        inCell = false;
        const text = dateValue ?? cellText.trim();
        if (text === '') pendingEmpty += cellRepeat;
        else {
          for (; pendingEmpty > 0; pendingEmpty--) cells.push('');
          for (let i = 0; i < cellRepeat; i++) cells.push(text);
        }
      } else if (name === 'table-row') {
        const first = rowNumber + 1;
        rowNumber += rowRepeat;
        if (cells.length === 0) return;
        for (let i = 0; i < rowRepeat; i++) done.push({ cells: [...cells], row: first + i });
      }
    },
  };
  yield* parseZipXml(await zip.open('content.xml'), displayName, 'content.xml', handlers, () => done.splice(0));
}
