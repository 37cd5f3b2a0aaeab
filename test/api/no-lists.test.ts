import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CribaError } from '../../src/errors.js';
import { datasetFromEntities } from '../../src/snapshot/index.js';
import type { ServedDataset } from '../../src/api/backend.js';
import { fixtureEntities, fixtureSnapshot } from './fixture-entities.js';
import { getJson, postJson, startServer, type TestServer } from './test-server.js';

/** A store that starts empty; its update loads the fixture lists (or fails, when told to). */
function emptyStore() {
  let loaded: ServedDataset | undefined;
  const state = { failNext: false, updates: 0 };
  const backend = {
    open: async () => {
      if (!loaded) throw new CribaError('E_NO_SNAPSHOT', 'nothing loaded');
      return loaded;
    },
    update: async () => {
      state.updates++;
      if (state.failNext) return [{ list: 'test-list', status: 'error', message: 'download failed (offline)' }];
      const entities = fixtureEntities();
      loaded = datasetFromEntities(entities, [fixtureSnapshot(entities.length)]);
      return [{ list: 'test-list', status: 'updated', message: '4 entities' }];
    },
  };
  return { backend, state };
}

describe('a server with no lists loaded', () => {
  let s: TestServer;
  const store = emptyStore();
  beforeAll(async () => {
    s = await startServer({ backend: store.backend });
  });
  afterAll(() => s.close());

  it('never pretends to screen: screening endpoints answer 503 E_NO_SNAPSHOT with how to load lists', async () => {
    for (const r of [
      await postJson(s.base, '/screen', { name: 'Dario Velasquez' }),
      await getJson(s.base, '/search?q=dario'),
      await getJson(s.base, '/entities/test-list:1001'),
      await getJson(s.base, '/readyz'),
    ]) {
      expect(r.status).toBe(503);
      expect(r.body.error.code).toBe('E_NO_SNAPSHOT');
      expect(r.body.error.message).toContain('criba update --from DIR');
    }
    expect((await getJson(s.base, '/healthz')).status).toBe(200);
    expect((await getJson(s.base, '/lists')).body).toMatchObject({ state: 'empty', entityCount: 0, lists: [] });
  });

  it('says so on every page', async () => {
    for (const path of ['/ui/', '/ui/?q=dario', '/ui/document', '/ui/lists', '/ui/entities/test-list:1001']) {
      const r = await getJson(s.base, path);
      expect(r.body, path).toContain('data-testid="no-lists"');
      expect(r.body, path).toContain('criba update --from DIR');
      expect(r.body, path).not.toContain('data-testid="hit"');
    }
  });

  it('a failed update keeps the empty state and reports why', async () => {
    store.state.failNext = true;
    const r = await postJson(s.base, '/admin/update', {});
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ state: 'empty', entityCount: 0, reports: [{ list: 'test-list', status: 'error' }] });
    expect((await getJson(s.base, '/ui/')).body).toContain('download failed (offline)');
  });

  it('POST /admin/update loads lists and swaps them in without a restart', async () => {
    store.state.failNext = false;
    const r = await postJson(s.base, '/admin/update', {});
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ state: 'ready', entityCount: 4, reports: [{ list: 'test-list', status: 'updated' }] });
    const screen = await postJson(s.base, '/screen', { name: 'Dario Velasquez' });
    expect(screen.status).toBe(200);
    expect(screen.body.hits[0].id).toBe('test-list:1001');
    expect((await getJson(s.base, '/ui/')).body).not.toContain('data-testid="no-lists"');
  });
});

describe('updates', () => {
  it('answers 501 when the backend cannot update, and 409 while an update runs', async () => {
    const s = await startServer();
    try {
      const r = await postJson(s.base, '/admin/update', {});
      expect(r.status).toBe(501);
      expect(r.body.error.code).toBe('E_NOT_IMPLEMENTED');
    } finally {
      await s.close();
    }
    let release: () => void = () => {};
    const slow = await startServer({
      backend: {
        open: async () => datasetFromEntities(fixtureEntities()),
        update: () => new Promise((resolve) => (release = () => resolve([]))),
      },
    });
    try {
      const first = postJson(slow.base, '/admin/update', {});
      await new Promise((r) => setTimeout(r, 100));
      const second = await postJson(slow.base, '/admin/update', {});
      expect(second.status).toBe(409);
      expect(second.body.error.code).toBe('E_UPDATE_RUNNING');
      // screening goes on against the lists in use while the update runs
      expect((await postJson(slow.base, '/screen', { name: 'Acme Trading' })).status).toBe(200);
      release();
      expect((await first).status).toBe(200);
    } finally {
      release();
      await slow.close();
    }
  });
});
