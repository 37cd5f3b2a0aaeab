import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { libraryScanBackend } from '../../src/api/scan-backend.js';
import { CribaError } from '../../src/errors.js';
import { startServer, type TestServer } from '../api/test-server.js';
import { describeWithChromium, launchChromium, type ChromiumSession } from './chromium.js';

/** Set CRIBA_SCREENSHOTS=1 to (re)write docs/screenshots/test-*.png from these tests. */
const SHOTS = process.env.CRIBA_SCREENSHOTS ? new URL('../../docs/screenshots/', import.meta.url).pathname : undefined;
async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}test-${name}.png`, fullPage: true });
}

const ARTICLE =
  'BOGOTÁ — Prosecutors said on Tuesday that Dario Alberto Velasquez Moncada had wired funds to ACME Trading FZE, ' +
  'a company registered in Dubai.\n\nVelasquez Moncada denied any wrongdoing through his lawyer.';

describeWithChromium('web UI in Chromium', () => {
  let s: TestServer;
  let chrome: ChromiumSession;
  const external: string[] = [];
  beforeAll(async () => {
    s = await startServer({ scan: libraryScanBackend() });
    chrome = await launchChromium();
    // nothing may leave this machine: every request must go to our server
    await chrome.context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(s.base) || url.startsWith('data:')) return route.continue();
      external.push(url);
      return route.abort();
    });
  });
  afterAll(async () => {
    await chrome?.close();
    await s?.close();
  });

  it('type a name and see the hit with its explanation; keyboard to the entity page', async () => {
    const page = await chrome.context.newPage();
    await page.goto(`${s.base}/`);
    await expect.poll(() => page.title()).toContain('Search');
    await page.locator('#q').pressSequentially('dario velasq', { delay: 30 });
    const hit = page.locator('[data-testid="hit"]').first();
    await hit.waitFor({ timeout: 5000 });
    expect(await hit.locator('.hit-name').textContent()).toBe('VELASQUEZ MONCADA, Dario Alberto');
    expect(await hit.locator('.why').textContent()).toContain('Matched the');
    expect(await hit.locator('.parts li').count()).toBeGreaterThan(0);
    expect(page.url()).toContain('q=dario');
    await shot(page, 'search');
    // keyboard only: ↓ to the first result, Enter opens it
    await page.locator('#q').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate('document.activeElement && document.activeElement.className')).toBe('hit-name');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ui\/entities\//);
    expect(await page.locator('[data-testid="entity-name"]').textContent()).toBe('VELASQUEZ MONCADA, Dario Alberto');
    expect(await page.locator('[data-testid="related"] a').first().textContent()).toBe('ACME TRADING FZE');
    expect(await page.getByText('PA1234567').count()).toBe(1);
    await shot(page, 'entity');
    await page.close();
  });

  it('shows names in other scripts on the entity page', async () => {
    const page = await chrome.context.newPage();
    await page.goto(`${s.base}/ui/entities/test-list:1002`);
    expect(await page.locator('td[lang="ru"]').textContent()).toBe('Иван Сергеевич Петров');
    await page.close();
  });

  it('paste an article and see the listed parties highlighted in place, with a side panel', async () => {
    const page = await chrome.context.newPage();
    await page.goto(`${s.base}/ui/document`);
    await page.locator('#doc-text').fill(ARTICLE);
    await page.getByRole('button', { name: 'Find listed parties' }).click();
    const article = page.locator('[data-testid="article"]');
    await article.waitFor();
    const marks = await article.locator('mark.mention').allTextContents();
    expect(marks).toEqual(expect.arrayContaining(['Dario Alberto Velasquez Moncada', 'ACME Trading FZE']));
    // the article text is intact around the highlights
    expect((await article.textContent())?.replace(/\s+/g, ' ')).toBe(ARTICLE.replace(/\s+/g, ' '));
    const side = page.locator('[data-testid="side-panel"]');
    expect(await side.locator('h2').textContent()).toMatch(/^2 listed parties$/);
    expect(await side.locator('li strong').allTextContents()).toEqual(expect.arrayContaining(['VELASQUEZ MONCADA, Dario Alberto', 'ACME TRADING FZE']));
    await shot(page, 'document');
    // a mention links to its side-panel entry
    await article.locator('mark.mention a').first().click();
    expect(page.url()).toMatch(/#e-\d+$/);
    await page.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const page = await chrome.context.newPage();
    await page.setViewportSize({ width: 375, height: 740 });
    for (const path of ['/ui/?q=acme', '/ui/entities/test-list:1001', '/ui/lists', '/ui/document']) {
      await page.goto(s.base + path);
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.goto(`${s.base}/ui/?q=acme`);
    await shot(page, 'phone-search');
    await page.close();
  });

  it('serves the interactive API docs offline', async () => {
    const page = await chrome.context.newPage();
    await page.goto(`${s.base}/docs`);
    await page.locator('.opblock').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('.opblock').count()).toBeGreaterThanOrEqual(11);
    await page.close();
    expect(external).toEqual([]);
  });
});

describeWithChromium('web UI with no lists loaded', () => {
  it('says so on the page instead of showing results', async () => {
    const s = await startServer({ backend: { open: async () => { throw new CribaError('E_NO_SNAPSHOT', 'none'); } } });
    const chrome = await launchChromium();
    try {
      const page = await chrome.context.newPage();
      await page.goto(`${s.base}/ui/`);
      const banner = page.locator('[data-testid="no-lists"]');
      expect(await banner.isVisible()).toBe(true);
      expect(await banner.textContent()).toContain('criba update --from DIR');
      await page.locator('#q').pressSequentially('dario', { delay: 20 });
      await page.locator('[data-testid="no-lists-results"]').waitFor({ timeout: 5000 });
      expect(await page.locator('[data-testid="hit"]').count()).toBe(0);
      await shot(page, 'no-lists');
    } finally {
      await chrome.close();
      await s.close();
    }
  });
});
