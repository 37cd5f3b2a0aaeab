import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, postJson, startServer, type TestServer } from './test-server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

describe('POST /screen', () => {
  it('screens one record and answers {query, hits} with explained hits', async () => {
    const r = await postJson(s.base, '/screen', { name: 'Dario Velasquez', country: 'Colombia', dob: '1971', ref: 'cust-7' });
    expect(r.status).toBe(200);
    expect(r.body.query).toEqual({ name: 'Dario Velasquez', countries: ['CO'], birthDate: '1971', ref: 'cust-7' });
    const hit = r.body.hits[0];
    expect(hit).toMatchObject({ id: 'test-list:1001', name: 'VELASQUEZ MONCADA, Dario Alberto', schema: 'Person', lists: ['test-list'], programs: ['TEST-PROG'], sourceIds: ['test-list:1001'] });
    expect(hit.score).toBeGreaterThanOrEqual(0.9);
    expect(hit.explanation.matchedName).toBe('Dario Velasquez');
    expect(hit.explanation.alignment.map((p: { how: string }) => p.how)).toEqual(['exact', 'exact']);
    expect(hit.explanation.features.map((f: { feature: string }) => f.feature)).toEqual(expect.arrayContaining(['name', 'birthDate', 'country']));
  });

  it('screens a batch in order and keeps queries without hits', async () => {
    const r = await postJson(s.base, '/screen', { queries: [{ name: 'Acme Trading' }, { name: 'Completely Unrelated Person' }, { name: 'Sea Breeze Seven', type: 'vessel' }] });
    expect(r.status).toBe(200);
    expect(r.body.results.map((x: { query: { name: string } }) => x.query.name)).toEqual(['Acme Trading', 'Completely Unrelated Person', 'Sea Breeze Seven']);
    expect(r.body.results[0].hits[0].id).toBe('test-list:2001');
    expect(r.body.results[1].hits).toEqual([]);
    expect(r.body.results[2].query.schema).toBe('Vessel');
    expect(r.body.results[2].hits[0].id).toBe('test-list:3001');
  });

  it('accepts 1,000 queries and refuses 1,001', async () => {
    const ok = await postJson(s.base, '/screen', { queries: Array.from({ length: 1000 }, (_, i) => ({ name: `Person Number ${i}` })) });
    expect(ok.status).toBe(200);
    expect(ok.body.results).toHaveLength(1000);
    const tooMany = await postJson(s.base, '/screen', { queries: Array.from({ length: 1001 }, () => ({ name: 'x' })) });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.code).toBe('E_VALIDATION');
  });

  it('rejects bad records with a clear code and message', async () => {
    const missing = await postJson(s.base, '/screen', { nmae: 'Dario' });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toEqual({ code: 'E_VALIDATION', message: 'body needs the field "name"' });
    const typo = await postJson(s.base, '/screen', { name: 'Dario', dbo: '1971' });
    expect(typo.body.error.message).toBe('body has an unknown field "dbo"');
    const inBatch = await postJson(s.base, '/screen', { queries: [{ name: 'a' }, { nam: 'b' }] });
    expect(inBatch.body.error.message).toBe('body.queries.1 needs the field "name"');
    const country = await postJson(s.base, '/screen', { name: 'Dario', country: 'Atlantis' });
    expect(country.status).toBe(400);
    expect(country.body.error).toMatchObject({ code: 'E_INPUT' });
    expect(country.body.error.message).toContain('Atlantis');
    const type = await postJson(s.base, '/screen', { queries: [{ name: 'ok' }, { name: 'Dario', type: 'spaceship' }] });
    expect(type.status).toBe(400);
    expect(type.body.error.message).toContain('queries[1]');
    const notJson = await getJson(s.base, '/screen', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":' });
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.code).toBe('E_VALIDATION');
    const media = await getJson(s.base, '/screen', { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<name/>' });
    expect(media.status).toBe(415);
    expect(media.body.error.code).toBe('E_UNSUPPORTED_MEDIA_TYPE');
  });
});

describe('GET /search and POST /compare', () => {
  it('finds a party by part of its name, in another script too', async () => {
    const r = await getJson(s.base, `/search?q=${encodeURIComponent('acme general')}`);
    expect(r.status).toBe(200);
    expect(r.body.hits[0].id).toBe('test-list:2001');
    const cyr = await getJson(s.base, `/search?q=${encodeURIComponent('Иван Сергеевич Петров')}`);
    expect(cyr.body.hits[0]?.id).toBe('test-list:1002');
  });

  it('completes an unfinished last word as you type', async () => {
    const typing = await getJson(s.base, `/search?q=${encodeURIComponent('dario velasq')}`);
    expect(typing.body.hits[0]?.id).toBe('test-list:1001');
    const done = await getJson(s.base, `/search?q=${encodeURIComponent('acme tra')}`);
    expect(done.body.hits[0]?.id).toBe('test-list:2001');
  });

  it('validates the query string', async () => {
    expect((await getJson(s.base, '/search')).body.error.code).toBe('E_VALIDATION');
    expect((await getJson(s.base, '/search?q=x&limit=500')).status).toBe(400);
  });

  it('compares two names with an explanation', async () => {
    const r = await postJson(s.base, '/compare', { a: 'Carlos Marroquin', b: 'MARROQUIN, Carlos' });
    expect(r.status).toBe(200);
    expect(r.body.match).toBe(true);
    expect(r.body.score).toBeGreaterThan(0.9);
    expect(r.body.explanation.alignment.length).toBe(2);
    const no = await postJson(s.base, '/compare', { a: 'Carlos Marroquin', b: 'Li Wei' });
    expect(no.body.match).toBe(false);
  });
});

describe('GET /entities/{id} and /lists', () => {
  it('returns the entity with its sources and related parties both ways', async () => {
    const r = await getJson(s.base, '/entities/test-list:2001');
    expect(r.status).toBe(200);
    expect(r.body.entity.addresses[0].full).toContain('Dubai');
    expect(r.body.related).toEqual([expect.objectContaining({ id: 'test-list:1001', direction: 'from', kind: 'linked' })]);
    const dario = await getJson(s.base, '/entities/test-list:1001');
    expect(dario.body.entity.identifiers[0]).toMatchObject({ type: 'passport', value: 'PA1234567' });
    expect(dario.body.entity.sources[0]).toMatchObject({ list: 'test-list', sourceId: '1001', listedOn: '2020-01-15' });
    expect(dario.body.related).toEqual([expect.objectContaining({ id: 'test-list:2001', direction: 'to', name: 'ACME TRADING FZE' })]);
  });

  it('answers 404 E_NOT_FOUND for an unknown id', async () => {
    const r = await getJson(s.base, '/entities/nope:1');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('E_NOT_FOUND');
    const route = await getJson(s.base, '/no/such/endpoint');
    expect(route.status).toBe(404);
    expect(route.body.error.code).toBe('E_ROUTE_NOT_FOUND');
  });

  it('lists the loaded snapshots', async () => {
    const r = await getJson(s.base, '/lists');
    expect(r.body).toMatchObject({ state: 'ready', entityCount: 4, lists: [expect.objectContaining({ list: 'test-list', entityCount: 4 })] });
  });

  it('answers 501, not a fake feed, when the backend has no history', async () => {
    const r = await getJson(s.base, '/lists/test-list/changes');
    expect(r.status).toBe(501);
    expect(r.body.error.code).toBe('E_NOT_IMPLEMENTED');
  });
});

describe('health', () => {
  it('healthz and readyz answer', async () => {
    expect((await getJson(s.base, '/healthz')).body).toEqual({ status: 'ok' });
    const ready = await getJson(s.base, '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ready', entityCount: 4 });
  });
});
