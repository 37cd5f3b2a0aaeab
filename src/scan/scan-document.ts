/**
 * Scanning a whole document: extract its text (see document-input.ts), then scan it.
 */
import { extractDocument, type DocumentInput, type ExtractedDocument } from './document-input.js';
import type { Scanner } from './scanner.js';
import type { ScanOptions, ScanResult } from './types.js';

export interface DocumentScanResult extends ScanResult {
  document: Omit<ExtractedDocument, 'text'> & { name?: string };
}

export function scanDocument(scanner: Scanner, input: DocumentInput, opts: ScanOptions = {}): DocumentScanResult {
  const doc = extractDocument(input);
  const { text, ...meta } = doc;
  const result = scanner.scan(text, opts);
  return { entities: result.entities, document: { ...meta, ...(input.name ? { name: input.name } : {}) }, text: result.text };
}
