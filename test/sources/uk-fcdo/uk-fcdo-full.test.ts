/**
 * The FCDO UK Sanctions List full exports (XML and CSV) on hand-written fixtures in the published
 * layouts (no official sample is held): the same four invented designations in both files, so the
 * two formats must give the same entities.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidenceKeys } from '../../../src/merge/evidence-keys.js';
import type { Entity } from '../../../src/model/entity.js';
import { fcdoDob, fcdoReportDate } from '../../../src/sources/uk-fcdo/designation.js';
import { ukFcdo } from '../../../src/sources/uk-fcdo/definition.js';
import { ukOfsi } from '../../../src/sources/uk-ofsi/definition.js';
import { expectFailure, expectNotDetected, expectWellFormed, readList, readWithFormat, sourceFile } from '../../support/read-list.js';

const FIX = join(import.meta.dirname, '../../fixtures/uk-fcdo');
const XML = join(FIX, 'UK-Sanctions-List.xml');
const CSV = join(FIX, 'UK-Sanctions-List.csv');
const ODS = join(FIX, 'UK_Sanctions_List_full.ods');
const IDS = ['uk-fcdo:RUS9101', 'uk-fcdo:CYB9102', 'uk-fcdo:DPR9103', 'uk-fcdo:AQD9104'];

/** An entity without its raw source record (the one part that differs between the files). */
function withoutRaw(e: Entity): Entity {
  return { ...e, sources: e.sources.map(({ raw: _raw, ...s }) => s) };
}

