/**
 * Remarks mining. Unit tests use the fragment forms OFAC writes (the forms named in issue 2, and
 * hand-written rows in the same shape); the real-row tests read rows of the 2024-05-03 sdn.csv by
 * ent_num from CRIBA_LISTS_DIR (nothing of the file is copied here) and check what was mined
 * against the row as printed by OFAC.
 */
import { describe, expect, it } from 'vitest';
import { SDN_CSV_FILES } from '../../../src/sources/ofac/csv-files.js';
import { readSdnCsv } from '../../../src/sources/ofac/csv-reader.js';
import { emptyFacts, mineFragment, mineRemarks, splitRemarks, type RemarksFacts } from '../../../src/sources/ofac/remarks.js';
import { describeWithLists, listPath } from '../../support/data.js';

const one = (fragment: string): RemarksFacts => {
  const facts = emptyFacts();
  expect(mineFragment(fragment, facts), fragment).toBe(true);
  return facts;
};

describe('splitRemarks', () => {
  it('splits at "; " and drops the closing period', () => {
    expect(splitRemarks('DOB 1958; POB Cali, Colombia.')).toEqual(['DOB 1958', 'POB Cali, Colombia']);
  });
  it('keeps the period of an abbreviation that ends a Linked To name', () => {
    expect(splitRemarks('DOB 1958; Linked To: CIMEX, S.A.')).toEqual(['DOB 1958', 'Linked To: CIMEX, S.A.']);
    expect(splitRemarks('Linked To: EXAMPLE CO., LTD.')).toEqual(['Linked To: EXAMPLE CO., LTD.']);
    expect(splitRemarks('Linked To: HIZBALLAH.')).toEqual(['Linked To: HIZBALLAH']);
  });
  it('splits at a semicolon without a space too', () => {
    expect(splitRemarks('nationality possibly Palestinian;arrested 23 Apr 2002')).toEqual(['nationality possibly Palestinian', 'arrested 23 Apr 2002']);
  });
});

describe('dates of birth', () => {
  it.each([
    ['DOB 08 Feb 1989', { value: '1989-02-08' }],
    ['DOB May 1986', { value: '1986-05' }],
    ['DOB 1958', { value: '1958' }],
    ['DOB circa 1960', { value: '1960', circa: true }],
    ['DOB 1960 to 1962', { value: '1960', to: '1962' }],
    ['DOB 01 Jan 1961 to 31 Dec 1962', { value: '1961-01-01', to: '1962-12-31' }],
    ['DOB Mar 1962 to Feb 1963', { value: '1962-03', to: '1963-02' }],
    ['DOB circa 07 Jul 1966', { value: '1966-07-07', circa: true }],
    ['DOB circa 1979-1982', { value: '1979', to: '1982', circa: true }],
    ['alt. DOB 1936', { value: '1936' }],
  ])('%s', (fragment, date) => {
    expect(one(fragment).birthDates).toEqual([date]);
  });

  it('keeps alternatives as separate dates, in order', () => {
    expect(mineRemarks('DOB 1938; alt. DOB 1936').birthDates).toEqual([{ value: '1938' }, { value: '1936' }]);
  });

  it('reports a DOB it cannot read instead of dropping it', () => {
    expect(mineRemarks('DOB 31 Feb 1989').unparsed).toEqual(['DOB 31 Feb 1989']);
  });
});

describe('personal facts', () => {
  it('POB, nationality, citizenship and gender', () => {
    const f = mineRemarks('POB San Salvador, El Salvador; nationality El Salvador; alt. nationality Korea, North; citizen Egypt; Gender Male');
    expect(f.birthPlaces).toEqual(['San Salvador, El Salvador']);
    expect(f.nationalities).toEqual(['SV', 'KP']);
    expect(f.citizenships).toEqual(['EG']);
    expect(f.gender).toBe('male');
    expect(f.unparsed).toEqual([]);
  });
  it('"possibly" nationalities count; unknown countries are reported', () => {
    expect(one('nationality possibly Palestinian').nationalities).toEqual(['PS']);
    expect(mineRemarks('nationality None Identified').unparsed).toEqual(['nationality None Identified']);
  });
  it('Gender Female', () => {
    expect(one('Gender Female').gender).toBe('female');
  });
});

