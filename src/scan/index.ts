export * from './types.js';
export { buildScanner, type Scanner } from './scanner.js';
export { scanDocument, type DocumentScanResult } from './scan-document.js';
export { extractDocument, detectFormat, type DocumentInput, type DocumentFormat, type ExtractedDocument } from './document-input.js';
export { extractArticle, type ExtractedArticle } from './extract-article.js';
export { htmlToText } from './html-to-text.js';
export { markdownToText } from './markdown-to-text.js';
