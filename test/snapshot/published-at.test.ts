/**
 * The publication date a list file states reaches the snapshot: loading the real UN list through
 * `updateLists({ home, from })` records its dateGenerated as `publishedAt` in the snapshot meta.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SnapshotStore, updateLists } from '../../src/snapshot/index.js';
import { describeWithLists, listPath } from '../support/data.js';

const UN_FILE = 'un/consolidated_2026-02-27.xml';

describeWithLists('publishedAt in the snapshot meta (real UN list)', [UN_FILE], () => {
  let home: string;
  let from: string;
  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'criba-home-'));
    from = await mkdtemp(join(tmpdir(), 'criba-from-'));
    // a throw-away folder holding only the UN file, under its official name
    await copyFile(listPath(UN_FILE), join(from, 'consolidated.xml'));
  });
  afterAll(async () => {
    await rm(home, { recursive: true, force: true });
    await rm(from, { recursive: true, force: true });
  });

  it('records the dateGenerated of the file (2026-02-27) as publishedAt', async () => {
    const outcomes = await updateLists({ home, from });
    expect(outcomes.map((o) => [o.list, o.status])).toEqual([['un-sc', 'updated']]);
    const current = await new SnapshotStore(home).current();
    expect(current.map((m) => [m.list, m.publishedAt])).toEqual([['un-sc', '2026-02-27']]);
    const onDisk = await new SnapshotStore(home).meta('un-sc', current[0]!.version);
    expect(onDisk.publishedAt).toBe('2026-02-27');
  });
});