describe('identifiers', () => {
  it.each([
    ['Passport A04056212 (El Salvador) expires 11 Aug 2020', { type: 'passport', value: 'A04056212', country: 'SV', label: 'Passport', note: 'expires 11 Aug 2020' }],
    ['National ID No. 040562123 (El Salvador)', { type: 'national-id', value: '040562123', country: 'SV', label: 'National ID No.' }],
    ['Cedula No. 6068015 (Colombia)', { type: 'cedula', value: '6068015', country: 'CO', label: 'Cedula No.' }],
    ['NIT # 800018928-0 (Colombia)', { type: 'tax-id', value: '800018928-0', country: 'CO', label: 'NIT #' }],
    ['RFC SAGM650630 (Mexico)', { type: 'tax-id', value: 'SAGM650630', country: 'MX', label: 'RFC' }],
    ['R.F.C. DIB-771110-HQ1 (Mexico)', { type: 'tax-id', value: 'DIB-771110-HQ1', country: 'MX', label: 'R.F.C.' }],
    ['C.U.R.P. AIMM67125HCHRRG06 (Mexico) issued 1968', { type: 'national-id', value: 'AIMM67125HCHRRG06', country: 'MX', label: 'C.U.R.P.', note: 'issued 1968' }],
    ['Tax ID No. 100036386 (Serbia)', { type: 'tax-id', value: '100036386', country: 'RS', label: 'Tax ID No.' }],
    ['Registration Number 26740 (Iran)', { type: 'registration', value: '26740', country: 'IR', label: 'Registration Number' }],
    ['Registration Number HRA 738077 (Stuttgart) (Germany)', { type: 'registration', value: 'HRA 738077', country: 'DE', label: 'Registration Number', note: 'Stuttgart' }],
    ['Passport G 649385 issued 08 Sep 2006 expires 17 Jul 2011', { type: 'passport', value: 'G 649385', label: 'Passport', note: 'issued 08 Sep 2006 expires 17 Jul 2011' }],
    ['Vessel Registration Identification IMO 1234567', { type: 'imo', value: '1234567', label: 'Vessel Registration Identification IMO' }],
    ['MMSI 572469210', { type: 'mmsi', value: '572469210', label: 'MMSI' }],
    ["Aircraft Manufacturer's Serial Number (MSN) 1023409321", { type: 'aircraft-serial', value: '1023409321', label: "Aircraft Manufacturer's Serial Number (MSN)" }],
    ['Aircraft Tail Number EP-TST', { type: 'aircraft-tail', value: 'EP-TST', label: 'Aircraft Tail Number' }],
    ['Unified Social Credit Code (USCC) 91110000100000000X (China)', { type: 'registration', value: '91110000100000000X', country: 'CN', label: 'Unified Social Credit Code (USCC)' }],
    ['SWIFT/BIC HAVIGB2L', { type: 'swift-bic', value: 'HAVIGB2L', label: 'SWIFT/BIC' }],
    ['Digital Currency Address - XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h', { type: 'crypto-wallet', value: '12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h', label: 'Digital Currency Address - XBT' }],
    ['alt. Digital Currency Address - ETH 0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c', { type: 'crypto-wallet', value: '0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c', label: 'Digital Currency Address - ETH' }],
  ])('%s', (fragment, id) => {
    expect(one(fragment).identifiers).toEqual([id]);
  });

  it('the longest label wins ("Identification Number IMO" is an IMO, not a national id)', () => {
    expect(one('Identification Number IMO 5342883').identifiers[0]!.type).toBe('imo');
    expect(one('Identification Number 2.194.575 (Paraguay)').identifiers[0]).toMatchObject({ type: 'national-id', country: 'PY' });
  });

  it('an unknown label with a country in parentheses is kept as an "other" identifier', () => {
    expect(one('Kenyan Alien Card No. 12345 (Kenya)').identifiers).toEqual([{ type: 'other', value: '12345', country: 'KE', label: 'Kenyan Alien Card No.' }]);
  });
});

