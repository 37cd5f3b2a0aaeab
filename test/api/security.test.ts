import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addApiKey, createApiKey, readApiKeys } from '../../src/api/api-keys.js';
import { getJson, postJson, startServer, type TestServer } from './test-server.js';

describe('API keys', () => {
  const user = createApiKey({ name: 'payments', rateLimit: 5 });
  const admin = createApiKey({ name: 'ops', admin: true });
  const limited = createApiKey({ name: 'batch-job', rateLimit: 5 });
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer({ apiKeys: [user.record, admin.record, limited.record] });
  });
  afterAll(() => s.close());
  const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

  it('are stored hashed, never in clear', async () => {
    expect(user.record.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(JSON.stringify(user.record)).not.toContain(user.key);
    const dir = await mkdtemp(join(tmpdir(), 'criba-keys-'));
    try {
      const file = join(dir, 'api-keys.json');
      await addApiKey(file, user.record);
      const text = await readFile(file, 'utf8');
      expect(text).not.toContain(user.key);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect(await readApiKeys(file)).toEqual([user.record]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('when on, every endpoint but the health checks needs one', async () => {
    for (const [path, init] of [
      ['/search?q=acme', {}],
      ['/lists', {}],
      ['/metrics', {}],
      ['/openapi.json', {}],
      ['/entities/test-list:2001', {}],
      ['/screen', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"acme"}' }],
    ] as const) {
      const r = await getJson(s.base, path, init as RequestInit);
      expect(r.status, path).toBe(401);
      expect(r.body.error.code, path).toBe('E_UNAUTHORIZED');
      expect(r.headers.get('www-authenticate')).toBe('Bearer');
    }
    expect((await getJson(s.base, '/healthz')).status).toBe(200);
    expect((await getJson(s.base, '/readyz')).status).toBe(200);
    const page = await fetch(`${s.base}/ui/`, { redirect: 'manual' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toMatch(/^\/ui\/login/);
    const docs = await fetch(`${s.base}/docs`, { redirect: 'manual', headers: { accept: 'text/html' } });
    expect(docs.status).toBe(303);
    expect(docs.headers.get('location')).toBe('/ui/login?next=%2Fdocs');
  });

  it('accepts a valid Bearer key, refuses a wrong one', async () => {
    expect((await getJson(s.base, '/lists', { headers: bearer(admin.key) })).status).toBe(200);
    const wrong = await getJson(s.base, '/lists', { headers: bearer(`${admin.key}x`) });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.message).toContain('not valid');
  });

  it('admin endpoints need an admin key', async () => {
    const r = await postJson(s.base, '/admin/update', {}, bearer(user.key));
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('E_FORBIDDEN');
    expect((await postJson(s.base, '/admin/update', {}, bearer(admin.key))).status).toBe(501); // no update backend here
  });

  it('limits each key to its own rate', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await getJson(s.base, '/search?q=acme', { headers: bearer(limited.key) })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const refused = await getJson(s.base, '/search?q=acme', { headers: bearer(limited.key) });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('E_RATE_LIMITED');
    expect(refused.body.error.message).toContain('5 requests per minute');
    // the other key is not affected
    expect((await getJson(s.base, '/search?q=acme', { headers: bearer(admin.key) })).status).toBe(200);
  });

  it('the web UI logs in with a key kept in an HttpOnly cookie', async () => {
    const login = await fetch(`${s.base}/ui/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ key: admin.key, next: '/ui/lists' }).toString(),
    });
    expect(login.status).toBe(303);
    expect(login.headers.get('location')).toBe('/ui/lists');
    const cookie = login.headers.get('set-cookie')!;
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const page = await getJson(s.base, '/ui/lists', { headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('test-list');
    const evil = await fetch(`${s.base}/ui/login`, {
      method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ key: admin.key, next: '//evil.example/' }).toString(),
    });
    expect(evil.headers.get('location')).toBe('/ui/');
  });
});

describe('limits and CORS', () => {
  let s: TestServer;
  let withCors: TestServer;
  beforeAll(async () => {
    s = await startServer({ bodyLimit: 10_000, rateLimitAnonymous: 1000 });
    withCors = await startServer({ corsOrigins: ['https://app.example'] });
  });
  afterAll(async () => {
    await s.close();
    await withCors.close();
  });

  it('refuses bodies past the limit with 413', async () => {
    const r = await postJson(s.base, '/screen', { queries: Array.from({ length: 500 }, () => ({ name: 'A fairly long name here' })) });
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('E_BODY_TOO_LARGE');
  });

  it('sends no CORS headers by default', async () => {
    const r = await fetch(`${s.base}/search?q=acme`, { headers: { origin: 'https://app.example' } });
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
    const pre = await fetch(`${s.base}/screen`, { method: 'OPTIONS', headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' } });
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows only the configured origins when CORS is on', async () => {
    const ok = await fetch(`${withCors.base}/search?q=acme`, { headers: { origin: 'https://app.example' } });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://app.example');
    const other = await fetch(`${withCors.base}/search?q=acme`, { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
