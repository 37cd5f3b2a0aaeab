/**
 * common/csv.ts on files: what every CSV list reader relies on — UTF-8 with a BOM, CRLF line ends,
 * OFAC's trailing 0x1A byte, errors naming the file and line for a truncated file, a row of the
 * wrong length (when column counts are strict) and a Latin-1 file.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv, type CsvOptions, type CsvRow } from '../../../src/sources/common/csv.js';

const dir = mkdtempSync(join(tmpdir(), 'criba-csv-'));

async function rows(name: string, content: string | Buffer, opts?: CsvOptions): Promise<CsvRow[]> {
  const path = join(dir, name);
  writeFileSync(path, content);
  const out: CsvRow[] = [];
  for await (const row of readCsv(path, name, opts)) out.push(row);
  return out;
}

describe('readCsv', () => {
  it('drops a BOM and a trailing 0x1A, reads CRLF line ends and quoted line breaks', async () => {
    const text = Buffer.concat([Buffer.from('\uFEFFid,name\r\n1,"Multi\r\nline"\r\n2,Plain\r\n'), Buffer.from([0x1a])]);
    expect(await rows('bom.csv', text)).toEqual([
      { fields: ['id', 'name'], line: 1 },
      { fields: ['1', 'Multi\r\nline'], line: 2 },
      { fields: ['2', 'Plain'], line: 4 },
    ]);
  });

  it('a file cut inside a quoted field is E_PARSE naming the file and the line the record starts on', async () => {
    await expect(rows('cut.csv', 'id,name\n1,ok\n2,"cut off')).rejects.toMatchObject({ code: 'E_PARSE', context: { file: 'cut.csv', line: 3 } });
  });

  it('with strict column counts, a row of another length is E_PARSE with its line', async () => {
    expect(await rows('ragged-ok.csv', 'a,b\n1\n')).toHaveLength(2);
    await expect(rows('ragged.csv', 'a,b\n1,2\n3\n', { relaxColumnCount: false })).rejects.toMatchObject({ code: 'E_PARSE', context: { file: 'ragged.csv', line: 3 } });
  });

  it('a Latin-1 file is E_ENCODING with the line', async () => {
    await expect(rows('latin1.csv', Buffer.from('id,name\n1,Jos\xe9\n', 'latin1'))).rejects.toMatchObject({ code: 'E_ENCODING', context: { file: 'latin1.csv', line: 2 } });
  });
});
