/** Hand-written cases for the index: typos, qualifiers that lift a score, identifiers, limits. */
import { describe, expect, it } from 'vitest';
import { ScreeningIndex } from '../../src/index/index.js';
import { emptyEntity, type Entity } from '../../src/model/index.js';
import type { ScreenQuery } from '../../src/match/index.js';

function person(id: string, names: string[], extra: Partial<Entity> = {}): Entity {
  const e = emptyEntity(`test:${id}`, 'Person');
  e.names.push(...names.map((full, i) => ({ full, kind: i === 0 ? ('primary' as const) : ('alias' as const) })));
  return { ...e, ...extra };
}

const entities: Entity[] = [
  person('1', ['John Smith']),
  person('2', ['Alexander Petrov'], { birthDates: [{ value: '1970' }], nationalities: ['RU'] }),
  person('3', ['Maria Gonzalez Lopez'], { identifiers: [{ type: 'passport', value: 'X-1234567' }] }),
  person('4', ['Mohammed Ali Hassan', 'Muhammad Ali Hasan']),
  person('5', ['Ali Reza']),
];

const all = { limit: 100 };

describe('ScreeningIndex', () => {
  const index = new ScreeningIndex(entities);

  it('keeps its public surface', () => {
    expect(index.size).toBe(5);
    expect(index.get('test:1')?.names[0]?.full).toBe('John Smith');
    expect(index.get('nope')).toBeUndefined();
  });

  it('loses nothing on noisy queries, whatever the threshold', () => {
    const noisy = ['Johm Smitj', 'Jhon Smiht', 'J Smith', 'Smith', 'Alexandr Petrof', 'Muhamad Ali Hassan', 'Hasan Mohamed', 'Gonzales Maria'];
    for (const name of noisy) {
      for (const threshold of [0.5, 0.6, 0.7, 0.8, 0.9]) {
        expect(index.screen({ name }, { threshold, ...all }), `${name} @ ${threshold}`).toEqual(index.screenExhaustive({ name }, { threshold, ...all }));
      }
    }
    // the example exact-token blocking (Watchman) loses
    expect(index.screen({ name: 'Jon Smiht' }, { threshold: 0.8 }).map((h) => h.id)).toEqual(['test:1']);
  });

  it('does not score entities that share nothing with the query', () => {
    expect(index.candidateCount({ name: 'Alexander Petrov' })).toBe(1);
    expect(index.candidateCount({ name: 'Zebedee Quux' })).toBe(0);
  });

  // a query with one part the listed name lacks scores just under the threshold on its name alone;
  // each qualifier alone lifts it over: the index must still retrieve it
  const lifted: [string, Partial<ScreenQuery>][] = [
    ['date of birth', { birthDate: '1970' }],
    ['country', { countries: ['RU'] }],
  ];
  for (const [what, qualifier] of lifted) {
    it(`retrieves a name the ${what} lifts over the threshold`, () => {
      const base = { name: 'Alexander Petrov Ivanovich' };
      const nameOnly = index.screenExhaustive(base, { threshold: 0 })[0]!;
      expect(nameOnly.id).toBe('test:2');
      const q = { ...base, ...qualifier };
      const withQualifier = index.screenExhaustive(q, { threshold: 0 })[0]!;
      expect(withQualifier.score).toBeGreaterThan(nameOnly.score);
      const threshold = withQualifier.score; // reached only thanks to the qualifier
      expect(index.screen(base, { threshold })).toEqual([]);
      expect(index.screen(q, { threshold }).map((h) => h.id)).toEqual(['test:2']);
    });
  }

  it('retrieves an entity through an identifier given in the query, whatever the name', () => {
    const q = { name: 'M. Gonsales', identifiers: ['x1234567'] };
    const expected = index.screenExhaustive(q, { threshold: 0.3, ...all });
    expect(expected.map((h) => h.id)).toContain('test:3');
    expect(index.screen(q, { threshold: 0.3, ...all })).toEqual(expected);
  });

  it('ranks by score, then id, and honours the limit', () => {
    const q = { name: 'Ali' };
    const expected = index.screenExhaustive(q, { threshold: 0.3, ...all });
    expect(expected.length).toBeGreaterThan(1);
    expect(index.screen(q, { threshold: 0.3, ...all })).toEqual(expected);
    expect(index.screen(q, { threshold: 0.3, limit: 1 })).toEqual(expected.slice(0, 1));
  });

  it('scores everything when the threshold is so low that any entity can reach it', () => {
    const q = { name: 'Zebedee', birthDate: '1970', countries: ['RU'] };
    expect(index.screen(q, { threshold: 0.05, ...all })).toEqual(index.screenExhaustive(q, { threshold: 0.05, ...all }));
  });

  it('returns nothing for an empty query', () => {
    expect(index.screen({ name: ' ,. ' })).toEqual([]);
  });
});

