import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { libraryScanBackend } from '../../src/api/scan-backend.js';
import { snapshotBackend } from '../../src/api/snapshot-backend.js';
import { describeWithLists, listPath } from '../support/data.js';
import { getJson, postJson, startServer, type TestServer } from './test-server.js';

describeWithLists('the API over the real OFAC SDN list (2022-01-21)', ['ofac/sdn-2022-01-21/sdn.csv'], () => {
  let home: string;
  let s: TestServer;
  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'criba-api-home-'));
    s = await startServer({ backend: snapshotBackend(home), scan: libraryScanBackend() });
  });
  afterAll(async () => {
    await s?.close();
    await rm(home, { recursive: true, force: true });
  });

  it('starts empty, loads the list through POST /admin/update, and screens against it', async () => {
    expect((await postJson(s.base, '/screen', { name: 'Mara Salvatrucha' })).status).toBe(503);
    const update = await postJson(s.base, '/admin/update', { from: listPath('ofac/sdn-2022-01-21') });
    expect(update.status).toBe(200);
    expect(update.body.state).toBe('ready');
    expect(update.body.reports).toEqual(expect.arrayContaining([expect.objectContaining({ list: 'ofac-sdn', status: 'updated' })]));
    expect(update.body.entityCount).toBeGreaterThan(9000);

    const r = await postJson(s.base, '/screen', { name: 'Mara Salvatrucha' });
    expect(r.status).toBe(200);
    const top = r.body.hits[0];
    expect(top.name).toBe('MS-13');
    expect(top.explanation.matchedName).toBe('MARA SALVATRUCHA');
    expect(top.lists).toEqual(['ofac-sdn']);

    const entity = await getJson(s.base, `/entities/${encodeURIComponent(top.id)}`);
    expect(entity.status).toBe(200);
    expect(entity.body.entity.names.map((n: { full: string }) => n.full)).toContain('MARA SALVATRUCHA');

    const lists = await getJson(s.base, '/lists');
    expect(lists.body.lists.map((l: { list: string }) => l.list)).toContain('ofac-sdn');
    const changes = await getJson(s.base, '/lists/ofac-sdn/changes');
    expect(changes.status).toBe(200);
    expect(changes.body.snapshots.length).toBe(1);
    expect(changes.body.delta.added.length).toBe(update.body.entityCount);
    expect((await getJson(s.base, '/lists/ofac-sdn/changes?version=nope')).status).toBe(404);

    const scan = await postJson(s.base, '/scan', { text: 'Police blamed the gang MS-13, also called Mara Salvatrucha, for the attack.' });
    expect(scan.status).toBe(200);
    expect(scan.body.entities.map((e: { id: string }) => e.id)).toContain(top.id);
  });
});
