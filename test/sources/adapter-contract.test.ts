/**
 * One behaviour suite over every list adapter of issue 5 (UN, EU, UK, CA, AU, CH, US, OpenSanctions,
 * custom): what `criba update --from DIR` and the snapshot store rely on, checked the same way for
 * all of them — each format recognises its own files and no other list's (so a folder of mixed
 * downloads loads each list from the right file), entity ids carry the list id, every entity keeps
 * its source record.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LISTS, listById } from '../../src/sources/registry.js';
import type { SourceFile } from '../../src/sources/types.js';
import { describeWithLists, LISTS_DIR } from '../support/data.js';
import { readList } from '../support/read-list.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');
/** Fixture folder → list id, and the fixture file that holds the list's good sample(s). */
const ADAPTERS: { folder: string; list: string; good: string[] }[] = [
  { folder: 'un', list: 'un-sc', good: ['consolidated.xml'] },
  { folder: 'eu', list: 'eu-fsf', good: ['export.xml', 'fsf-export.csv'] },
  { folder: 'uk-ofsi', list: 'uk-ofsi', good: ['ConList.csv', 'ConList.xlsx'] },
  { folder: 'uk-fcdo', list: 'uk-fcdo', good: ['UK-Sanctions-List.xml', 'UK-Sanctions-List.csv', 'UK_Sanctions_List_full.ods', 'UK_Sanctions_List.ods'] },
  { folder: 'canada', list: 'ca-sema', good: ['sema-lmes.xml'] },
  { folder: 'australia', list: 'au-dfat', good: ['regulation8_consolidated.xlsx'] },
  { folder: 'switzerland', list: 'ch-seco', good: ['consolidated-list.xml'] },
  { folder: 'us-trade-csl', list: 'us-csl', good: ['consolidated.csv', 'consolidated_fixture.csv.gz'] },
  { folder: 'us-bis-dpl', list: 'us-bis-dpl', good: ['dpl.txt'] },
  { folder: 'opensanctions', list: 'opensanctions', good: ['entities.ftm.json', 'targets.simple.csv'] },
  { folder: 'custom', list: 'custom', good: ['custom-list.csv'] },
];

const ISSUE5_LISTS = LISTS.filter((l) => ADAPTERS.some((a) => a.list === l.id));

function filesIn(dir: string): SourceFile[] {
  return readdirSync(dir)
    .filter((n) => statSync(join(dir, n)).isFile())
    .map((name) => ({ name, path: join(dir, name), size: statSync(join(dir, name)).size }));
}

/** Which lists claim this single file? (`lists`: all registered lists by default) */
async function claimants(file: SourceFile, lists = LISTS): Promise<string[]> {
  const out: string[] = [];
  for (const list of lists) {
    for (const format of list.formats) {
      if (await format.detect([file])) {
        out.push(list.id);
        break;
      }
    }
  }
  return out;
}

describe('list adapter contract (hand-written fixtures)', () => {
  for (const { folder, list, good } of ADAPTERS) {
    describe(list, () => {
      it('is registered with a licence, an authority and at least one format', () => {
        const def = listById(list)!;
        expect(def).toBeDefined();
        expect(def.authority.length).toBeGreaterThan(3);
        expect(def.licence.length).toBeGreaterThan(10);
        expect(def.formats.length).toBeGreaterThan(0);
        for (const d of def.downloads) expect(d.url).toMatch(/^https:\/\//);
      });

      it('its good fixtures are claimed by this list only; no other fixture file of its folder is claimed by another list', async () => {
        for (const file of filesIn(join(FIXTURES, folder))) {
          const who = await claimants(file, ISSUE5_LISTS);
          if (good.includes(file.name)) expect(who, file.name).toEqual([list]);
          else expect(who.filter((l) => l !== list), file.name).toEqual([]);
        }
      });

      it('maps entities with list-prefixed ids, a primary name first, and the raw record kept', async () => {
        for (const name of good) {
          const read = await readList(listById(list)!, join(FIXTURES, folder, name));
          expect(read.entities.length, name).toBeGreaterThan(0);
          for (const e of read.entities) {
            expect(e.id.startsWith(`${list}:`), e.id).toBe(true);
            // nameless only where the source row has no name, and then reported as a warning
            if (e.names.length === 0) expect(read.warnings.some((w) => w.record === e.sources[0]!.sourceId), e.id).toBe(true);
            else expect(e.names.filter((n) => n.kind === 'primary'), e.id).toHaveLength(1);
            if (e.names.length) expect(e.names[0]!.kind, e.id).toBe('primary');
            expect(e.sources).toHaveLength(1);
            expect(`${e.sources[0]!.list}:${e.sources[0]!.sourceId}`).toBe(e.id);
            expect(e.sources[0]!.raw, e.id).toBeTruthy();
            expect(JSON.parse(JSON.stringify(e)), 'entities are plain JSON').toEqual(e);
          }
        }
      });
    });
  }
});

describe('no OFAC format claims an issue-5 fixture', () => {
  // the UN's official download is named consolidated.xml, as OFAC's consolidated sdnList XML is:
  // OFAC's format must tell them apart by content
  it('not even the UN consolidated.xml', async () => {
    const ofac = LISTS.filter((l) => l.id.startsWith('ofac'));
    for (const { folder } of ADAPTERS) {
      for (const file of filesIn(join(FIXTURES, folder))) expect(await claimants(file, ofac), `${folder}/${file.name}`).toEqual([]);
    }
  });
});

describeWithLists('list adapter contract (real files): each list recognises its own files only', ['un', 'uk', 'australia', 'canada', 'eu', 'switzerland', 'us-trade-csl', 'us-bis-dpl', 'opensanctions'], () => {
  const OWNER: Record<string, string[]> = {
    un: ['un-sc'],
    uk: ['uk-ofsi', 'uk-fcdo'],
    australia: ['au-dfat'],
    canada: ['ca-sema'],
    eu: ['eu-fsf'],
    switzerland: ['ch-seco'],
    'us-trade-csl': ['us-csl'],
    'us-bis-dpl': ['us-bis-dpl'],
    opensanctions: ['opensanctions'],
  };
  for (const [folder, owners] of Object.entries(OWNER)) {
    it(`${folder}/`, async () => {
      for (const file of filesIn(join(LISTS_DIR!, folder))) {
        const who = await claimants(file, ISSUE5_LISTS);
        expect(who.every((l) => owners.includes(l)), `${file.name} claimed by ${who.join(', ')}`).toBe(true);
        expect(who.length, file.name).toBeLessThanOrEqual(1);
      }
    });
  }
});