describe('FCDO UK Sanctions List XML (hand-written fixture)', () => {
  it('reads one entity per Designation, with the DateGenerated as publication date', async () => {
    const read = await readList(ukFcdo, XML);
    expect(read.format).toBe('xml');
    expect(read.entities.map((e) => e.id)).toEqual(IDS);
    expect(read.entities.map((e) => e.schema)).toEqual(['Person', 'Organization', 'Vessel', 'Person']);
    expect(read.metadata).toEqual({ publishedAt: '2026-11-10' });
    expectWellFormed(read);
  });

  it('maps an individual: every name with its kind and parts, dates, nationality, documents, addresses', async () => {
    const p = (await readList(ukFcdo, XML)).byId.get('uk-fcdo:RUS9101')!;
    expect(p.names).toEqual([
      { full: 'Piotr Arkadyevich ZAVIDOV', kind: 'primary', parts: { given: 'Piotr', middle: 'Arkadyevich', family: 'ZAVIDOV', title: 'Dr' } },
      { full: 'Pyotr Arkadievich ZAVIDOV', kind: 'alias', parts: { given: 'Pyotr', middle: 'Arkadievich', family: 'ZAVIDOV', title: 'Dr' } },
      { full: 'Petya the Clerk', kind: 'weak' },
      { full: 'Пётр Аркадьевич ЗАВИДОВ', kind: 'native', lang: 'ru' },
    ]);
    expect(p.birthDates).toEqual([{ value: '1968-05-14' }, { value: '1969' }]);
    expect(p.birthPlaces).toEqual(['Tver, Russia']);
    expect(p.nationalities).toEqual(['RU']);
    expect(p.gender).toBe('male');
    expect(p.positions).toEqual(['Director of an invented holding company']);
    expect(p.identifiers).toEqual([
      { type: 'other', value: 'RUS9101', label: 'UK Sanctions List Ref' },
      { type: 'other', value: '99101', label: 'OFSI Group ID' },
      { type: 'passport', value: '7100012345', country: 'RU', label: 'Passport number', note: 'Russia passport, issued 2015' },
      { type: 'tax-id', value: '770012345678', label: 'National Identifier number', note: 'Russian tax identification number (INN)' },
    ]);
    expect(p.addresses).toEqual([
      { full: '7 Nonexistent Lane, Moscow, Russia', country: 'RU' },
      { full: 'Flat 2, Imaginary Court, Limassol, 3000, Cyprus', postalCode: '3000', country: 'CY' },
    ]);
    expect(p.countries).toEqual(['RU', 'CY']);
    expect(p.programs).toEqual(['The Russia (Sanctions) (EU Exit) Regulations 2019']);
    expect(p.properties).toEqual({ sanctions: ['Asset freeze', 'Travel Ban'] });
    expect(p.remarks).toBe('Invented person for criba tests.');
    expect(p.sources[0]).toMatchObject({ list: 'uk-fcdo', sourceId: 'RUS9101', listedOn: '2022-03-15', programs: p.programs });
    expect(p.sources[0]!.raw).toMatchObject({ UniqueID: 'RUS9101', UKStatementofReasons: 'Invented statement of reasons.' });
  });

  it('maps an entity: registration numbers (a labelled INN as a tax id), contacts, parent and subsidiary', async () => {
    const o = (await readList(ukFcdo, XML)).byId.get('uk-fcdo:CYB9102')!;
    expect(o.names).toEqual([
      { full: 'NORTHWIND DATA SOLUTIONS LLC', kind: 'primary' },
      { full: 'NWDS', kind: 'alias' },
    ]);
    expect(o.identifiers.slice(2)).toEqual([
      { type: 'tax-id', value: '7700000001', label: 'INN' },
      { type: 'registration', value: '1027700000002', label: 'Business registration number' },
    ]);
    expect(o.relations).toEqual([
      { kind: 'ownership', name: 'Invented Parent Holdings AO', role: 'parent company', direction: 'from' },
      { kind: 'ownership', name: 'Northwind Labs', role: 'subsidiary', direction: 'to' },
    ]);
    expect(o.properties).toEqual({
      sanctions: ['Asset freeze'],
      phone: ['+7 812 000 0000'],
      email: ['info@northwind.invalid'],
      website: ['www.northwind.invalid'],
      legalForm: ['Limited liability company'],
    });
    expect(o.addresses).toEqual([{ full: '12 Imaginary Street, Saint Petersburg, 190000, Russia', postalCode: '190000', country: 'RU' }]);
  });

  it('maps a ship: the IMO number without its "IMO" prefix, the UN reference, flag, owner and type', async () => {
    const s = (await readList(ukFcdo, XML)).byId.get('uk-fcdo:DPR9103')!;
    expect(s.identifiers).toEqual([
      { type: 'other', value: 'DPR9103', label: 'UK Sanctions List Ref' },
      { type: 'un-reference', value: 'KPe.901', label: 'UN Reference Number' },
      { type: 'imo', value: '9000001', label: 'IMO number' },
    ]);
    expect(s.vessel).toEqual({ type: 'Oil tanker', flag: 'PA', owner: 'Lantern Shipping Co (invented)', tonnage: '5000', buildYear: '1999' });
    expect(s.properties).toMatchObject({ pastFlags: ['Liberia'], length: ['120'], sanctions: ['Asset freeze', 'Deflag', 'Prevention of port entry'] });
    expect(s.relations).toEqual([{ kind: 'ownership', name: 'Lantern Shipping Co (invented)', role: 'owner/operator', direction: 'from' }]);
  });

  it('reads placeholder dates of birth at their stated precision and reports the one that is no date', async () => {
    const read = await readList(ukFcdo, XML);
    const p = read.byId.get('uk-fcdo:AQD9104')!;
    expect(p.birthDates).toEqual([{ value: '1978-07' }, { value: '1975' }]);
    expect(p.names.map((n) => [n.full, n.kind])).toEqual([
      ['Karim Tarek HADDAWI', 'primary'],
      ['Abu Karim', 'alias'],
      ['Al-Hadd', 'weak'],
      ['كريم طارق الحداوي', 'native'],
    ]);
    expect(p.names[3]!.lang).toBe('ar');
    expect(p.identifiers).toContainEqual({ type: 'passport', value: 'A1234567', country: 'IQ', label: 'Passport number', note: 'Iraq passport number A1234567, issued in 2010' });
    expect(read.warnings).toEqual([expect.objectContaining({ record: 'AQD9104', message: expect.stringContaining('"15/08/19yy"') })]);
    expect(read.warnings[0]!.file).toContain('UK-Sanctions-List.xml');
  });

  it('keeps the first of two "Primary Name" names as primary and the first of two designations with one UniqueID, reporting both', async () => {
    const read = await readList(ukFcdo, join(FIX, 'duplicate-id.xml'));
    expect(read.entities.map((e) => e.id)).toEqual(['uk-fcdo:CYB9102']);
    expect(read.entities[0]!.names).toEqual([
      { full: 'NORTHWIND DATA SOLUTIONS LLC', kind: 'primary' },
      { full: 'NORTHWIND DATA SOLUTIONS OOO', kind: 'alias' },
    ]);
    expect(read.warnings.map((w) => w.message)).toEqual([
      'designation has several "Primary Name" names: the first is kept as primary',
      'UniqueID appears twice: the later <Designation> is skipped',
    ]);
  });

  it('gives the merge step its join keys: UK Sanctions List Ref, OFSI Group ID, UN reference, IMO', async () => {
    const read = await readList(ukFcdo, XML);
    const keys = (id: string) => evidenceKeys(read.byId.get(id)!).map((k) => k.key);
    expect(keys('uk-fcdo:RUS9101')).toEqual(expect.arrayContaining(['ref|UK Sanctions List Ref|RUS9101', 'ref|OFSI Group ID|99101', 'id|passport|RU|7100012345']));
    expect(keys('uk-fcdo:DPR9103')).toEqual(expect.arrayContaining(['id|un-reference||KPE901', 'id|imo||9000001']));
    expect(keys('uk-fcdo:AQD9104')).toEqual(expect.arrayContaining(['id|un-reference||QDI991', 'ref|OFSI Group ID|99104']));
  });
});

