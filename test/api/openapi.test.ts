import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, startServer, type TestServer } from './test-server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

const ENDPOINTS: [string, string][] = [
  ['get', '/search'],
  ['post', '/screen'],
  ['post', '/compare'],
  ['post', '/scan'],
  ['get', '/entities/{id}'],
  ['get', '/lists'],
  ['get', '/lists/{id}/changes'],
  ['post', '/admin/update'],
  ['get', '/healthz'],
  ['get', '/readyz'],
  ['get', '/metrics'],
];

describe('OpenAPI document', () => {
  it('is OpenAPI 3 and describes every endpoint, with request and response schemas', async () => {
    const { status, body: doc } = await getJson(s.base, '/openapi.json');
    expect(status).toBe(200);
    expect(doc.openapi).toMatch(/^3\./);
    for (const [method, path] of ENDPOINTS) {
      const op = doc.paths[path]?.[method];
      expect(op, `${method} ${path}`).toBeDefined();
      expect(op.summary, `${method} ${path}`).toBeTruthy();
      expect(op.responses['200'], `${method} ${path}`).toBeDefined();
    }
    expect(doc.paths['/screen'].post.requestBody.content['application/json'].schema).toBeDefined();
    expect(Object.keys(doc.paths['/scan'].post.requestBody.content)).toEqual(expect.arrayContaining(['application/json', 'text/plain', 'text/html']));
    expect(Object.keys(doc.paths).filter((p) => p.startsWith('/ui'))).toEqual([]);
  });

  it('resolves every $ref to a component', async () => {
    const { body: doc } = await getJson(s.base, '/openapi.json');
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(10);
    for (const r of new Set(refs)) expect(doc.components.schemas[r], r).toBeDefined();
    expect(doc.components.schemas.Hit.properties.explanation).toBeDefined();
    expect(doc.components.schemas.ErrorBody.properties.error.properties.code.anyOf.length).toBeGreaterThan(15);
  });

  it('serves interactive docs at /docs from this server only (no CDN)', async () => {
    const page = await fetch(`${s.base}/docs/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const links = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(2);
    for (const link of links) {
      expect(link, 'asset must be served locally').not.toMatch(/^(https?:)?\/\//);
      const r = await fetch(new URL(link, `${s.base}/docs/`));
      await r.arrayBuffer();
      expect(r.status, link).toBe(200);
    }
    const init = await (await fetch(`${s.base}/docs/static/swagger-initializer.js`)).text();
    const code = init.split('\n').filter((line) => !line.trim().startsWith('//')).join('\n');
    expect(code).not.toMatch(/https?:\/\//);
    expect(code).toContain("resolveUrl('./json')");
    expect((await fetch(`${s.base}/docs/json`)).status).toBe(200);
  });
});
