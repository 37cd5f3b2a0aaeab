/**
 * The ScanBackend of `criba serve`: the document scanner of src/scan and the shared downloader.
 * HTML article extraction is wired in when src/scan exports it; until then HTML and URL bodies
 * answer 501 and plain text works.
 */
import { buildScanner } from '../scan/index.js';
import { fetchBytes } from '../snapshot/index.js';
import type { ScanBackend } from './backend.js';

/** Documents fetched for /scan: small and quick, unlike list downloads. */
const FETCH_LIMITS = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, retries: 1 };

export function libraryScanBackend(): ScanBackend {
  return {
    buildScanner: (entities) => buildScanner(entities),
    fetch: (url) => fetchBytes(url, FETCH_LIMITS),
  };
}
