import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '../../../src/model/index.js';
import { ofacCons, ofacSdn } from '../../../src/sources/ofac/definition.js';
import { describeWithLists, listPath } from '../../support/data.js';
import { agreement, comparable, FIXTURES, formatOf, readDirectError, readError, readFormat, sourceFiles, tempFiles } from './helpers.js';

const sdnXml = formatOf(ofacSdn, 'sdn-xml');
const consXml = formatOf(ofacCons, 'sdn-xml');

describe('OFAC sdnList XML (hand-written fixture)', async () => {
  const files = sourceFiles(join(FIXTURES, 'sdn-xml'));
  const { entities, byId, warnings } = await readFormat(sdnXml, files, 'ofac-sdn');

  it('detects SDN.XML by name in any case', async () => {
    expect((await sdnXml.detect([{ name: 'sdn.xml', path: '/x', size: 1 }]))?.[0]!.name).toBe('sdn.xml');
    expect(await sdnXml.detect([{ name: 'sdn.csv', path: '/x', size: 1 }])).toBeUndefined();
    expect((await consXml.detect([{ name: 'CONSOLIDATED.XML', path: '/x', size: 1 }]))?.[0]!.name).toBe('CONSOLIDATED.XML');
  });

  it("does not claim another list's file of the same name (the UN consolidated.xml)", async () => {
    const un = tempFiles({ 'consolidated.xml': '<?xml version="1.0" encoding="UTF-8"?>\n<!-- UN -->\n<CONSOLIDATED_LIST dateGenerated="2026-01-01"><INDIVIDUALS/></CONSOLIDATED_LIST>' });
    expect(await consXml.detect(un.files)).toBeUndefined();
    const ours = tempFiles({ 'CONSOLIDATED.XML': '<?xml version="1.0" standalone="yes"?>\n<sdnList xmlns="x"><sdnEntry/></sdnList>' });
    expect((await consXml.detect(ours.files))?.map((f) => f.name)).toEqual(['CONSOLIDATED.XML']);
    // an empty file is still claimed, so that reading it reports E_EMPTY
    expect(await consXml.detect(tempFiles({ 'consolidated.xml': '' }).files)).toHaveLength(1);
  });

  it('reads every <sdnEntry>', () => {
    expect(entities.map((e) => e.id)).toEqual(['ofac-sdn:100', 'ofac-sdn:102', 'ofac-sdn:106']);
    expect(entities.map((e) => e.schema)).toEqual(['Person', 'Vessel', 'Organization']);
    expect(byId.get('ofac-sdn:106')!.names[0]!.full).toBe('ÉXAMPLE & SONS CO., LTD.');
  });

  it('gives the same person as the CSV fixture (names, dates, ids, countries, relations)', async () => {
    const csv = await readFormat(formatOf(ofacSdn, 'csv'), sourceFiles(join(FIXTURES, 'csv')), 'ofac-sdn');
    const fromCsv = comparable(csv.byId.get('ofac-sdn:100')!);
    const fromXml = comparable(byId.get('ofac-sdn:100')!);
    expect(fromXml).toEqual(fromCsv);
    expect(byId.get('ofac-sdn:100')!.addresses).toEqual([
      { full: 'Calle Falsa 123, Sevilla, 41001, Spain', street: 'Calle Falsa 123', city: 'Sevilla', postalCode: '41001', country: 'ES' },
    ]);
  });

  it('maps vessel info and id-list facts like the CSV', async () => {
    const v = byId.get('ofac-sdn:102')!;
    expect(v.vessel).toEqual({ callSign: '9XYZ1', type: 'Crude Oil Tanker', flag: 'PA', owner: 'EXAMPLE TRADING S.A.', tonnage: '150000', grossRegisteredTonnage: '80000', buildYear: '2004' });
    expect(v.identifiers.map((i) => [i.type, i.value])).toEqual([
      ['imo', '9123456'],
      ['mmsi', '352000001'],
    ]);
    expect(v.relations).toEqual([{ kind: 'linked', name: 'EXAMPLE TRADING S.A.' }]);
  });

  it('warns about remarks it does not understand', () => {
    expect(warnings).toEqual([{ file: 'SDN.XML', record: '106', message: 'Remarks fragment not understood: An unknown kind of note' }]);
  });
});

