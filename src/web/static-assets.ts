/**
 * The UI's own CSS and JS, read once at start and served from memory with an ETag. They live in
 * src/web/static/ (shipped with the package); nothing comes from a CDN.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Asset {
  body: string;
  type: string;
  etag: string;
}

const TYPES: Record<string, string> = { css: 'text/css; charset=utf-8', js: 'text/javascript; charset=utf-8' };

/** src/web/static from src/web (tsx) or from dist/web (built). */
function staticDir(): string {
  for (const rel of ['./static/', '../../src/web/static/']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(dir)) return dir;
  }
  throw new Error('criba web assets not found (src/web/static)');
}

export function loadAssets(): Map<string, Asset> {
  const dir = staticDir();
  const assets = new Map<string, Asset>();
  for (const name of readdirSync(dir)) {
    const type = TYPES[name.split('.').pop() ?? ''];
    if (!type) continue;
    const body = readFileSync(dir + name, 'utf8');
    assets.set(name, { body, type, etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"` });
  }
  return assets;
}