describe('FCDO UK Sanctions List CSV (hand-written fixture)', () => {
  it('groups the rows of each Unique ID into one entity, with the Report Date as publication date', async () => {
    const read = await readList(ukFcdo, CSV);
    expect(read.format).toBe('csv');
    expect(read.entities.map((e) => e.id)).toEqual(IDS);
    expect(read.metadata).toEqual({ publishedAt: '2026-11-10' });
    expectWellFormed(read);
    // 12 rows (3 names x 2 addresses x 2 dates of birth) are one designation; raw keeps each column's distinct values
    const raw = read.byId.get('uk-fcdo:RUS9101')!.sources[0]!.raw!;
    expect(raw).toMatchObject({ rows: 12, 'Unique ID': 'RUS9101', 'D.O.B': ['14/05/1968', 'dd/mm/1969'], 'Name type': ['Primary Name', 'Primary Name Variation', 'Alias'] });
    expect(read.warnings).toEqual([expect.objectContaining({ record: 'AQD9104', line: 21, message: expect.stringContaining('"15/08/19yy"') })]);
  });

  it('gives the same entities as the XML for the same designations', async () => {
    const xml = await readList(ukFcdo, XML);
    const csv = await readList(ukFcdo, CSV);
    expect(csv.entities.map(withoutRaw)).toEqual(xml.entities.map(withoutRaw));
  });
});

describe('FCDO UK Sanctions List full layout as ODS (hand-written fixture)', () => {
  it('reads the CSV columns from a spreadsheet after its title and Report Date rows, giving the same entities', async () => {
    const ods = await readList(ukFcdo, ODS);
    expect(ods.format).toBe('full-ods');
    expect(ods.metadata).toEqual({ publishedAt: '2026-11-10' });
    expectWellFormed(ods);
    const xml = await readList(ukFcdo, XML);
    expect(ods.entities.map(withoutRaw)).toEqual(xml.entities.map(withoutRaw));
    expect(ods.byId.get('uk-fcdo:CYB9102')!.sources[0]!.raw).toMatchObject({ rows: 4, 'Business registration number (s)': ['INN: 7700000001', '1027700000002'] });
  });
});