describe('OFAC sdnList XML bad input', () => {
  const head = '<?xml version="1.0"?>\n<sdnList xmlns="x">\n<publshInformation><Record_Count>2</Record_Count></publshInformation>\n';
  const entry = (uid: number) => `<sdnEntry><uid>${uid}</uid><lastName>N${uid}</lastName><sdnType>Entity</sdnType><programList><program>SDGT</program></programList></sdnEntry>\n`;

  it('a file cut mid-element is E_PARSE naming the file and the line', async () => {
    const err = await readError(sdnXml, tempFiles({ 'SDN.XML': head + entry(1) + '<sdnEntry><uid>2</uid><lastName>N2</las' }).files, 'ofac-sdn');
    expect(err.code).toBe('E_PARSE');
    expect(err.context?.file).toBe('SDN.XML');
    expect(err.context?.line).toBeGreaterThanOrEqual(4);
  });

  it('a file cut at an element boundary fails the Record_Count check', async () => {
    const err = await readError(sdnXml, tempFiles({ 'SDN.XML': head + entry(1) + '</sdnList>\n' }).files, 'ofac-sdn');
    expect(err.code).toBe('E_PARSE');
    expect(err.message).toContain('Record_Count');
  });

  it('a <uid> seen twice is E_FORMAT', async () => {
    const err = await readError(sdnXml, tempFiles({ 'SDN.XML': head + entry(1) + entry(1) + '</sdnList>' }).files, 'ofac-sdn');
    expect(err.code).toBe('E_FORMAT');
    expect(err.message).toContain('appears twice');
  });

  it('another XML document under the name SDN.XML is E_FORMAT', async () => {
    const { files } = tempFiles({ 'SDN.XML': '<?xml version="1.0"?><CONSOLIDATED_LIST><INDIVIDUALS/></CONSOLIDATED_LIST>' });
    expect(await sdnXml.detect(files)).toBeUndefined(); // not claimed in a folder listing
    expect((await readDirectError(sdnXml, files, 'ofac-sdn'))?.code).toBe('E_FORMAT'); // refused if read anyway
  });

  it('CSV content under the name SDN.XML, and an empty file, fail clearly', async () => {
    const csv = await readError(sdnXml, tempFiles({ 'SDN.XML': '36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA"\r\n' }).files, 'ofac-sdn');
    expect(['E_PARSE', 'E_FORMAT', 'E_EMPTY']).toContain(csv.code);
    expect(csv.message).toContain('SDN.XML');
    expect((await readError(sdnXml, tempFiles({ 'SDN.XML': '' }).files, 'ofac-sdn')).code).toBe('E_EMPTY');
  });

  it('a non-UTF-8 file is E_ENCODING with the line', async () => {
    const bytes = Buffer.concat([Buffer.from(head + entry(1) + '<sdnEntry><uid>2</uid><lastName>G'), Buffer.from([0xd3]), Buffer.from('MEZ</lastName></sdnEntry></sdnList>')]);
    const err = await readError(sdnXml, tempFiles({ 'SDN.XML': bytes }).files, 'ofac-sdn');
    expect(err.code).toBe('E_ENCODING');
    expect(err.context?.line).toBe(5);
  });

  it('a BOM, CRLF line ends and a trailing 0x1A load fine', async () => {
    const text = (head + entry(1) + entry(2) + '</sdnList>').replace(/\n/g, '\r\n');
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text), Buffer.from([0x1a])]);
    const { entities } = await readFormat(sdnXml, tempFiles({ 'SDN.XML': bytes }).files, 'ofac-sdn');
    expect(entities.map((e) => e.names[0]!.full)).toEqual(['N1', 'N2']);
  });
});

describeWithLists('OFAC consolidated.xml 2025-03-28 (real)', ['ofac/cons-xml-2025-03-28/consolidated.xml', 'ofac/cons-2025-12/cons_prim.csv'], () => {
  it('reads 443 entries (its Record_Count) and matches the CSV on listings present in both', async () => {
    const xml = await readFormat(consXml, sourceFiles(listPath('ofac/cons-xml-2025-03-28')), 'ofac-cons');
    expect(xml.entities).toHaveLength(443);
    const csv = await readFormat(formatOf(ofacCons, 'csv'), sourceFiles(listPath('ofac/cons-2025-12')), 'ofac-cons');
    // HANIYA (9639): names, DOB 1962, POB; a Russian bank (17013) with ids, website, directives
    for (const id of ['ofac-cons:9639', 'ofac-cons:17013', 'ofac-cons:17014']) {
      expect(comparable(xml.byId.get(id)!), id).toEqual(comparable(csv.byId.get(id)!));
    }
    // The two files are nine months apart: most shared listings must still agree entirely
    const { shared, same } = agreement(csv.byId, xml.byId);
    expect(shared).toBeGreaterThan(430);
    expect(same / shared).toBeGreaterThan(0.9);
  });
});

describeWithLists('OFAC SDN.XML excerpt 2020-04-22 (real, truncated by design)', ['ofac/specs/sample_sdn_xml_2020-04-22.xml'], () => {
  it('maps its entries, then refuses the file: 8 entries where Record_Count says 8,197', async () => {
    const { files } = tempFiles({ 'SDN.XML': readFileSync(listPath('ofac/specs/sample_sdn_xml_2020-04-22.xml')) });
    const seen: Entity[] = [];
    let error: { code?: string; message: string } | undefined;
    try {
      for await (const e of sdnXml.read(files, { list: 'ofac-sdn' })) seen.push(e);
    } catch (err) {
      error = err as { code?: string; message: string };
    }
    expect(seen).toHaveLength(8);
    expect(error?.code).toBe('E_PARSE');
    expect(error?.message).toMatch(/8197.*8/);
    const saeed = seen.find((e) => e.id === 'ofac-sdn:10689')!;
    expect(saeed.names[0]!.full).toBe('SAEED, Muhammad');
    expect(saeed.birthDates).toEqual([{ value: '1950-06-05' }]);
    expect(saeed.nationalities).toEqual(['PK']);
    expect(saeed.names.filter((n) => n.kind === 'weak').map((n) => n.full)).toEqual(['HAFIZ SAHIB', 'TATA JI']);
    expect(saeed.identifiers).toContainEqual({ type: 'passport', value: 'BE5978421', country: 'PK', label: 'Passport', note: 'issued 14 Nov 2007 expires 12 Nov 2012' });
  });
});
