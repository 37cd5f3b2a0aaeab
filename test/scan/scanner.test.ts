/**
 * The scanner on hand-made entities: every form of mention issue 6 names, the precision rules, the
 * output shape. Real-data tests on whole articles are in articles.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildScanner, type ScanEntity, type ScanResult } from '../../src/scan/index.js';
import { entity, STORY_ENTITIES } from './support/entities.js';

const scanner = buildScanner(STORY_ENTITIES);
const OSIRIS = 'test:33950';
const MARROQUIN = 'test:33959';
const MOTHER = 'test:33960';
const MS13 = 'test:15412';

function scan(text: string): ScanResult {
  const r = scanner.scan(text);
  // every mention's offsets must point at its text, whatever else a test checks
  for (const e of r.entities) for (const m of e.mentions) expect(r.text.slice(m.start, m.end)).toBe(m.text);
  return r;
}
const ids = (r: ScanResult) => r.entities.map((e) => e.id).sort();
const byId = (r: ScanResult, id: string): ScanEntity => {
  const e = r.entities.find((x) => x.id === id);
  if (!e) throw new Error(`${id} not found; found ${ids(r).join(', ') || 'nothing'}`);
  return e;
};
const texts = (r: ScanResult, id: string) => byId(r, id).mentions.map((m) => m.text);

describe('forms of a mention', () => {
  it('finds a name in any order of its parts', () => {
    expect(texts(scan('Treasury named Osiris Luna Meza on Wednesday.'), OSIRIS)).toEqual(['Osiris Luna Meza']);
    expect(texts(scan('The list gives LUNA MEZA Osiris as the official.'), OSIRIS)).toEqual(['LUNA MEZA Osiris']);
  });

  it("finds a name written in the lists' own order: family name, comma, given names", () => {
    const text = 'The notice lists LUNA MEZA, Osiris and Marroquín Chica, Carlos Amílcar; Luna Meza, Osiris, heads the prisons.';
    const r = scan(text);
    expect(byId(r, OSIRIS).mentions.map((m) => [m.start, m.end, m.text, m.kind, m.score])).toEqual([
      [17, 34, 'LUNA MEZA, Osiris', 'full', 1],
      [text.indexOf('Luna Meza, Osiris'), text.indexOf('Luna Meza, Osiris') + 17, 'Luna Meza, Osiris', 'full', 1],
    ]);
    expect(byId(r, MARROQUIN).mentions.map((m) => [m.text, m.kind, m.matchedName])).toEqual([['Marroquín Chica, Carlos Amílcar', 'full', 'MARROQUIN CHICA, Carlos Amilcar']]);
  });

  it("finds the lists' order in Cyrillic, in capitals, and with the line wrapped after the comma", () => {
    const cyrillic = scan('В списке указан ЛУНА МЕЗА, Осирис, заместитель министра.');
    expect(byId(cyrillic, OSIRIS).mentions.map((m) => [m.start, m.end, m.text, m.kind])).toEqual([[16, 33, 'ЛУНА МЕЗА, Осирис', 'full']]);
    expect(texts(scan('TREASURY LISTS LUNA MEZA, OSIRIS AND MS-13'), OSIRIS)).toEqual(['LUNA MEZA, OSIRIS']);
    expect(texts(scan('The notice lists LUNA MEZA,\nOsiris as vice minister.'), OSIRIS)).toEqual(['LUNA MEZA,\nOsiris']);
    // a possessive ends the name: "Meza's, Osiris" is no list entry
    expect(ids(scan("Luna Meza's allies, Osiris said, were many."))).toEqual([]);
  });

  it('does not read a comma between people as the lists\' order', () => {
    // the family name must be whole before the comma and only given names after it
    expect(ids(scan('The witnesses were Meza, Osiris and Luna, all of them from the same town near the border.'))).toEqual([]);
    expect(ids(scan('Among those present at the hearing were Meza, Alma and Yanira Ruiz, two lawyers from the capital.'))).toEqual([]);
    expect(ids(scan('Luna, Meza and Osiris are common names in the town.'))).toEqual([]);
  });

  it('finds names with or without diacritics, and with the second surname missing', () => {
    const r = scan('Officials named Carlos Amílcar Marroquín and, later, Carlos Amilcar Marroquin Chica.');
    expect(byId(r, MARROQUIN).mentions.map((m) => [m.text, m.kind])).toEqual([
      ['Carlos Amílcar Marroquín', 'full'],
      ['Carlos Amilcar Marroquin Chica', 'full'],
    ]);
  });

  it('finds acronyms and aliases, glued or not', () => {
    const r = scan('The Mara Salvatrucha, or MS-13, is also written MS13 in police files.');
    expect(texts(r, MS13)).toEqual(['Mara Salvatrucha', 'MS-13', 'MS13']);
    expect(byId(r, MS13).mentions.map((m) => m.matchedName)).toEqual(['MARA SALVATRUCHA', 'MS-13', 'MS-13']);
  });

  it("ends a mention before an English possessive", () => {
    const r = scan("Osiris Luna Meza's office declined to comment. Luna Meza's lawyer did too.");
    const m = byId(r, OSIRIS).mentions;
    expect(m.map((x) => x.text)).toEqual(['Osiris Luna Meza', 'Luna Meza']);
    expect(r.text.slice(m[0]!.end, m[0]!.end + 2)).toBe("'s");
  });

  it('joins a word hyphenated at a line end', () => {
    const text = 'The unit of Carlos Amilcar Mar-\nroquín was named. Later Marro-\n  quín spoke.';
    const r = scan(text);
    expect(byId(r, MARROQUIN).mentions.map((m) => m.text)).toEqual(['Carlos Amilcar Mar-\nroquín', 'Marro-\n  quín']);
  });

  it('finds a name written in Cyrillic', () => {
    const r = scan('В докладе назван Осирис Луна Меза, заместитель министра.');
    expect(byId(r, OSIRIS).mentions.map((m) => [m.text, m.kind])).toEqual([['Осирис Луна Меза', 'full']]);
  });

  it('keeps a line-wrapped name together but not one split by a paragraph', () => {
    expect(texts(scan('Treasury named Osiris Luna\nMeza on Wednesday.'), OSIRIS)).toEqual(['Osiris Luna\nMeza']);
    expect(ids(scan('He met Osiris.\n\nLuna Meza was not there.'))).toEqual([]);
  });
});

describe('coreference', () => {
  it('resolves later short mentions to the entity named in full', () => {
    const r = scan('Treasury sanctioned Osiris Luna Meza. Luna Meza said the charges were false. Later, Luna Meza resigned.');
    expect(byId(r, OSIRIS).mentions.map((m) => [m.text, m.kind])).toEqual([
      ['Osiris Luna Meza', 'full'],
      ['Luna Meza', 'coreference'],
      ['Luna Meza', 'coreference'],
    ]);
  });

  it('does not count a short mention when the text never names the party in full', () => {
    expect(ids(scan('Luna Meza said the charges were false.'))).toEqual([]);
    expect(ids(scan('Luna Meza Under Fire\n\nThe vice minister said the charges were false.'))).toEqual([]);
  });

  it('counts a short mention before the first full one, such as a headline', () => {
    const text = 'Luna Meza Under Fire Over Prison Deals\n\nSAN SALVADOR — Treasury sanctioned Osiris Luna Meza on Wednesday. Luna Meza denied it.';
    const r = scan(text);
    const e = byId(r, OSIRIS);
    expect(e.mentions.map((m) => [m.start, m.end, m.text, m.kind])).toEqual([
      [0, 9, 'Luna Meza', 'coreference'],
      [text.indexOf('Osiris'), text.indexOf('Osiris') + 16, 'Osiris Luna Meza', 'full'],
      [text.lastIndexOf('Luna Meza'), text.lastIndexOf('Luna Meza') + 9, 'Luna Meza', 'coreference'],
    ]);
    expect(e.explanation.evidence).toContain('1 earlier short mention, before the name is given in full, resolved to it: "Luna Meza"');
    expect(e.explanation.evidence).toContain('1 later short mention resolved to the name given in full: "Luna Meza"');
    const spanish = scan('Marroquín no respondió. El Tesoro sancionó a Carlos Amílcar Marroquín Chica el jueves.');
    expect(byId(spanish, MARROQUIN).mentions.map((m) => [m.start, m.end, m.kind])).toEqual([
      [0, 9, 'coreference'],
      [45, 75, 'full'],
    ]);
    const later = scan('Marroquín spoke first. Then Carlos Amilcar Marroquín was named.');
    expect(byId(later, MARROQUIN).mentions.map((m) => [m.text, m.kind])).toEqual([
      ['Marroquín', 'coreference'],
      ['Carlos Amilcar Marroquín', 'full'],
    ]);
  });

  it('drops a short mention before the full ones when it fits two of them', () => {
    const r = scan('Meza Family Ties Questioned\n\nTreasury named Osiris Luna Meza and Alma Yanira Meza Olivares on Wednesday.');
    expect(ids(r)).toEqual([OSIRIS, MOTHER]);
    for (const e of r.entities) expect(e.mentions.map((m) => m.kind)).toEqual(['full']);
  });

  it('drops a short mention that fits two named entities equally', () => {
    const r = scan('Osiris Luna Meza and Alma Yanira Meza Olivares were named. Meza said nothing.');
    expect(ids(r)).toEqual([OSIRIS, MOTHER]);
    for (const e of r.entities) expect(e.mentions.map((m) => m.text)).not.toContain('Meza');
  });

  it('does not take an unlisted namesake for a short mention', () => {
    const r = scan('Osiris Luna Meza was named. His spokesman, Julio Luna, declined to comment. Luna Meza did not.');
    expect(texts(r, OSIRIS)).toEqual(['Osiris Luna Meza', 'Luna Meza']);
  });
});

describe('precision', () => {
  it('gives no hit for unlisted people who share a first name or a surname with listed ones', () => {
    const r = scan('Carlos Martínez, Ana María Meza and Julio Cesar Gómez spoke to Claudia Luna about the case.');
    expect(ids(r)).toEqual([]);
  });

  it('gives no hit for a listed name inside a longer unlisted one', () => {
    expect(ids(scan('The witness, Carlos Amilcar Marroquín Pérez Ortega, is a teacher.'))).not.toContain(MARROQUIN);
  });

  it('does not let common words that are aliases flood the results', () => {
    const r = scan('The sun rose over the harbour. Sun and sea drew crowds. It was a victory; Victory Day is in May.');
    expect(ids(r)).toEqual([]);
  });

  it('counts a common-word alias when its party is named in full', () => {
    const r = scan('Golden Sun Trading LLC was designated. Sun, as the firm calls itself, denied wrongdoing.');
    expect(byId(r, 'test:90002').mentions.map((m) => [m.text, m.kind])).toEqual([
      ['Golden Sun Trading LLC', 'full'],
      ['Sun', 'weak'],
    ]);
  });

  it('counts a weak alias only with supporting context', () => {
    expect(ids(scan('El Hielero opened a shop downtown.'))).toEqual([]);
    const r = scan('Police arrested a trafficker known as El Hielero on Monday.');
    const e = byId(r, 'test:90003');
    expect(e.mentions.map((m) => [m.text, m.kind])).toEqual([['El Hielero', 'weak']]);
    expect(e.explanation.evidence.join(' ')).toMatch(/alias cue "known as"/);
    expect(e.score).toBeLessThan(1);
  });

  it('needs a vessel cue for a one-word vessel name, and the cue is not enough for a common word', () => {
    const vessels = buildScanner([entity('v1', 'Vessel', [['SANCHI', 'primary']]), entity('v2', 'Vessel', [['VICTORY', 'primary']])]);
    expect(vessels.scan('Sanchi is a town, and a crowd gathered there.').entities).toEqual([]);
    expect(vessels.scan('The Iranian tanker Sanchi sank in 2018.').entities.map((e) => e.id)).toEqual(['test:v1']);
    expect(vessels.scan('The old sailing ship Victory was repainted.').entities).toEqual([]);
  });

  it('requires capitals for names in cased scripts, except in an all lower-case text', () => {
    expect(ids(scan('We met osiris luna meza at the market, said Ana.'))).toEqual([]);
    expect(ids(scan('we met osiris luna meza at the market'))).toEqual([OSIRIS]);
  });

  it('still finds names in a Title Case or ALL CAPS headline', () => {
    expect(ids(scan('Treasury Sanctions Osiris Luna Meza And Carlos Amilcar Marroquin Over Gang Deals'))).toEqual([OSIRIS, MARROQUIN]);
    expect(ids(scan('TREASURY SANCTIONS OSIRIS LUNA MEZA'))).toEqual([OSIRIS]);
  });

  it('honours the threshold', () => {
    const text = 'Officials named Carlos Marroquín.';
    expect(ids(scanner.scan(text, { threshold: 0.8 }))).toEqual([MARROQUIN]);
    expect(ids(scanner.scan(text, { threshold: 0.99 }))).toEqual([]);
  });
});

describe('output', () => {
  it('has the documented JSON shape', () => {
    const r = scan('Treasury sanctioned Osiris Luna Meza, linked to MS-13. Luna Meza denied it.');
    expect(Object.keys(r)).toEqual(['entities', 'text']);
    const e = byId(r, OSIRIS);
    expect(Object.keys(e)).toEqual(['id', 'name', 'schema', 'lists', 'programs', 'sourceIds', 'score', 'mentions', 'explanation', 'related']);
    expect(e).toMatchObject({ id: OSIRIS, name: 'LUNA MEZA, Osiris', lists: ['test'], programs: ['GLOMAG'], score: 1 });
    expect(Object.keys(e.mentions[0]!)).toEqual(['start', 'end', 'text', 'context', 'kind', 'matchedName', 'score']);
    expect(e.mentions[0]).toMatchObject({ start: 20, end: 36, text: 'Osiris Luna Meza', kind: 'full', matchedName: 'LUNA MEZA, Osiris' });
    expect(e.mentions[0]!.context).toContain('Treasury sanctioned Osiris Luna Meza');
    expect(e.explanation.matchedName).toBe('LUNA MEZA, Osiris');
    expect(e.explanation.evidence[0]).toMatch(/named in full as "Osiris Luna Meza" at 20/);
    expect(e.explanation.evidence[1]).toMatch(/1 later short mention resolved/);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('lists related parties from either side of a relation, even when the text only says "his mother"', () => {
    const r = scan('Treasury sanctioned Osiris Luna Meza. His mother was also designated.');
    expect(byId(r, OSIRIS).related).toEqual([
      { id: MOTHER, name: 'MEZA OLIVARES, Alma Yanira', relation: 'linked', direction: 'from', lists: ['test'], programs: ['GLOMAG'], mentioned: false },
    ]);
    const both = scan('Osiris Luna Meza and his mother, Alma Yanira Meza Olivares, were named.');
    expect(byId(both, MOTHER).related).toEqual([expect.objectContaining({ id: OSIRIS, direction: 'to', mentioned: true })]);
  });

  it('sorts entities by score, then by first mention', () => {
    const r = scan('MS-13 and Osiris Luna Meza were named; Carlos Marroquín too.');
    expect(r.entities.map((e) => e.id)).toEqual([MS13, OSIRIS, MARROQUIN]);
  });

  it('returns nothing for an empty or name-free text', () => {
    expect(scan('').entities).toEqual([]);
    expect(scan('1234 — … !!').entities).toEqual([]);
  });
});

describe('one scanner, many texts', () => {
  it('gives every text the results a fresh scanner gives (reused buffers, memoized hits)', () => {
    const long = Array.from({ length: 40 }, (_, k) =>
      k % 3 === 0
        ? `Treasury sanctioned Osiris Luna Meza, linked to MS-13, in case ${k}. Luna Meza denied it.`
        : k % 3 === 1
          ? `LUNA MEZA, Osiris and Carlos Amilcar Marroquín met Julio Luna on day ${k}. Marroquín left.`
          : `The sun rose; Golden Sun Trading LLC, known as Sun, paid ${k} dollars.`,
    ).join('\n\n');
    const short = 'Marroquín spoke first. Then Carlos Amilcar Marroquín was named.';
    const lower = 'we met osiris luna meza and carlos marroquin at the market';
    const shared = buildScanner(STORY_ENTITIES);
    expect(ids(shared.scan(long))).toEqual([MS13, OSIRIS, MARROQUIN, 'test:90002'].sort());
    for (const [text, threshold] of [[long, undefined], [short, undefined], [lower, undefined], [long, 0.95], [short, undefined], [long, undefined]] as const) {
      const opts = threshold === undefined ? {} : { threshold };
      expect(shared.scan(text, opts), `${text.slice(0, 30)} ${threshold}`).toEqual(buildScanner(STORY_ENTITIES).scan(text, opts));
    }
  });
});

describe('coreference of organisations', () => {
  const banks = buildScanner([
    entity('b1', 'Organization', [['BANCO NACIONAL DE CUBA', 'primary']]),
    entity('g1', 'Organization', [['MARA SALVATRUCHA', 'primary']]),
  ]);

  it('resolves a distinctive word of the name, not a country or a common word', () => {
    const r = banks.scan('The Banco Nacional de Cuba was fined. Cuba protested, and Banco officials were silent. The Mara Salvatrucha grew; Salvatrucha leaders spoke.');
    expect(r.entities.find((e) => e.id === 'test:b1')!.mentions.map((m) => m.text)).toEqual(['Banco Nacional de Cuba']);
    expect(r.entities.find((e) => e.id === 'test:g1')!.mentions.map((m) => [m.text, m.kind])).toEqual([
      ['Mara Salvatrucha', 'full'],
      ['Salvatrucha', 'coreference'],
    ]);
  });
});

describe('one party on several lists', () => {
  const twoLists = buildScanner([
    entity('ofac', 'Person', [['LUNA MEZA, Osiris', 'primary']]),
    { ...entity('uk', 'Person', [['LUNA MEZA, Osiris', 'primary']]), sources: [{ list: 'uk', sourceId: '1' }] },
    entity('other', 'Person', [['MEZA OLIVARES, Alma Yanira', 'primary']]),
  ]);

  it('reports each listing, with the same mentions and coreferences', () => {
    const r = twoLists.scan('Treasury sanctioned Osiris Luna Meza. Luna Meza denied it.');
    expect(r.entities.map((e) => [e.id, e.mentions.map((m) => m.kind)])).toEqual([
      ['test:ofac', ['full', 'coreference']],
      ['test:uk', ['full', 'coreference']],
    ]);
  });

  it('still drops a short mention that fits two different parties', () => {
    const r = twoLists.scan('Osiris Luna Meza and Alma Yanira Meza Olivares were named. Meza said nothing.');
    for (const e of r.entities) expect(e.mentions.map((m) => m.text)).not.toContain('Meza');
  });
});

describe('identifiers as support', () => {
  it('counts a weak alias when one of its identifiers appears in the text', () => {
    const e = entity('p1', 'Person', [['ROMERO GARCIA, Dany Balmore', 'primary'], ['BIG BOY', 'weak']]);
    e.identifiers = [{ type: 'national-id', value: '04237453-4' }];
    const s = buildScanner([e]);
    expect(s.scan('Big Boy was seen downtown.').entities).toEqual([]);
    const r = s.scan('Big Boy, ID 04237453-4, was seen downtown.');
    expect(r.entities[0]!.explanation.evidence.join(' ')).toMatch(/identifier 04237453-4 appears in the text/);
  });
});

describe('organisation names with legal forms', () => {
  const companies = buildScanner([entity('c1', 'Company', [['BANCO DE COMERCIO E INDUSTRIAS, S.A.', 'primary']])]);

  it('finds the name with or without its legal form, and with a typo', () => {
    for (const text of [
      'Officials said Banco de Comercio e Industrias, S.A. moved the funds.',
      'Officials said Banco de Comercio e Industrias moved the funds.',
      'Officials said Banco de Comercio e Industria moved the funds.',
    ]) {
      const r = companies.scan(text);
      expect(r.entities.map((e) => e.id), text).toEqual(['test:c1']);
      expect(r.entities[0]!.mentions[0]!.kind).toBe('full');
    }
  });
});

describe('names in the text’s own script', () => {
  const arabic = buildScanner([entity('ar1', 'Person', [['AL-BAGHDADI, Abu Bakr', 'primary'], ['أبو بكر البغدادي', 'native']])]);

  it('finds a name written in Arabic, in Arabic or in an English text', () => {
    for (const text of ['وقال أبو بكر البغدادي في تسجيل صوتي', 'A recording attributed to أبو بكر البغدادي was released on Monday.']) {
      const r = arabic.scan(text);
      expect(r.entities.map((e) => e.id), text).toEqual(['test:ar1']);
      expect(r.entities[0]!.mentions[0]!.text).toBe('أبو بكر البغدادي');
    }
  });
});