describe('FCDO format detection', () => {
  it('each file is read by its own format; with all three in a folder the XML is preferred', async () => {
    expect(ukFcdo.formats.map((f) => f.id)).toEqual(['xml', 'csv', 'full-ods', 'summary-ods']);
    const [xml, csv, fullOds, summaryOds] = ukFcdo.formats;
    const all = ['UK-Sanctions-List.xml', 'UK-Sanctions-List.csv', 'UK_Sanctions_List_full.ods', 'UK_Sanctions_List.ods'].map((n) => sourceFile(join(FIX, n)));
    expect((await xml!.detect(all))?.map((f) => f.name)).toEqual(['UK-Sanctions-List.xml']);
    expect((await csv!.detect(all))?.map((f) => f.name)).toEqual(['UK-Sanctions-List.csv']);
    expect((await fullOds!.detect(all))?.map((f) => f.name)).toEqual(['UK_Sanctions_List_full.ods']);
    expect((await summaryOds!.detect(all))?.map((f) => f.name)).toEqual(['UK_Sanctions_List.ods']);
    expect((await readList(ukFcdo, ...all.map((f) => f.path))).format).toBe('xml');
  });

  it('recognises renamed files by content, and refuses OFSI and other lists’ files', async () => {
    const renamed = sourceFile(CSV);
    expect(await ukFcdo.formats[1]!.detect([{ ...renamed, name: 'download (3).csv' }])).toHaveLength(1);
    await expectNotDetected(ukFcdo, join(FIX, '../uk-ofsi/ConList.csv'), join(FIX, '../un/consolidated.xml'), join(FIX, 'content.xml'));
    await expectNotDetected(ukOfsi, CSV, XML);
  });
});

describe('FCDO malformed files fail naming the file and line', () => {
  it('a truncated XML is E_PARSE at the line it ends', async () => {
    const err = await expectFailure(readWithFormat(ukFcdo, 'xml', join(FIX, 'truncated.xml')), 'E_PARSE', 'truncated.xml');
    expect(err.context.line).toBe(66);
    expect(err.message).toContain('truncated.xml:66');
  });

  it('a Designation without UniqueID is E_PARSE naming the field', async () => {
    const err = await expectFailure(readWithFormat(ukFcdo, 'xml', join(FIX, 'no-unique-id.xml')), 'E_PARSE', 'no-unique-id.xml');
    expect(err.context.field).toBe('UniqueID');
    expect(err.message).toContain('<Designation> number 2');
  });

  it('a CSV row with the wrong number of columns is E_PARSE at its line', async () => {
    const err = await expectFailure(readWithFormat(ukFcdo, 'csv', join(FIX, 'wrong-columns.csv')), 'E_PARSE', 'wrong-columns.csv');
    expect(err.context.line).toBe(5);
    expect(err.message).toContain('row has 57 columns where the header has 58');
  });

  it('a CSV that is not UTF-8 is E_ENCODING at the line of the first bad byte', async () => {
    const err = await expectFailure(readWithFormat(ukFcdo, 'csv', join(FIX, 'latin1.csv')), 'E_ENCODING', 'latin1.csv');
    expect(err.context.line).toBe(14);
  });

  it('another list’s CSV or XML, or the summary ODS, read as the full layout is E_FORMAT', async () => {
    await expectFailure(readWithFormat(ukFcdo, 'csv', join(FIX, '../uk-ofsi/ConList.csv')), 'E_FORMAT', 'ConList.csv');
    await expectFailure(readWithFormat(ukFcdo, 'xml', join(FIX, '../un/consolidated.xml')), 'E_FORMAT', 'consolidated.xml');
    await expectFailure(readWithFormat(ukFcdo, 'full-ods', join(FIX, 'UK_Sanctions_List.ods')), 'E_FORMAT', 'UK_Sanctions_List.ods');
  });
});

describe('FCDO dates as the list writes them', () => {
  it.each([
    ['12/03/1970', '1970-03-12'],
    ['dd/mm/1962', '1962'],
    ['dd/07/1978', '1978-07'],
    ['00/00/1975', '1975'],
    ['00/11/1980', '1980-11'],
    ['1955', '1955'],
  ])('date of birth %s → %s', (text, value) => expect(fcdoDob(text)).toEqual({ value }));

  it.each(['15/08/19yy', '31/02/1970', '12/13/1970', 'circa 1970', ''])('date of birth %j is no date', (text) => expect(fcdoDob(text)).toBeUndefined());

  it('report dates', () => {
    expect(fcdoReportDate('Report Date: 24-Jun-2026')).toBe('2026-06-24');
    expect(fcdoReportDate('Report Date: 03-Sep-2026')).toBe('2026-09-03');
    expect(fcdoReportDate('07/09/2026')).toBe('2026-09-07');
    expect(fcdoReportDate('2026-09-07T06:00:12')).toBe('2026-09-07');
    expect(fcdoReportDate('Report Date: 2026')).toBeUndefined();
    expect(fcdoReportDate('31-Feb-2026')).toBeUndefined();
  });
});
