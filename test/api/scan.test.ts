import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryScanBackend } from '../../src/api/scan-backend.js';
import { getJson, postJson, startServer, type TestServer } from './test-server.js';

const ARTICLE =
  'BOGOTÁ — Prosecutors said on Tuesday that Dario Alberto Velasquez Moncada had wired funds to ACME Trading FZE, ' +
  'a company registered in Dubai. Velasquez Moncada denied any wrongdoing.';

describe('POST /scan with the library scanner', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer({ scan: libraryScanBackend() });
  });
  afterAll(() => s.close());

  it('finds listed parties in plain text with offsets into the scanned text', async () => {
    const r = await postJson(s.base, '/scan', { text: ARTICLE });
    expect(r.status).toBe(200);
    expect(r.body.text).toBe(ARTICLE);
    const ids = r.body.entities.map((e: { id: string }) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['test-list:1001', 'test-list:2001']));
    for (const e of r.body.entities) {
      expect(e.mentions.length).toBeGreaterThan(0);
      for (const m of e.mentions) expect(ARTICLE.slice(m.start, m.end)).toBe(m.text);
    }
    const dario = r.body.entities.find((e: { id: string }) => e.id === 'test-list:1001');
    expect(dario.mentions[0].text).toBe('Dario Alberto Velasquez Moncada');
    expect(dario.lists).toEqual(['test-list']);
  });

  it('reads a text/plain body', async () => {
    const r = await getJson(s.base, '/scan', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: ARTICLE });
    expect(r.status).toBe(200);
    expect(r.body.entities.length).toBeGreaterThanOrEqual(2);
  });

  it('answers 501 for HTML until article extraction is wired in, and validates bodies', async () => {
    const html = await postJson(s.base, '/scan', { html: `<p>${ARTICLE}</p>` });
    expect([200, 501]).toContain(html.status);
    if (html.status === 501) expect(html.body.error.code).toBe('E_NOT_IMPLEMENTED');
    const bad = await postJson(s.base, '/scan', { txt: 'x' });
    expect(bad.status).toBe(400);
    const badUrl = await postJson(s.base, '/scan', { url: 'file:///etc/passwd' });
    expect(badUrl.status).toBe(400);
  });
});

describe('POST /scan without a scanner', () => {
  it('answers 501 rather than pretending', async () => {
    const s = await startServer();
    try {
      const r = await postJson(s.base, '/scan', { text: ARTICLE });
      expect(r.status).toBe(501);
      expect(r.body.error.code).toBe('E_NOT_IMPLEMENTED');
    } finally {
      await s.close();
    }
  });
});
