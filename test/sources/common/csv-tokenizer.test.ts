import { describe, expect, it } from 'vitest';
import { tokenizeCsv, type CsvRecord, type TokenizeOptions } from '../../../src/sources/common/csv-tokenizer.js';

async function tokenize(chunks: string[], opts?: TokenizeOptions): Promise<CsvRecord[]> {
  async function* source() {
    yield* chunks;
  }
  const out: CsvRecord[] = [];
  for await (const batch of tokenizeCsv(source(), 'test.csv', opts)) out.push(...batch);
  return out;
}

const TRICKY = '1,"A, ""quoted"" name",-0- \r\n2,plain "inner" quote,"multi\nline"\r\n\r\n3,"",last\r4,x,"y"\n5,,';
const EXPECTED: CsvRecord[] = [
  { fields: ['1', 'A, "quoted" name', '-0- '], line: 1 },
  { fields: ['2', 'plain "inner" quote', 'multi\nline'], line: 2 },
  { fields: ['3', '', 'last'], line: 5 },
  { fields: ['4', 'x', 'y'], line: 6 },
  { fields: ['5', '', ''], line: 7 },
];

describe('CSV tokenizer', () => {
  it('reads quotes, escaped quotes, literal quotes, multi-line fields, CRLF/CR/LF and blank lines', async () => {
    expect(await tokenize([TRICKY])).toEqual(EXPECTED);
  });

  it('gives the same records wherever the text is cut into chunks', async () => {
    for (let a = 0; a <= TRICKY.length; a++) {
      for (const b of [a, Math.min(TRICKY.length, a + 1), Math.min(TRICKY.length, a + 7)]) {
        const chunks = [TRICKY.slice(0, a), TRICKY.slice(a, b), TRICKY.slice(b)];
        expect(await tokenize(chunks), `cut at ${a}/${b}`).toEqual(EXPECTED);
      }
    }
  });

  it('a quoted field open at the end is E_PARSE with the line where the record starts', async () => {
    await expect(tokenize(['1,"ok"\r\n2,"cut', ' off\nstill open'])).rejects.toMatchObject({ code: 'E_PARSE', context: { file: 'test.csv', line: 2 } });
  });

  it('splits on another one-character delimiter (EU ";", BIS DPL tab) and keeps commas as text', async () => {
    expect(await tokenize(['a;"b;c";d,e\n1;2'], { delimiter: ';' })).toEqual([
      { fields: ['a', 'b;c', 'd,e'], line: 1 },
      { fields: ['1', '2'], line: 2 },
    ]);
    expect(await tokenize(['"Name"\t"City, State"\r\nX\t', 'Y\r\n'], { delimiter: '\t' })).toEqual([
      { fields: ['Name', 'City, State'], line: 1 },
      { fields: ['X', 'Y'], line: 2 },
    ]);
  });

  it('with strictQuotes, a quote inside an unquoted field or text after a closing quote is E_PARSE with the line', async () => {
    expect(await tokenize(['a,"b ""c""",d\n'], { strictQuotes: true })).toEqual([{ fields: ['a', 'b "c"', 'd'], line: 1 }]);
    await expect(tokenize(['a,b\nplain "inner" quote,c\n'], { strictQuotes: true })).rejects.toMatchObject({ code: 'E_PARSE', context: { file: 'test.csv', line: 2 } });
    await expect(tokenize(['a,b\n"quoted"', 'tail,c\n'], { strictQuotes: true })).rejects.toMatchObject({ code: 'E_PARSE', context: { file: 'test.csv', line: 2 } });
  });
});
