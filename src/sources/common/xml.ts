/**
 * Streaming XML for list files (saxes): never a DOM of a whole list. Readers register handlers and
 * collect the records they need; errors name the file and line.
 */
import type { Readable } from 'node:stream';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { CribaError } from '../../errors.js';
import { decodeUtf8, readUtf8 } from './text.js';

export interface XmlHandlers {
  open?(tag: SaxesTagPlain, path: readonly string[]): void;
  close?(name: string, text: string, path: readonly string[]): void;
}

/**
 * Feed a file through saxes. `close` receives the element's local name, its own trimmed text, and
 * the stack of open element local names (the closing element excluded). Yields to the caller
 * between chunks through `drain`, which lets readers turn collected records into an async stream.
 */
export function parseXml<T>(path: string, displayName: string, handlers: XmlHandlers, drain: () => T[]): AsyncGenerator<T> {
  return parseXmlText(readUtf8(path, displayName), displayName, handlers, drain);
}

/**
 * The same over a byte stream that is not a file on disk, e.g. an XML entry streamed out of a zip
 * (OFAC's Enhanced XML): bytes are decoded as strict UTF-8 like `readUtf8` does for files.
 */
export function parseXmlStream<T>(bytes: Readable, displayName: string, handlers: XmlHandlers, drain: () => T[]): AsyncGenerator<T> {
  return parseXmlText(decodeUtf8(bytes as AsyncIterable<Uint8Array>, displayName), displayName, handlers, drain);
}

/** Feed text chunks through saxes (see `parseXml`). */
export async function* parseXmlText<T>(
  chunks: AsyncIterable<string>,
  displayName: string,
  handlers: XmlHandlers,
  drain: () => T[],
): AsyncGenerator<T> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: string[] = [];
  const texts: string[] = [];
  let sawRoot = false;
  let error: unknown;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    sawRoot = true;
    const name = localName(tag.name);
    handlers.open?.(tag as SaxesTagPlain, stack);
    stack.push(name);
    texts.push('');
  });
  parser.on('text', (t) => {
    if (texts.length) texts[texts.length - 1] += t;
  });
  parser.on('cdata', (t) => {
    if (texts.length) texts[texts.length - 1] += t;
  });
  parser.on('closetag', (tag) => {
    const name = stack.pop() ?? localName(tag.name);
    const text = (texts.pop() ?? '').trim();
    handlers.close?.(name, text, stack);
  });
  const fail = (e: unknown): never => {
    if (e instanceof CribaError) throw e;
    const msg = e instanceof Error ? e.message : String(e);
    const m = /^(?:[^:]*:)?(\d+):(\d+):\s*(.*)$/s.exec(msg);
    throw new CribaError('E_PARSE', `XML: ${m ? m[3] : msg}`, { file: displayName, line: m ? Number(m[1]) : parser.line }, { cause: e });
  };
  try {
    let sawText = false;
    for await (const chunk of chunks) {
      if (!sawText && chunk.trim() !== '') sawText = true;
      parser.write(chunk);
      if (error) fail(error);
      yield* drain();
    }
    // an empty (or blank) file is E_EMPTY, not saxes' "document must contain a root element"
    if (!sawText) throw new CribaError('E_EMPTY', 'XML file has no content', { file: displayName });
    parser.close();
  } catch (e) {
    fail(e);
  }
  if (error) fail(error);
  if (!sawRoot) throw new CribaError('E_EMPTY', 'XML file has no content', { file: displayName });
  yield* drain();
}

export function localName(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
}
