/**
 * Documents as `criba scan` receives them: bytes from a file, a URL or stdin, in plain text, HTML
 * or Markdown. This is the shell around the pure scanner: decode the bytes, tell the format, turn
 * it into the text that is scanned (for a news page: the article alone).
 */
import { CribaError } from '../errors.js';
import { extractArticle } from './extract-article.js';
import { markdownToText } from './markdown-to-text.js';

export type DocumentFormat = 'text' | 'html' | 'markdown';

export interface DocumentInput {
  /** The document's bytes or text. */
  content: Buffer | string;
  /** Where it came from (file path or URL), for format detection by extension and for messages. */
  name?: string;
  /** HTTP Content-Type, when fetched. */
  contentType?: string;
  /** Force a format instead of detecting it. */
  format?: DocumentFormat;
}

export interface ExtractedDocument {
  format: DocumentFormat;
  /** The text that is scanned: mention offsets index this string. */
  text: string;
  title?: string;
  /** For HTML: `readability` (the article was found) or `page` (the whole page minus chrome). */
  extraction?: 'readability' | 'page';
}

export function extractDocument(input: DocumentInput): ExtractedDocument {
  const raw = typeof input.content === 'string' ? input.content : decode(input.content, input.contentType, input.name);
  const format = input.format ?? detectFormat(raw, input.name, input.contentType);
  if (format === 'html') {
    const article = extractArticle(raw);
    return { format, text: article.text, ...(article.title ? { title: article.title } : {}), extraction: article.method };
  }
  if (format === 'markdown') return { format, text: markdownToText(raw) };
  return { format, text: raw.replace(/\r\n?/g, '\n') };
}

/** By Content-Type, then file extension, then by sniffing the first characters. */
export function detectFormat(text: string, name?: string, contentType?: string): DocumentFormat {
  const ct = contentType?.toLowerCase() ?? '';
  if (ct.includes('html')) return 'html';
  if (ct.includes('markdown')) return 'markdown';
  const ext = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(name ?? '')?.[1]?.toLowerCase();
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'txt' || ct.startsWith('text/plain')) return 'text';
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|article|p|div)[\s>]/.test(head)) return 'html';
  if (/^#{1,6} \S/m.test(head) && /\[[^\]]+\]\([^)]+\)|^\s*[-*] \S|\*\*\S/m.test(text.slice(0, 5000))) return 'markdown';
  return 'text';
}

function decode(bytes: Buffer, contentType?: string, name?: string): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Older news sites still serve Latin-1 / Windows-1252: honour a declared charset, else assume it.
    const declared =
      /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(bytes.subarray(0, 4096).toString('latin1'))?.[1];
    try {
      return new TextDecoder(declared && !/utf-?8/i.test(declared) ? declared : 'windows-1252').decode(bytes);
    } catch {
      throw new CribaError('E_ENCODING', 'the document is neither UTF-8 nor in a charset it declares', name ? { file: name } : {});
    }
  }
}