describe('words written without vowels', () => {
  it('keeps a word with an initial vowel carrier apart from the same letters without one ("أسيري" vs "سياري")', () => {
    // listed first, the carrier form must not stand for both: "Sourai" pairs only with the form without it
    const index = new ScreeningIndex([person('v1', ['أسيري']), person('v2', ['Habibollah Sayyari', 'حبیب‌الله سیاری'])]);
    const q: ScreenQuery = { name: 'Sourai' };
    const opts = { threshold: 0.6, ...all };
    expect(index.screen(q, opts).map((h) => h.id)).toEqual(['test:v2']);
    expect(index.screen(q, opts)).toEqual(index.screenExhaustive(q, opts));
  });

  it('finds listed parts glued by their consonants, "ch" across the join too ("مرچب" = "Marc Hobb", "عبدالله" = "Abd Allah")', () => {
    const index = new ScreeningIndex([person('m', ['Marc Hobb']), person('a', ['Abd Allah']), person('o', ['Marco Bah'])]);
    for (const name of ['مرچب', 'عبدالله', 'مرکب']) {
      for (const threshold of [0.5, 0.8]) expect(index.screen({ name }, { threshold, ...all }), `${name} @ ${threshold}`).toEqual(index.screenExhaustive({ name }, { threshold, ...all }));
    }
    expect(index.screen({ name: 'مرچب' }, all).map((h) => [h.id, h.score])).toEqual([['test:m', 0.95]]);
    expect(index.screen({ name: 'عبدالله' }, all).map((h) => [h.id, h.score])).toEqual([['test:a', 0.95]]);
  });
});

describe('parts shared through a PrepareCache', () => {
  it('are one object per distinct part, and change no score', async () => {
    const { matchEntity, PrepareCache, prepareEntity, prepareQuery } = await import('../../src/match/index.js');
    const cache = new PrepareCache();
    const queries = ['John Smith', 'Alexandr Petrof', 'Muhamad Ali Hasan', 'Al Hassan Mohammed', 'Gonzalez Lopez', 'MGL', 'Mariagonzalez'];
    const shared = entities.map((e) => prepareEntity(e, cache));
    for (const [i, e] of entities.entries()) {
      const fresh = prepareEntity(e);
      for (const name of queries) {
        const q = prepareQuery({ name });
        expect(matchEntity(q, shared[i]!).score, `${name} vs ${e.id}`).toBe(matchEntity(q, fresh).score);
        expect(matchEntity(prepareQuery({ name }, cache), shared[i]!).score).toBe(matchEntity(q, fresh).score);
      }
    }
    // "Ali" of entity 4's alias and of entity 5 are the same word in the same place: one object
    const ali = (p: (typeof shared)[number]) => p.names.flatMap((n) => n.parts).filter((part) => part.text === 'ali');
    expect(new Set([...ali(shared[3]!), ...ali(shared[4]!)]).size).toBeLessThan([...ali(shared[3]!), ...ali(shared[4]!)].length);
  });
});