describe('names and relations', () => {
  it("a.k.a. 'EL HIELERO' is a weak alias; f.k.a. in Remarks is weak too", () => {
    expect(one("a.k.a. 'EL HIELERO'").names).toEqual([{ full: 'EL HIELERO', kind: 'weak' }]);
    expect(one("f.k.a. 'SAND SWAN'").names).toEqual([{ full: 'SAND SWAN', kind: 'weak' }]);
  });
  it('a quote left open (Remarks cut at 1,000 characters) is reported, not turned into a name', () => {
    const f = mineRemarks("a.k.a. 'tianyinyin0404'; a.k.a. 'snowsjo");
    expect(f.names).toEqual([{ full: 'tianyinyin0404', kind: 'weak' }]);
    expect(f.unparsed).toEqual(["a.k.a. 'snowsjo"]);
  });
  it('Linked To: X is a linked relation; "(Linked To: X)" as the XML writes it too', () => {
    expect(one('Linked To: MS-13').relations).toEqual([{ kind: 'linked', name: 'MS-13' }]);
    expect(one('(Linked To: HAMAS)').relations).toEqual([{ kind: 'linked', name: 'HAMAS' }]);
  });
  it('a party acronym with a district ("HAMAS - Hebron") is a membership', () => {
    expect(one('HAMAS - Hebron').relations).toEqual([{ kind: 'membership', name: 'HAMAS', role: 'member for Hebron' }]);
    expect(one('PFLP').relations).toEqual([{ kind: 'membership', name: 'PFLP' }]);
    expect(mineRemarks('Kurdish').unparsed).toEqual(['Kurdish']);
  });
  it('"wife of X" is a family relation with the role', () => {
    expect(one('wife of Slobodan Milosevic').relations).toEqual([{ kind: 'family', name: 'Slobodan Milosevic', role: 'wife' }]);
  });
});

