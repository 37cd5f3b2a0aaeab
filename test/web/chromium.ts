/**
 * Debian's Chromium driven by playwright-core (`npx playwright install` cannot download here).
 * When /usr/bin/chromium is missing the browser tests are skipped and say so loudly.
 */
import { existsSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { describe } from 'vitest';

export const CHROMIUM = process.env.CRIBA_CHROMIUM ?? '/usr/bin/chromium';

export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** describe() that runs only when Chromium is installed, and shouts when it is not. */
export function describeWithChromium(name: string, fn: () => void): void {
  const present = existsSync(CHROMIUM);
  if (!present) {
    console.warn(`\n*** NOT RUN: ${name} — no Chromium at ${CHROMIUM}. Install it: apt-get install -y chromium ***\n`);
  }
  describe.skipIf(!present)(name, fn);
}

export interface ChromiumSession {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium with the flags above and a fresh, empty profile (--user-data-dir) each time. */
export async function launchChromium(viewport = { width: 1280, height: 860 }): Promise<ChromiumSession> {
  const profile = mkdtempSync(join(tmpdir(), 'criba-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport,
  });
  return { context, close: () => context.close() };
}
