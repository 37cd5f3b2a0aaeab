/**
 * Whole news articles (test/fixtures/articles, written for these tests) scanned against the real
 * OFAC SDN list of 2022-01-21. Each article has an expected-results file, written by hand: which
 * listed parties are mentioned, where, how, who they are related to, and which names in the text
 * are not listed parties. The lists are exhaustive: any other hit fails the test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { buildScanner, scanDocument, type DocumentScanResult, type Scanner } from '../../src/scan/index.js';
import { describeWithLists, listPath } from '../support/data.js';
import { loadListFolder } from './support/ofac.js';

const ARTICLES = join(import.meta.dirname, '../fixtures/articles');
const SDN = 'ofac/sdn-2022-01-21';

interface Expected {
  article: string;
  lists: string;
  exhaustive: boolean;
  found: { id: string; name: string; related: string[]; mentions: { start: number; end: number; text: string; kind: string }[] }[];
  notFound: { text: string; why: string }[];
}

const cases = readdirSync(ARTICLES)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => JSON.parse(readFileSync(join(ARTICLES, f), 'utf8')) as Expected);

describeWithLists('articles scanned against OFAC SDN 2022-01-21', [`${SDN}/sdn.csv`], () => {
  let scanner: Scanner;
  beforeAll(async () => {
    scanner = buildScanner(await loadListFolder('ofac-sdn', listPath(SDN)));
  });

  const scanArticle = (file: string): DocumentScanResult => {
    const path = join(ARTICLES, file);
    return scanDocument(scanner, { content: readFileSync(path), name: path });
  };

  it('has expected results for at least four articles, in English and Spanish, one of them a web page', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
    expect(cases.some((c) => c.article.endsWith('.html'))).toBe(true);
    expect(cases.some((c) => c.article.includes('.es.'))).toBe(true);
  });

  for (const c of cases) {
    it(`${c.article}: finds exactly the expected parties`, () => {
      const r = scanArticle(c.article);
      const found = r.entities.map((e) => `${e.id} ${e.name}`).sort();
      expect(found).toEqual(c.found.map((f) => `${f.id} ${f.name}`).sort());
    });

    it(`${c.article}: finds every expected mention at its offsets`, () => {
      const r = scanArticle(c.article);
      for (const f of c.found) {
        const e = r.entities.find((x) => x.id === f.id);
        expect(e, f.name).toBeDefined();
        const got = e!.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind }));
        expect(got, f.name).toEqual(f.mentions);
        for (const m of f.mentions) expect(r.text.slice(m.start, m.end)).toBe(m.text);
        const related = e!.related.map((x) => x.id);
        for (const id of f.related) expect(related, `${f.name} related`).toContain(id);
      }
    });

    it(`${c.article}: gives no hit on the names that are not listed parties`, () => {
      const r = scanArticle(c.article);
      const mentions = r.entities.flatMap((e) => e.mentions);
      for (const nf of c.notFound) {
        for (let i = r.text.indexOf(nf.text); i >= 0; i = r.text.indexOf(nf.text, i + 1)) {
          const overlapping = mentions.filter((m) => m.start < i + nf.text.length && i < m.end);
          expect(overlapping, `"${nf.text}" (${nf.why})`).toEqual([]);
        }
      }
    });
  }

  it('shows the official\'s mother as a related listed party when the article only says "his mother"', () => {
    const r = scanArticle('treasury-el-salvador.en.txt');
    expect(r.text).toContain('His mother');
    expect(r.text).not.toContain('Alma');
    const osiris = r.entities.find((e) => e.id === 'ofac-sdn:33950')!;
    expect(osiris.related).toContainEqual({
      id: 'ofac-sdn:33960',
      name: 'MEZA OLIVARES, Alma Yanira',
      relation: 'linked',
      direction: 'from',
      lists: ['ofac-sdn'],
      programs: ['GLOMAG'],
      mentioned: false,
    });
  });

  it('drops the page chrome of the news web page: menus, breadcrumbs, byline, related links, footer', () => {
    const r = scanArticle('treasury-el-salvador.en.html');
    expect(r.document).toMatchObject({ format: 'html', extraction: 'readability', title: 'Treasury sanctions Salvadoran officials over gang truce' });
    for (const chrome of ['You are here', 'Skip to content', 'Share on', 'Related', 'Most read', 'More from Americas', 'Subscribe', 'All rights reserved', 'Elena Ward', 'Hamas', 'Guzmán', 'Maduro']) {
      expect(r.text, chrome).not.toContain(chrome);
    }
    expect(r.text).toContain('Neither Luna Meza nor Marroquín holds known assets');
  });

  it('explains each hit with the matcher and the document evidence', () => {
    const r = scanArticle('tesoro-el-salvador.es.txt');
    const e = r.entities.find((x) => x.id === 'ofac-sdn:33959')!;
    expect(e.explanation.matchedName).toBe('MARROQUIN CHICA, Carlos Amilcar');
    expect(e.explanation.alignment.length).toBeGreaterThan(0);
    expect(e.explanation.evidence[0]).toMatch(/^named in full as "Carlos Amílcar Marroquín Chica"/);
    expect(e.explanation.evidence.at(-1)).toMatch(/3 later short mentions/);
  });
});
