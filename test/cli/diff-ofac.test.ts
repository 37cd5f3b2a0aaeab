/** The change feed on real OFAC SDN downloads: the El Salvador designations of 2021-12-08. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { describeWithLists, listPath } from '../support/data.js';

const OLD = 'ofac/sdn-2021-07-07';
const NEW = 'ofac/sdn-2022-01-21';
const EL_SALVADOR = ['ofac-sdn:33950', 'ofac-sdn:33959', 'ofac-sdn:33960'];

describeWithLists('criba diff on OFAC SDN 2021-07-07 → 2022-01-21', [`${OLD}/sdn.csv`, `${NEW}/sdn.csv`], () => {
  let home: string;
  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'criba-diff-'));
    expect((await runCli(home, 'update', '--from', listPath(OLD))).code).toBe(0);
    expect((await runCli(home, 'update', '--from', listPath(NEW))).code).toBe(0);
  });
  afterAll(() => rm(home, { recursive: true, force: true }));

  it('shows the latest update as the default diff, with LUNA MEZA, MARROQUIN CHICA and MEZA OLIVARES added', async () => {
    const r = await runCli(home, 'diff', '--json');
    expect(r.code, r.err).toBe(0);
    const [delta] = JSON.parse(r.out) as { list: string; from: string; to: string; added: { id: string; name: string }[]; removed: unknown[]; changed: { fields: string[] }[] }[];
    expect(delta!.list).toBe('ofac-sdn');
    expect(delta!.from).toBeTruthy();
    const added = new Map(delta!.added.map((a) => [a.id, a.name]));
    for (const id of EL_SALVADOR) expect(added.has(id), id).toBe(true);
    expect(added.get('ofac-sdn:33960')).toBe('MEZA OLIVARES, Alma Yanira');
    expect(delta!.removed.length).toBeGreaterThan(0);
    for (const c of delta!.changed) expect(c.fields.length).toBeGreaterThan(0);
  });

  it('diffs two folders of official files without loading them, with the same result', async () => {
    const stored = JSON.parse((await runCli(home, 'diff', '--json')).out)[0];
    const direct = JSON.parse((await runCli(home, 'diff', listPath(OLD), listPath(NEW), '--json')).out);
    expect(direct.added.map((a: { id: string }) => a.id)).toEqual(stored.added.map((a: { id: string }) => a.id));
    expect(direct.removed.length).toBe(stored.removed.length);
    expect(direct.changed.length).toBe(stored.changed.length);
  });

  it('prints a readable diff', async () => {
    const r = await runCli(home, 'diff');
    expect(r.out).toMatch(/\d+ added, \d+ removed, \d+ changed/);
    expect(r.out).toContain('+ LUNA MEZA, Osiris');
  });
});