describe('runs of parts: glued words and acronyms', () => {
  const org = (id: string, name: string): Entity => {
    const e = emptyEntity(`test:${id}`, 'Organization');
    e.names.push({ full: name, kind: 'primary' });
    return e;
  };
  it('finds generic words glued into one listed word, which the bound must not halve as "only generic words"', () => {
    const index = new ScreeningIndex([org('g1', 'Tradingcompany Xy'), org('g2', 'International Tradingcompany Xy')]);
    for (const name of ['Trading Company', 'International Trading Company']) {
      const q: ScreenQuery = { name, schema: 'Organization' };
      const hits = index.screen(q, { threshold: 0.5, ...all });
      expect(hits.length, name).toBeGreaterThan(0);
      expect(hits).toEqual(index.screenExhaustive(q, { threshold: 0.5, ...all }));
    }
  });

  const runs = new ScreeningIndex([
    person('a', ['Abdul Rahman Khalid']),
    person('b', ['Abdulrahman Yusuf']),
    person('c', ['Cornelius Van Der Bilt']),
    org('d', "People's Liberation Army Navy"),
    org('e', 'PLAN'),
  ]);
  for (const name of ['Abdulrahman Khalid', 'Abdul Rahman Yusuf', 'Abdulrahmn Khalid', 'Cornelius Vanderbilt', 'PLA', 'People Liberation Army Navy', 'Abdul Rahmankhalid']) {
    it(`loses nothing for "${name}"`, () => {
      for (const threshold of [0.5, 0.7, 0.8]) {
        const expected = runs.screenExhaustive({ name }, { threshold, limit: 100 });
        expect(runs.screen({ name }, { threshold, limit: 100 }), `${name} @ ${threshold}`).toEqual(expected);
      }
    });
  }
  it('finds a glued name through its split form and back', () => {
    expect(runs.screen({ name: 'Abdulrahman Khalid' }, { threshold: 0.7 }).map((h) => h.id)).toContain('test:a');
    expect(runs.screen({ name: 'Abdul Rahman Yusuf' }, { threshold: 0.7 }).map((h) => h.id)).toContain('test:b');
  });
});