describe('properties, vessel and aircraft facts, positions', () => {
  it('website, email, phone and sanctions notes are kept as properties', () => {
    const f = mineRemarks(
      'Website www.example.test; Email Address info@example.test; Phone Number 982188526300; Additional Sanctions Information - Subject to Secondary Sanctions; Secondary sanctions risk: section 1(b) of Executive Order 13224, as amended by Executive Order 13886; Organization Established Date 1969; Target Type Financial Institution.',
    );
    expect(f.properties).toEqual({
      website: ['www.example.test'],
      email: ['info@example.test'],
      phone: ['982188526300'],
      additionalSanctionsInformation: ['Subject to Secondary Sanctions'],
      secondarySanctionsRisk: ['section 1(b) of Executive Order 13224, as amended by Executive Order 13886'],
      incorporationDate: ['1969'],
      targetType: ['Financial Institution'],
    });
    expect(f.unparsed).toEqual([]);
  });
  it('dated CMIC and directive notes are kept whole', () => {
    expect(one('Purchase/Sales For Divestment Date (CMIC) 03 Jun 2022').properties).toEqual({ divestmentDate: ['Purchase/Sales For Divestment Date (CMIC) 03 Jun 2022'] });
    expect(one('Listing Date (EO 14024 Directive 2): 24 Feb 2022').properties).toEqual({ listingDate: ['Listing Date (EO 14024 Directive 2): 24 Feb 2022'] });
  });
  it('an email written without a space, a URL marked "(website)"', () => {
    expect(one('Email:info@example.test').properties).toEqual({ email: ['info@example.test'] });
    expect(one('http://www.example.test (website)').properties).toEqual({ website: ['http://www.example.test'] });
  });
  it('vessel facts', () => {
    const f = mineRemarks('Vessel Year of Build 1999; Vessel Type Crude Oil Tanker; Vessel Flag Panama; alt. Former Vessel Flag Tanzania');
    expect(f.vessel).toEqual({ buildYear: '1999', type: 'Crude Oil Tanker', flag: 'PA' });
    expect(f.properties).toEqual({ pastFlags: ['TZ'] });
  });
  it('aircraft facts', () => {
    const f = mineRemarks("Aircraft Model IL76-TD; Aircraft Operator YAS AIR; Aircraft Manufacture Date 1992; Aircraft Manufacturer's Serial Number (MSN) 1023409321; Aircraft Tail Number EP-GOM");
    expect(f.aircraft).toEqual({ model: 'IL76-TD', operator: 'YAS AIR', manufactureDate: '1992', serialNumber: '1023409321', tailNumber: 'EP-GOM' });
  });
  it('titles and positions', () => {
    expect(one('Minister of Foreign Affairs').positions).toEqual(['Minister of Foreign Affairs']);
    expect(one('Governor of the Central Bank of Example').positions).toEqual(['Governor of the Central Bank of Example']);
  });
  it('anything else is unparsed, word for word', () => {
    expect(mineRemarks('DOB 1958; juice manufacturer; Kurdish').unparsed).toEqual(['juice manufacturer', 'Kurdish']);
  });
});

