/**
 * The ScanBackend of `criba serve`: the document scanner and article extraction of src/scan, and
 * the shared downloader with small caps for pages.
 */
import { buildScanner, extractArticle, extractDocument } from '../scan/index.js';
import { fetchBytes } from '../snapshot/index.js';
import type { ScanBackend } from './backend.js';

/** Documents fetched for /scan: small and quick, unlike list downloads. */
const FETCH_LIMITS = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, retries: 1 };

export function libraryScanBackend(): ScanBackend {
  return {
    buildScanner: (entities) => buildScanner(entities),
    extractText: (html) => extractArticle(html).text,
    fetchText: async (url) => extractDocument({ content: await fetchBytes(url, FETCH_LIMITS), name: url }).text,
  };
}