describe('score bounds that know how well each pair can score', () => {
  function org(id: string, names: string[]): Entity {
    const e = emptyEntity(`test:${id}`, 'Organization');
    e.names.push(...names.map((full, i) => ({ full, kind: i === 0 ? ('primary' as const) : ('alias' as const) })));
    return e;
  }

  /** The index gives what scoring every entity gives, for each name at each threshold. */
  function expectExhaustive(index: ScreeningIndex, names: string[], thresholds: number[]): void {
    for (const name of names) {
      for (const threshold of thresholds) expect(index.screen({ name }, { threshold, ...all }), `${name} @ ${threshold}`).toEqual(index.screenExhaustive({ name }, { threshold, ...all }));
    }
  }

  it('keeps the best hit when an initial pairs with a bracketed word lighter than itself (the score tops its best pair)', () => {
    // "i" pairs with "(IDRO)" as its initial: the word weighs less than the initial, so the
    // matcher's total shrinks and the name scores 0.913, above both of its pairs (0.9)
    const index = new ScreeningIndex([org('a', ['Institute University AO', '(Joint INSTITUTE Ltd.']), org('b', ['JOINT (IDRO)'])]);
    const q = { name: 'JfINT I' };
    const best = index.screenExhaustive(q, { limit: 1 });
    expect(best.map((h) => [h.id, h.score])).toEqual([['test:b', 0.913]]);
    expect(index.screen(q, { limit: 1 })).toEqual(best);
  });

  it('counts a listed part once when two query parts pair with it ("Baeri Bureau" against "Bureau")', () => {
    // "baeri" sounds like "bureau": both query parts pair with the one listed word, which can take only one
    const entities = [org('1', ['Bureau']), org('2', ['Pierre']), org('3', ['Central Design Bureau']), org('4', ['Baeri Bureau'])];
    const index = new ScreeningIndex(entities);
    const q = { name: 'Baeri Bureau' };
    for (const threshold of [0.3, 0.5, 0.78]) expect(index.screen(q, { threshold, ...all }), `@ ${threshold}`).toEqual(index.screenExhaustive(q, { threshold, ...all }));
    // only the name holding both words can reach the default threshold: the others are not scored
    expect(index.candidateCount(q)).toBe(1);
  });

  it('halves the bound of a person whose name only initials can match, as the matcher halves the score', () => {
    // "Alexander Badr Din" spells the acronym "ABD": against a person named "Abd" only that acronym
    // pairs, and a person is not identified by initials (name-score.ts ONLY_INITIALS_FACTOR); an
    // organisation may be named by its acronym, and stays a hit
    const index = new ScreeningIndex([person('p', ['Abd']), org('o', ['ABD']), person('w', ['Badr Abd'])]);
    expectExhaustive(index, ['Alexander Badr Din', 'A. B. Din', 'Alexander B.'], [0.3, 0.45, 0.78]);
    const q = { name: 'Alexander Badr Din' };
    expect(index.screenExhaustive(q, all).map((h) => [h.id, h.score])).toEqual([['test:o', 0.9]]);
    expect(index.screenExhaustive(q, { ...all, threshold: 0.3 }).find((h) => h.id === 'test:p')!.score).toBe(0.45);
    // so the person "Abd" is not scored at the default threshold: the candidates are the
    // organisation and "Badr Abd", where "badr" pairs as a word
    expect(index.candidateCount(q)).toBe(2);
  });

  it('halves it too when a query word is the acronym of a listed person\'s name ("AO" against "Anatol Ostrik Velmar")', () => {
    const index = new ScreeningIndex([person('p', ['Anatol Ostrik Velmar']), org('o', ['Arctic Oil'])]);
    expectExhaustive(index, ['AO', 'AO Velmar', 'AOV'], [0.3, 0.45, 0.78]);
    expect(index.screenExhaustive({ name: 'AO' }, { ...all, threshold: 0.3 }).map((h) => [h.id, h.score])).toEqual([['test:o', 0.9], ['test:p', 0.371]]);
    expect(index.candidateCount({ name: 'AO' })).toBe(1);
  });

  it('bounds a name with a number left on either side at three quarters, as the matcher marks it down', () => {
    const index = new ScreeningIndex([org('v3', ['Victory 3 Shipping']), org('v', ['Victory Shipping'])]);
    expectExhaustive(index, ['Victory Shipping', 'Victory 3 Shipping', 'Victory 5 Shipping', 'Victory 3 3'], [0.3, 0.5, 0.6, 0.78]);
    // the listed "3" no query part pairs with; the query's "3" that "Victory Shipping" lacks
    expect(index.candidateCount({ name: 'Victory Shipping' })).toBe(1);
    expect(index.candidateCount({ name: 'Victory 3 Shipping' }, { threshold: 0.6 })).toBe(1);
    expect(index.candidateCount({ name: 'Victory 5 Shipping' }, { threshold: 0.6 })).toBe(0);
  });

  it('weighs every pair in full when no pair can score 1 ("Smiht" against "Smith Jones")', () => {
    const index = new ScreeningIndex([person('a', ['Jonathan Smith']), person('c', ['Jonathon Smyth']), person('d', ['Smith Jones'])]);
    expectExhaustive(index, ['Smiht', 'Jonathn Smiht', 'Smiht Jonse', 'Jonathon Smith'], [0.3, 0.5, 0.7, 0.85]);
    // a typo scores at most its similarity, and the unmatched parts cost against the whole pair
    expect(index.screenExhaustive({ name: 'Smiht' }, { ...all, threshold: 0.5 }).map((h) => [h.id, h.score])).toEqual([['test:d', 0.72], ['test:a', 0.701]]);
    expect(index.candidateCount({ name: 'Smiht' }, { threshold: 0.85 })).toBe(0);
    expect(index.candidateCount({ name: 'Jonathn Smiht' }, { threshold: 0.5 })).toBe(1);
  });

  it('bounds a query of more parts than the bound\'s masks hold (a long descriptive name, 38 words)', () => {
    const long = 'Directorate of Coastal Surveys of the Northern Province including all harbour offices survey vessels regional branches and their staff wherever located as well as the institutes and laboratories of the directorate and its training centres in the province';
    const words = long.split(' ');
    // its first and its last 20 words, and a short name sharing four
    const index = new ScreeningIndex([org('d', [long]), org('h', [words.slice(0, 20).join(' ')]), org('t', [words.slice(-20).join(' ')]), org('s', ['Directorate of Coastal Surveys'])]);
    const queries = [long, long.replace('Coastal', 'Costal'), `${long} and abroad`, [...words].reverse().join(' ')];
    expectExhaustive(index, queries, [0.2, 0.4, 0.6, 0.9, 1]);
    expect(index.screenExhaustive({ name: long }, { ...all, threshold: 0.2 }).map((h) => h.id)).toEqual(['test:d', 'test:h', 'test:t']);
    // the halves pair half of its words: they cannot reach the default threshold and are not scored
    expect(index.candidateCount({ name: long })).toBe(1);
  });

  it('does not pair a run of query parts with a listed part one of them pairs with alone ("Liability 1" glued against "Liability")', () => {
    const index = new ScreeningIndex([org('l', ['Liability Company']), person('b', ['Abdulrahman Khalid']), person('a', ['Abdul Rahman'])]);
    expectExhaustive(index, ['Liability 1', 'Liability 1 Company', 'Abdul Rahman Khalid', 'Abdul Rahmank'], [0.4, 0.5, 0.6, 0.78]);
    // "liability" takes "Liability" first, so "1" stays unmatched: a number left, marked down
    expect(index.screenExhaustive({ name: 'Liability 1' }, { ...all, threshold: 0.3 }).map((h) => [h.id, h.score])).toEqual([['test:l', 0.519]]);
    expect(index.candidateCount({ name: 'Liability 1' }, { threshold: 0.6 })).toBe(0);
  });

  it('bounds a name met through another legal form below 1 ("Ko. Ltd" against "Acme LLC")', () => {
    const entities = [org('1', ['Ko. Ltd']), org('2', ['LLC']), org('3', ['Acme LLC']), org('4', ['Company Limited']), org('5', ['Ltd'])];
    const index = new ScreeningIndex(entities);
    const q = { name: 'Ko. Ltd' };
    for (const limit of [1, 2, 100]) for (const threshold of [0.5, 0.78, 0.95]) expect(index.screen(q, { threshold, limit }), `${limit} @ ${threshold}`).toEqual(index.screenExhaustive(q, { threshold, limit }));
  });
});