describeWithLists('Remarks mining on real rows of sdn.csv 2024-05-03', ['ofac/sdn-2024-05-03/sdn.csv'], () => {
  const wanted = ['33950', '26787', '4107', '2679', '9338', '15431', '15496', '7782', '6862', '31811', '25312', '4243', '7731', '906'];
  const rows = new Map<string, string>();
  const load = async () => {
    if (rows.size) return;
    for await (const batch of readSdnCsv(SDN_CSV_FILES, [{ name: 'sdn.csv', path: listPath('ofac/sdn-2024-05-03/sdn.csv'), size: 0 }])) {
      for (const r of batch) if (wanted.includes(r.row.ent_num)) rows.set(r.row.ent_num, r.row.Remarks ?? '');
    }
  };
  const mined = async (id: string) => {
    await load();
    const f = mineRemarks(rows.get(id));
    expect(f.unparsed, `unparsed in ${id}`).toEqual([]);
    return f;
  };

  it('33950 LUNA MEZA: DOB, POB, nationality, gender, passport with expiry, national id', async () => {
    const f = await mined('33950');
    expect(f.birthDates).toEqual([{ value: '1989-02-08' }]);
    expect(f.birthPlaces).toEqual(['San Salvador, El Salvador']);
    expect(f.nationalities).toEqual(['SV']);
    expect(f.gender).toBe('male');
    expect(f.identifiers).toEqual([
      { type: 'passport', value: 'A04056212', country: 'SV', label: 'Passport', note: 'expires 11 Aug 2020' },
      { type: 'national-id', value: '040562123', country: 'SV', label: 'National ID No.' },
    ]);
  });

  it("26787 CRUZ OVALLE: alt. DOB, cedula, NIT, C.U.I., a.k.a. 'EL HIELERO', Linked To", async () => {
    const f = await mined('26787');
    expect(f.birthDates).toEqual([{ value: '1975-09-11' }, { value: '1975-11-06' }]);
    expect(f.identifiers.map((i) => [i.type, i.value, i.country])).toEqual([
      ['cedula', 'L-1225277', 'GT'],
      ['tax-id', '844191K', 'GT'],
      ['national-id', '1678215981801', 'GT'],
    ]);
    expect(f.names).toEqual([{ full: 'EL HIELERO', kind: 'weak' }]);
    expect(f.relations.map((r) => r.name)).toEqual(['JC CAR AUDIO', 'STAR MARKET MELANYE']);
  });

  it('4107 RODRIGUEZ OREJUELA: cedulas and passports of several countries, weak aliases', async () => {
    const f = await mined('4107');
    expect(f.identifiers.filter((i) => i.type === 'passport').map((i) => i.country)).toEqual(['CO', 'KM', 'AR', 'VE']);
    expect(f.identifiers.filter((i) => i.type === 'cedula')).toHaveLength(2);
    expect(f.names.map((n) => n.full)).toEqual(['THE CHESS PLAYER', 'LUCAS']);
  });

  it('2679: DOB with alt. DOB, POB with parentheses, Additional Sanctions Information, a position', async () => {
    const f = await mined('2679');
    expect(f.birthDates).toEqual([{ value: '1938' }, { value: '1936' }]);
    expect(f.birthPlaces).toEqual(['Najf Al Ashraf (Najaf), Iraq']);
    expect(f.properties.additionalSanctionsInformation).toHaveLength(1);
    expect(f.positions).toHaveLength(1);
  });

  it('9338: R.F.C. and C.U.R.P. with issue year, nationality and citizenship', async () => {
    const f = await mined('9338');
    expect(f.identifiers.map((i) => [i.label, i.country])).toEqual([
      ['R.F.C.', 'MX'],
      ['C.U.R.P.', 'MX'],
    ]);
    expect(f.identifiers[1]!.note).toBe('issued 1968');
    expect([f.nationalities, f.citizenships]).toEqual([['MX'], ['MX']]);
  });

  it('15431 (aircraft): construction number, MSN, model, operator, manufacture date', async () => {
    const f = await mined('15431');
    expect(f.aircraft).toEqual({ serialNumber: '1023409321', manufactureDate: '1992', model: 'IL76-TD', operator: 'YAS AIR' });
    expect(f.identifiers.map((i) => [i.type, i.value])).toEqual([
      ['aircraft-serial', '8401'],
      ['aircraft-serial', '1023409321'],
    ]);
    expect(f.relations).toEqual([{ kind: 'linked', name: 'POUYA AIR' }]);
  });

  it('DOB forms: range (15496), circa (7782), month and year (6862)', async () => {
    expect((await mined('15496')).birthDates).toEqual([{ value: '1929', to: '1930' }]);
    expect((await mined('7782')).birthDates).toEqual([{ value: '1951', circa: true }]);
    expect((await mined('6862')).birthDates).toEqual([{ value: '1938-09' }]);
  });

  it('31811: digital currency address and citizenship', async () => {
    const f = await mined('31811');
    expect(f.identifiers).toEqual([{ type: 'crypto-wallet', value: '17a5bpKvEp1j1Trs4qTbcNZrby53JbaS9C', label: 'Digital Currency Address - XBT' }]);
    expect(f.citizenships).toEqual(['TJ']);
  });

  it('vessels: 25312 (IMO, build year, two Linked To), 4243 (IMO, f.k.a. names)', async () => {
    const v = await mined('25312');
    expect(v.vessel).toEqual({ buildYear: '1999' });
    expect(v.identifiers).toEqual([{ type: 'imo', value: '9167265', label: 'Vessel Registration Identification IMO' }]);
    expect(v.relations).toHaveLength(2);
    const e = await mined('4243');
    expect(e.names.map((n) => n.full)).toEqual(['ANA I', 'SAND SWAN']);
  });

  it('7731: family relation; 906: SWIFT/BIC, websites, company number', async () => {
    expect((await mined('7731')).relations).toEqual([{ kind: 'family', name: 'Slobodan Milosevic', role: 'wife' }]);
    const b = await mined('906');
    expect(b.properties.website).toHaveLength(2);
    expect(b.identifiers.map((i) => i.type)).toEqual(['swift-bic', 'registration']);
  });
});
