import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryScanBackend } from '../../src/api/scan-backend.js';
import { getJson, postJson, startServer, type TestServer } from './test-server.js';

const ARTICLE =
  'BOGOTÁ — Prosecutors said on Tuesday that Dario Alberto Velasquez Moncada had wired funds to ACME Trading FZE, ' +
  'a company registered in Dubai. Velasquez Moncada denied any wrongdoing.';

describe('POST /scan with the library scanner', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer({ scan: libraryScanBackend(), allowPrivateUrls: true });
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

  it('extracts the article from HTML, sent as JSON, as text/html, or fetched by URL', async () => {
    const page = `<!doctype html><html><head><title>News</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Funds traced to Dubai</h1><p>${ARTICLE}</p></article><footer>© News Ltd</footer></body></html>`;
    const json = await postJson(s.base, '/scan', { html: page });
    expect(json.status).toBe(200);
    expect(json.body.text).not.toContain('<');
    expect(json.body.text).not.toContain('News Ltd');
    expect(json.body.entities.map((e: { id: string }) => e.id)).toEqual(expect.arrayContaining(['test-list:1001', 'test-list:2001']));
    for (const m of json.body.entities[0].mentions) expect(json.body.text.slice(m.start, m.end)).toBe(m.text);
    const raw = await getJson(s.base, '/scan', { method: 'POST', headers: { 'content-type': 'text/html' }, body: page });
    expect(raw.body.entities.length).toBe(json.body.entities.length);

    const site = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page));
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(site.address() as AddressInfo).port}/world/story.html`;
      const fetched = await postJson(s.base, '/scan', { url });
      expect(fetched.status).toBe(200);
      expect(fetched.body.text).toBe(json.body.text);
    } finally {
      site.close();
    }
    const down = await postJson(s.base, '/scan', { url: 'http://127.0.0.1:9/nothing-listens-here' });
    expect(down.status).toBe(502);
    expect(down.body.error.code).toBe('E_DOWNLOAD');
  });

  it('validates bodies', async () => {
    const bad = await postJson(s.base, '/scan', { txt: 'x' });
    expect(bad.status).toBe(400);
    const badUrl = await postJson(s.base, '/scan', { url: 'file:///etc/passwd' });
    expect(badUrl.status).toBe(400);
  });
});

describe('POST /scan {url} and private addresses', () => {
  it('refuses to fetch from loopback, private and link-local addresses by default', async () => {
    const s = await startServer({ scan: libraryScanBackend() });
    try {
      for (const url of ['http://127.0.0.1:8080/admin', 'http://169.254.169.254/latest/meta-data/', 'http://10.1.2.3/', 'http://[::1]/', 'http://localhost/']) {
        const r = await postJson(s.base, '/scan', { url });
        expect(r.status, url).toBe(403);
        expect(r.body.error.code).toBe('E_FORBIDDEN');
      }
    } finally {
      await s.close();
    }
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