describe('queries of generic words and legal forms only', () => {
  function org(id: string, name: string): Entity {
    const e = emptyEntity(`test:${id}`, 'Organization');
    e.names.push({ full: name, kind: 'primary' });
    return e;
  }
  const index = new ScreeningIndex([org('1', 'Trading Company LLC'), org('2', 'Company Ltd'), org('3', 'Company LLC'), org('4', 'Company Limited'), org('5', 'LLC Company'), org('6', 'Trading LLC')]);

  it('returns the exact matches when there are `limit` of them, and looks further when there are fewer', () => {
    const q = { name: 'Company LLC' };
    // two names match exactly: with a limit of 3 the best of the rest must come too
    expect(index.screen(q, { limit: 3, threshold: 0.5 }).map((h) => [h.id, h.score])).toEqual([
      ['test:3', 1],
      ['test:5', 1],
      ['test:2', 0.97],
    ]);
    for (const name of ['Company LLC', 'Ko. Ltd', 'company AG', 'LLC']) {
      for (const limit of [1, 2, 3, 100]) for (const threshold of [0.5, 0.78, 0.99]) expect(index.screen({ name }, { limit, threshold }), `${name}: ${limit} @ ${threshold}`).toEqual(index.screenExhaustive({ name }, { limit, threshold }));
    }
  });
});
