import { mkdtemp, mkdir, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchBytes, openDataset, SnapshotStore, updateLists, type UpdateOutcome } from '../../src/snapshot/index.js';
import { peopleCsv, testList } from '../support/test-list.js';

let home: string;
let src: string;

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'criba-home-'));
  src = await mkdtemp(join(tmpdir(), 'criba-src-'));
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
  await rm(src, { recursive: true, force: true });
});

const registry = [testList];
const load = (extra: Partial<Parameters<typeof updateLists>[0]> = {}) => updateLists({ home, from: src, registry, ...extra });
const only = (o: UpdateOutcome[]) => {
  expect(o).toHaveLength(1);
  return o[0]!;
};

describe('updateLists --from', () => {
  it('creates an immutable content-hashed snapshot and makes it current', async () => {
    await writeFile(join(src, 'people.csv'), peopleCsv(10));
    const o = only(await load());
    expect(o.status).toBe('updated');
    if (o.status !== 'updated') return;
    expect(o.meta.entityCount).toBe(10);
    expect(o.meta.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(o.meta.version.endsWith(o.meta.hash.slice(0, 8))).toBe(true);
    expect(o.delta.added).toHaveLength(10);
    const store = new SnapshotStore(home);
    expect((await store.current()).map((m) => m.version)).toEqual([o.meta.version]);
    const ds = await openDataset(home);
    expect(ds.entities).toHaveLength(10);
    expect(ds.entities[0]!.sources[0]!.snapshot).toBe(o.meta.version);
  });

  it('reports an unchanged reload and keeps one version', async () => {
    await writeFile(join(src, 'people.csv'), peopleCsv(5));
    const first = only(await load());
    const second = only(await load());
    expect(second.status).toBe('unchanged');
    expect(second.status !== 'error' && second.status !== 'skipped' && second.meta.version).toBe(first.status === 'updated' && first.meta.version);
    expect(await new SnapshotStore(home).history('test-people')).toHaveLength(1);
  });

  it('stores the change feed: added, removed, changed with fields', async () => {
    await writeFile(join(src, 'people.csv'), peopleCsv(5));
    await load();
    await writeFile(join(src, 'people.csv'), peopleCsv(4, ['5,Renamed Person,person', '6,New Company,organization']));
    const o = only(await load());
    if (o.status !== 'updated') throw new Error(o.status);
    expect(o.delta.added.map((c) => c.id)).toEqual(['test-people:6']);
    expect(o.delta.changed).toEqual([{ id: 'test-people:5', name: 'Renamed Person', fields: ['names'] }]);
    expect(o.delta.removed).toEqual([]);
    expect((await new SnapshotStore(home).delta('test-people'))?.added).toHaveLength(1);
  });

  it('keeps the last good snapshot when a load fails to parse, naming file and line', async () => {
    await writeFile(join(src, 'people.csv'), peopleCsv(5));
    const good = only(await load());
    await writeFile(join(src, 'people.csv'), peopleCsv(5, ['6,"Broken, quote,person']));
    const bad = only(await load());
    expect(bad.status).toBe('error');
    if (bad.status !== 'error') return;
    expect(bad.error.code).toBe('E_PARSE');
    expect(bad.error.message).toContain('people.csv');
    expect(bad.kept?.version).toBe(good.status === 'updated' ? good.meta.version : '');
    expect((await openDataset(home)).entities).toHaveLength(5);
    expect(await readdir(join(home, 'tmp'))).toEqual([]);
  });

  it('refuses an entity count that drops more than 20% unless forced', async () => {
    await writeFile(join(src, 'people.csv'), peopleCsv(10));
    await load();
    await writeFile(join(src, 'people.csv'), peopleCsv(7));
    const refused = only(await load());
    expect(refused.status === 'error' && refused.error.code).toBe('E_SUSPICIOUS');
    expect((await openDataset(home)).entities).toHaveLength(10);
    const forced = only(await load({ force: true }));
    expect(forced.status).toBe('updated');
    expect((await openDataset(home)).entities).toHaveLength(7);
  });

  it('accepts a drop of exactly 20%', async () => {
    await writeFile(join(src, 'people.csv'), peopleCsv(10));
    await load();
    await writeFile(join(src, 'people.csv'), peopleCsv(8));
    expect(only(await load()).status).toBe('updated');
  });

  it('fails an empty list with E_EMPTY and keeps the previous snapshot', async () => {
    await writeFile(join(src, 'people.csv'), peopleCsv(3));
    await load();
    await writeFile(join(src, 'people.csv'), 'id,name,type\n');
    const o = only(await load());
    expect(o.status === 'error' && o.error.code).toBe('E_EMPTY');
    expect((await openDataset(home)).entities).toHaveLength(3);
  });

  it('fails a file past the size cap without reading it (a sparse 2 GB file)', async () => {
    await writeFile(join(src, 'people.csv'), peopleCsv(3));
    await load();
    await writeFile(join(src, 'people.csv'), '');
    await truncate(join(src, 'people.csv'), 2 * 1024 ** 3);
    const o = only(await load());
    expect(o.status === 'error' && o.error.code).toBe('E_TOO_LARGE');
    expect(o.status === 'error' && o.error.message).toMatch(/people\.csv.*2147483648 bytes/);
    expect((await openDataset(home)).entities).toHaveLength(3);
  });

  it('fails a non-UTF-8 file with E_ENCODING naming the line', async () => {
    await writeFile(join(src, 'people.csv'), Buffer.concat([Buffer.from(peopleCsv(3)), Buffer.from('4,Jos\xe9 Mar\xeda,person\n', 'latin1')]));
    const o = only(await load());
    expect(o.status === 'error' && o.error.code).toBe('E_ENCODING');
    expect(o.status === 'error' && o.error.message).toMatch(/people\.csv:5/);
  });

  it('says which folder it picked when a list is found in several dated folders', async () => {
    for (const [dir, n] of [['list-2021-07-07', 3], ['list-2022-01-21', 4]] as const) {
      await mkdir(join(src, dir));
      await writeFile(join(src, dir, 'people.csv'), peopleCsv(n));
    }
    const outcomes = await load();
    expect(outcomes.map((o) => o.status).sort()).toEqual(['skipped', 'updated']);
    expect((await openDataset(home)).entities).toHaveLength(4);
  });

  it('fails clearly when no list file is recognised', async () => {
    await writeFile(join(src, 'notes.txt'), 'hello');
    await expect(load()).rejects.toThrow(/no official list files recognised.*notes\.txt/);
  });

  it('opening an empty home says how to load lists', async () => {
    await expect(openDataset(home)).rejects.toMatchObject({ code: 'E_NO_SNAPSHOT', message: expect.stringContaining('criba update --from DIR') });
  });
});

describe('downloads', () => {
  let server: Server;
  let base: string;
  let hits: Record<string, number>;
  const routes: Record<string, (n: number) => { status: number; body?: string; delayMs?: number; headers?: Record<string, string> }> = {};

  beforeEach(async () => {
    hits = {};
    server = createServer((req, res) => {
      const n = (hits[req.url!] = (hits[req.url!] ?? 0) + 1);
      const route = routes[req.url!];
      if (!route) return res.writeHead(404).end('not found');
      const r = route(n);
      setTimeout(() => res.writeHead(r.status, r.headers).end(r.body ?? ''), r.delayMs ?? 0);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it('downloads the official files and loads them', async () => {
    routes['/people.csv'] = () => ({ status: 200, body: peopleCsv(6) });
    const list = { ...testList, downloads: [{ url: `${base}/people.csv`, file: 'people.csv' }] };
    const o = only(await updateLists({ home, registry: [list] }));
    expect(o.status).toBe('updated');
    expect(o.status === 'updated' && o.meta.origin).toBe(`${base}/people.csv`);
    expect(o.status === 'updated' && o.meta.files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('retries a server error, then succeeds', async () => {
    routes['/flaky'] = (n) => (n < 3 ? { status: 503 } : { status: 200, body: 'ok' });
    expect((await fetchBytes(`${base}/flaky`, { backoffMs: 10 })).toString()).toBe('ok');
    expect(hits['/flaky']).toBe(3);
  });

  it('does not retry a 404 and names the URL', async () => {
    await expect(fetchBytes(`${base}/missing`, { backoffMs: 10 })).rejects.toMatchObject({ code: 'E_DOWNLOAD', message: expect.stringContaining(`${base}/missing: HTTP 404`) });
    expect(hits['/missing']).toBe(1);
  });

  it('times out a server that does not answer', async () => {
    routes['/slow'] = () => ({ status: 200, body: 'late', delayMs: 2000 });
    await expect(fetchBytes(`${base}/slow`, { timeoutMs: 100, retries: 1, backoffMs: 10 })).rejects.toMatchObject({ code: 'E_DOWNLOAD', message: expect.stringMatching(/no answer within 100 ms/) });
    expect(hits['/slow']).toBe(2);
  });

  it('enforces the size cap from Content-Length and while streaming', async () => {
    routes['/big'] = () => ({ status: 200, body: 'x'.repeat(5000) });
    await expect(fetchBytes(`${base}/big`, { maxBytes: 1000 })).rejects.toMatchObject({ code: 'E_TOO_LARGE' });
    routes['/chunked'] = () => ({ status: 200, body: 'y'.repeat(5000), headers: { 'transfer-encoding': 'chunked' } });
    await expect(fetchBytes(`${base}/chunked`, { maxBytes: 1000 })).rejects.toMatchObject({ code: 'E_TOO_LARGE' });
  });

  it('fails fast when offline, naming the URL and suggesting --from, and keeps the last snapshot', async () => {
    await writeFile(join(src, 'people.csv'), peopleCsv(3));
    await load();
    const closed = `http://127.0.0.1:1/people.csv`;
    const list = { ...testList, downloads: [{ url: closed, file: 'people.csv' }] };
    const started = Date.now();
    const o = only(await updateLists({ home, registry: [list] }));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(o.status).toBe('error');
    if (o.status !== 'error') return;
    expect(o.error.message).toContain(closed);
    expect(o.error.message).toContain('criba update --from DIR');
    expect(o.kept?.entityCount).toBe(3);
    expect(JSON.parse(await readFile(join(home, 'lists', 'test-people', 'snapshots', o.kept!.version, 'meta.json'), 'utf8')).entityCount).toBe(3);
  });
});

describe('config.json', () => {
  it('chooses the lists that a plain update fetches, and rejects a bad file clearly', async () => {
    const other = { ...testList, id: 'other-people', downloads: [{ url: 'http://127.0.0.1:1/x.csv', file: 'people.csv' }] };
    const never = { ...testList, downloads: [{ url: 'http://127.0.0.1:1/never.csv', file: 'people.csv' }] };
    await writeFile(join(home, 'config.json'), JSON.stringify({ lists: ['other-people'] }));
    const outcomes = await updateLists({ home, registry: [never, other] });
    expect(outcomes.map((o) => o.list)).toEqual(['other-people']);
    await writeFile(join(home, 'config.json'), '{"lists": "ofac-sdn"}');
    await expect(updateLists({ home, registry: [never, other] })).rejects.toThrow(/config\.json.*"lists" must be an array/);
  });
});
