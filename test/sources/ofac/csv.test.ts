import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ofacCons, ofacSdn } from '../../../src/sources/ofac/definition.js';
import { listById } from '../../../src/sources/registry.js';
import { FIXTURES, formatOf, readError, readFormat, sourceFiles, tempFiles } from './helpers.js';

const sdnCsv = formatOf(ofacSdn, 'csv');
const consCsv = formatOf(ofacCons, 'csv');

describe('OFAC list definitions', () => {
  it('are registered with official URLs, a licence and the CSV format first', () => {
    for (const id of ['ofac-sdn', 'ofac-cons']) {
      const def = listById(id);
      expect(def, id).toBeDefined();
      expect(def!.formats[0]!.id).toBe('csv');
      expect(def!.licence).toMatch(/public domain/i);
      for (const d of def!.downloads) expect(d.url).toMatch(/^https:\/\/sanctionslistservice\.ofac\.treas\.gov\//);
    }
    expect(ofacSdn.downloads.map((d) => d.file)).toEqual(['SDN.CSV', 'ADD.CSV', 'ALT.CSV', 'SDN_COMMENTS.CSV']);
    expect(ofacCons.downloads.map((d) => d.file)).toContain('CONS_PRIM.CSV');
  });

  it('detects official file names in any case, main file first', async () => {
    const f = (name: string) => ({ name, path: `/x/${name}`, size: 1 });
    const picked = await sdnCsv.detect([f('ALT.CSV'), f('readme.txt'), f('SDN.CSV'), f('add.csv'), f('SDN_COMMENTS.CSV')]);
    expect(picked?.map((x) => x.name)).toEqual(['SDN.CSV', 'add.csv', 'ALT.CSV', 'SDN_COMMENTS.CSV']);
    expect(await sdnCsv.detect([f('add.csv'), f('alt.csv')])).toBeUndefined();
    expect((await consCsv.detect([f('cons_alt.csv'), f('CONS_PRIM.CSV')]))?.map((x) => x.name)).toEqual(['CONS_PRIM.CSV', 'cons_alt.csv']);
    expect(await consCsv.detect([f('sdn.csv')])).toBeUndefined();
  });
});

describe('OFAC SDN CSV trio (hand-written fixture: CRLF, trailing 0x1A)', async () => {
  const { entities, byId, warnings } = await readFormat(sdnCsv, sourceFiles(join(FIXTURES, 'csv')), 'ofac-sdn');

  it('reads one entity per sdn.csv row, with ids from ent_num', () => {
    expect(entities.map((e) => e.id)).toEqual(['ofac-sdn:100', 'ofac-sdn:101', 'ofac-sdn:102', 'ofac-sdn:103', 'ofac-sdn:104', 'ofac-sdn:105']);
    expect(entities.map((e) => e.schema)).toEqual(['Person', 'Organization', 'Vessel', 'Aircraft', 'Organization', 'Person']);
  });

  it('maps an individual: name parts, aliases, programs, Remarks facts, addresses, raw row', () => {
    const p = byId.get('ofac-sdn:100')!;
    expect(p.names[0]).toEqual({ full: 'TESTA ROSSI, Maria Elena', kind: 'primary', parts: { family: 'TESTA ROSSI', given: 'Maria Elena' } });
    expect(p.names).toContainEqual({ full: 'ROSSI, Maria', kind: 'alias', parts: { family: 'ROSSI', given: 'Maria' } });
    expect(p.names.find((n) => n.full === 'LA ROSSA')?.kind).toBe('weak');
    expect(p.programs).toEqual(['SDGT', 'IFSR']);
    expect(p.birthDates).toEqual([{ value: '1979-02-08' }, { value: '1980' }]);
    expect(p.birthPlaces).toEqual(['Sevilla, Spain']);
    expect(p.nationalities).toEqual(['ES']);
    expect(p.citizenships).toEqual(['IT']);
    expect(p.gender).toBe('female');
    expect(p.identifiers).toEqual([
      { type: 'passport', value: 'X1234567', country: 'ES', label: 'Passport', note: 'expires 11 Aug 2030' },
      { type: 'national-id', value: '99887766', country: 'ES', label: 'National ID No.' },
    ]);
    expect(p.relations).toEqual([{ kind: 'linked', name: 'EXAMPLE TRADING S.A.' }]);
    expect(p.addresses).toEqual([{ full: 'Calle Falsa 123, Sevilla 41001, Spain', street: 'Calle Falsa 123', city: 'Sevilla 41001', country: 'ES' }]);
    expect(p.countries).toEqual(['ES']);
    expect(p.sources[0]!.list).toBe('ofac-sdn');
    expect(p.sources[0]!.sourceId).toBe('100');
    expect(p.sources[0]!.programs).toEqual(['SDGT', 'IFSR']);
    expect(p.sources[0]!.raw).toMatchObject({ ent_num: '100', SDN_Name: 'TESTA ROSSI, Maria Elena', SDN_Type: 'individual', Program: 'SDGT] [IFSR' });
    expect(p.remarks).toMatch(/^DOB 08 Feb 1979;/);
  });

  it('maps fka to former and nka to alias, and properties from Remarks', () => {
    const o = byId.get('ofac-sdn:101')!;
    expect(o.names.map((n) => [n.full, n.kind])).toEqual([
      ['EXAMPLE TRADING S.A.', 'primary'],
      ['EXAMPLE TRADERS LTD.', 'former'],
      ['EXAMPLE GLOBAL S.A.', 'alias'],
    ]);
    expect(o.names[0]!.parts).toBeUndefined();
    expect(o.properties).toEqual({ website: ['www.example-trading.test'], email: ['info@example-trading.test'] });
    expect(o.identifiers).toEqual([{ type: 'tax-id', value: '12345678-9', country: 'PA', label: 'Tax ID No.' }]);
    expect(o.countries).toEqual(['PA', 'KP']);
  });

  it('maps vessel columns and vessel Remarks', () => {
    const v = byId.get('ofac-sdn:102')!;
    expect(v.vessel).toEqual({
      callSign: '9XYZ1',
      type: 'Crude Oil Tanker',
      flag: 'PA',
      owner: 'EXAMPLE TRADING S.A.',
      tonnage: '150,000',
      grossRegisteredTonnage: '80,000',
      buildYear: '2004',
    });
    expect(v.identifiers.map((i) => [i.type, i.value])).toEqual([
      ['imo', '9123456'],
      ['mmsi', '352000001'],
    ]);
    expect(v.countries).toEqual(['PA']);
  });

  it('maps aircraft Remarks', () => {
    const a = byId.get('ofac-sdn:103')!;
    expect(a.aircraft).toEqual({ model: 'B747-200', manufactureDate: '1980', serialNumber: '21500', operator: 'EXAMPLE AIR', tailNumber: 'EP-TST' });
    expect(a.identifiers.map((i) => i.type)).toEqual(['aircraft-serial', 'aircraft-tail']);
  });

  it('joins the sdn_comments.csv spill-over to Remarks and reports unparsed fragments', () => {
    const o = byId.get('ofac-sdn:104')!;
    expect(o.names[0]!.full).toBe('NOMBRE "EL TESTO" CORP');
    expect(o.names.filter((n) => n.kind === 'weak').map((n) => n.full)).toEqual(['EL TESTO', 'truncated']);
    expect(o.relations).toEqual([{ kind: 'linked', name: 'TESTA ROSSI, Maria Elena' }]);
    expect(o.identifiers).toContainEqual({ type: 'crypto-wallet', value: '1ExampleAddressxxxxxxxxxxxxxx', label: 'Digital Currency Address - XBT' });
    expect(o.identifiers).toContainEqual({ type: 'registration', value: '777', country: 'MX', label: 'Registration Number' });
    expect(warnings).toEqual([{ file: 'sdn.csv', line: 5, record: '104', message: 'Remarks fragment not understood: Some mystery note' }]);
  });

  it('keeps non-ASCII names and a row without Remarks', () => {
    const p = byId.get('ofac-sdn:105')!;
    expect(p.names[0]!.parts).toEqual({ family: 'ÑANDÚ GÓMEZ', given: 'José' });
    expect(p.remarks).toBeUndefined();
    expect(p.programs).toEqual(['GLOMAG']);
  });

  it('reads sdn.csv alone (add/alt/comments are optional)', async () => {
    const only = await readFormat(sdnCsv, sourceFiles(join(FIXTURES, 'csv'), ['sdn.csv']), 'ofac-sdn');
    expect(only.entities).toHaveLength(6);
    expect(only.byId.get('ofac-sdn:100')!.names).toHaveLength(2); // primary + weak, no alt.csv alias
  });
});

describe('OFAC consolidated CSV (hand-written fixture with BOMs)', async () => {
  const { entities, byId } = await readFormat(consCsv, sourceFiles(join(FIXTURES, 'cons-csv')), 'ofac-cons');
  it('reads cons_prim with its alt and add files', () => {
    expect(entities.map((e) => e.id)).toEqual(['ofac-cons:900', 'ofac-cons:901']);
    const bank = byId.get('ofac-cons:900')!;
    expect(bank.programs).toEqual(['UKRAINE-EO13662', 'RUSSIA-EO14024']);
    expect(bank.names.map((n) => n.full)).toEqual(['EXAMPLE BANK PJSC', 'EXAMPLE BANK']);
    expect(bank.countries).toEqual(['RU']);
    expect(bank.properties?.directive).toEqual(['Executive Order 13662 Directive Determination - Subject to Directive 1']);
    expect(byId.get('ofac-cons:901')!.birthDates).toEqual([{ value: '1974' }]);
  });
});

describe('OFAC CSV bad input', () => {
  const row = (id: number, name: string) => `${id},"${name}",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- `;

  it('a file cut inside a quoted field is E_PARSE naming the file and the line', async () => {
    const { files } = tempFiles({ 'sdn.csv': `${row(1, 'ONE')}\r\n${row(2, 'TWO')}\r\n3,"THREE CUT OFF` });
    const err = await readError(sdnCsv, files, 'ofac-sdn');
    expect(err.code).toBe('E_PARSE');
    expect(err.context).toMatchObject({ file: 'sdn.csv', line: 3 });
    expect(err.message).toContain('sdn.csv:3');
  });

  it('XML content in a file named sdn.csv is E_FORMAT', async () => {
    const { files } = tempFiles({ 'sdn.csv': '<?xml version="1.0"?>\n<sdnList><sdnEntry><uid>1</uid></sdnEntry></sdnList>\n' });
    const err = await readError(sdnCsv, files, 'ofac-sdn');
    expect(err.code).toBe('E_FORMAT');
    expect(err.context).toMatchObject({ file: 'sdn.csv', line: 1 });
  });

  it('rows with the wrong number of columns are E_FORMAT with the line', async () => {
    const { files } = tempFiles({ 'sdn.csv': `${row(1, 'ONE')}\n2,"TWO","individual"\n` });
    const err = await readError(sdnCsv, files, 'ofac-sdn');
    expect(err.code).toBe('E_FORMAT');
    expect(err.context).toMatchObject({ file: 'sdn.csv', line: 2 });
  });

  it('add.csv under the name alt.csv is E_FORMAT', async () => {
    const { files } = tempFiles({ 'sdn.csv': row(1, 'ONE'), 'alt.csv': '1,5,"Street","City","Cuba",-0- \n' });
    const err = await readError(sdnCsv, files, 'ofac-sdn');
    expect(err.code).toBe('E_FORMAT');
    expect(err.context?.file).toBe('alt.csv');
  });

  it('a vessel flag or registration country in Remarks counts as a country of the entity', async () => {
    const remarks = (text: string) => `9,"EXAMPLE",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"${text}"`;
    const { entities } = await readFormat(sdnCsv, tempFiles({ 'sdn.csv': [remarks('Vessel Flag Malta'), remarks('Nationality of Registration Korea, North').replace(/^9/, '10')].join('\n') }).files, 'ofac-sdn');
    expect(entities.map((e) => e.countries)).toEqual([['MT'], ['KP']]);
    expect(entities[1]!.properties).toEqual({ registrationCountry: ['Korea, North'] });
  });

  it('warns when add/alt rows name listings absent from sdn.csv (files of different dates)', async () => {
    const { files } = tempFiles({ 'sdn.csv': row(1, 'ONE'), 'alt.csv': '1,10,aka,UNO,-0- \n7,11,aka,SEVEN,-0- \n' });
    const r = await readFormat(sdnCsv, files, 'ofac-sdn');
    expect(r.entities).toHaveLength(1);
    expect(r.warnings).toEqual([{ file: 'alt.csv', message: '1 ent_num not in sdn.csv (e.g. 7): the files may come from different dates' }]);
  });

  it('an ent_num seen twice is E_FORMAT with the line', async () => {
    const err = await readError(sdnCsv, tempFiles({ 'sdn.csv': [row(1, 'ONE'), row(2, 'TWO'), row(1, 'ONE AGAIN')].join('\r\n') }).files, 'ofac-sdn');
    expect(err.code).toBe('E_FORMAT');
    expect(err.context).toMatchObject({ file: 'sdn.csv', line: 3 });
  });

  it('a non-integer ent_num is E_FORMAT', async () => {
    const { files } = tempFiles({ 'sdn.csv': row(1, 'ONE').replace(/^1/, 'ent_num') });
    expect((await readError(sdnCsv, files, 'ofac-sdn')).code).toBe('E_FORMAT');
  });

  it('an empty file, or one with only blank lines, is E_EMPTY', async () => {
    expect((await readError(sdnCsv, tempFiles({ 'sdn.csv': '' }).files, 'ofac-sdn')).code).toBe('E_EMPTY');
    const blank = await readError(sdnCsv, tempFiles({ 'sdn.csv': '\r\n\r\n\x1a' }).files, 'ofac-sdn');
    expect(blank.code).toBe('E_EMPTY');
    expect(blank.message).toContain('sdn.csv');
  });

  it('a Latin-1 file is E_ENCODING with the line', async () => {
    const latin1 = Buffer.concat([Buffer.from(`${row(1, 'ONE')}\r\n2,"G`), Buffer.from([0xd3]), Buffer.from(`MEZ",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n`)]);
    const err = await readError(sdnCsv, tempFiles({ 'sdn.csv': latin1 }).files, 'ofac-sdn');
    expect(err.code).toBe('E_ENCODING');
    expect(err.context).toMatchObject({ file: 'sdn.csv', line: 2 });
  });

  it('BOM, CRLF, LF, CR-only line ends and the trailing 0x1A all load', async () => {
    const body = [row(1, 'ONE'), row(2, 'TWO, "2"'.replace(/"/g, '""')), row(3, 'THREE')];
    for (const [label, content] of [
      ['BOM + CRLF + 0x1A', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body.join('\r\n') + '\r\n\x1a')])],
      ['LF, no final newline', body.join('\n')],
      ['CR only', body.join('\r') + '\r'],
    ] as const) {
      const { entities } = await readFormat(sdnCsv, tempFiles({ 'sdn.csv': content }).files, 'ofac-sdn');
      expect(entities.map((e) => e.names[0]!.full), label).toEqual(['ONE', 'TWO, "2"', 'THREE']);
    }
  });
});
