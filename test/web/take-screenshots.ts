/**
 * Screenshots of the web UI for the docs (docs/screenshots/*.png), over the real OFAC SDN list.
 * Not a test: run it by hand after UI changes, then look at the pictures.
 *
 *   CRIBA_LISTS_DIR=/work/shared/data/lists npx tsx test/web/take-screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { libraryScanBackend } from '../../src/api/scan-backend.js';
import { snapshotBackend } from '../../src/api/snapshot-backend.js';
import { CribaError } from '../../src/errors.js';
import { updateLists } from '../../src/snapshot/index.js';
import { startServer } from '../api/test-server.js';
import { launchChromium } from './chromium.js';

const OUT = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

/** A hand-written news story naming parties that are on the OFAC SDN list. */
const ARTICLE = `Gang violence: prosecutors widen the case

SAN SALVADOR — Prosecutors on Monday charged eleven people they say collected extortion payments for MS-13, the street gang also known as Mara Salvatrucha, from bus companies in the capital.

Investigators said part of the money was moved through accounts that had earlier received transfers linked to Joaquin Guzman Loera, the Sinaloa cartel leader now serving a life sentence in the United States. Lawyers for two of the accused said their clients had never heard of Guzman Loera.

The gang has been designated by the US Treasury since 2012. A spokesperson for the bus owners' association, Ana Maria Castillo, said the companies had paid "because there was no other choice".`;

async function main(): Promise<void> {
  const lists = process.env.CRIBA_LISTS_DIR;
  if (!lists) throw new Error('set CRIBA_LISTS_DIR');
  mkdirSync(OUT, { recursive: true });
  const home = await mkdtemp(join(tmpdir(), 'criba-shots-'));
  // two versions of the same list, so the lists page has changes to show
  await updateLists({ home, from: join(lists, 'ofac/sdn-2021-07-07') });
  await updateLists({ home, from: join(lists, 'ofac/sdn-2022-01-21') });
  const s = await startServer({ backend: snapshotBackend(home), scan: libraryScanBackend() });
  const empty = await startServer({ backend: { open: async () => { throw new CribaError('E_NO_SNAPSHOT', 'none'); } } });
  const chrome = await launchChromium({ width: 1280, height: 860 });
  try {
    const page = await chrome.context.newPage();
    await page.goto(`${s.base}/ui/`);
    await page.locator('#q').pressSequentially('mara salvatr', { delay: 40 });
    await page.locator('[data-testid="hit"]').first().waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, 'search.png') });

    await page.goto(`${s.base}/ui/?q=${encodeURIComponent('Joaquin Guzman Loera')}`);
    await page.locator('a.hit-name').first().click();
    await page.waitForURL(/\/ui\/entities\//);
    await page.screenshot({ path: join(OUT, 'entity.png'), fullPage: true });

    await page.goto(`${s.base}/ui/document`);
    await page.locator('#doc-text').fill(ARTICLE);
    await page.getByRole('button', { name: 'Find listed parties' }).click();
    await page.locator('[data-testid="article"]').waitFor();
    await page.screenshot({ path: join(OUT, 'document.png'), fullPage: true });

    await page.goto(`${s.base}/ui/lists`);
    await page.locator('summary').first().click();
    await page.screenshot({ path: join(OUT, 'lists.png') });

    await page.goto(`${s.base}/docs`);
    await page.locator('.opblock').first().waitFor();
    await page.screenshot({ path: join(OUT, 'api-docs.png') });

    await page.goto(`${empty.base}/ui/`);
    await page.screenshot({ path: join(OUT, 'no-lists.png') });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${s.base}/ui/?q=${encodeURIComponent('joaquin guzman')}`);
    await page.screenshot({ path: join(OUT, 'phone-search.png') });
    await page.goto(`${s.base}/ui/document`);
    await page.locator('#doc-text').fill(ARTICLE);
    await page.getByRole('button', { name: 'Find listed parties' }).click();
    await page.locator('[data-testid="article"]').waitFor();
    await page.screenshot({ path: join(OUT, 'phone-document.png') });
  } finally {
    await chrome.close();
    await s.close();
    await empty.close();
    await rm(home, { recursive: true, force: true });
  }
  console.log(`screenshots in ${OUT}`);
}

await main();
