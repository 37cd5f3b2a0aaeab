/**
 * XML parts inside zip packages (xlsx, ods): open the zip with yauzl, stream one part's bytes
 * through a strict UTF-8 decoder into saxes. Nothing is unpacked to disk and no part is held
 * whole in memory (besides what the caller keeps).
 */
import { Readable } from 'node:stream';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import yauzl from 'yauzl';
import { CribaError } from '../../errors.js';
import { localName } from './xml.js';

export interface ZipPackage {
  /** Part names, e.g. `xl/worksheets/sheet1.xml`, `content.xml`. */
  names(): string[];
  /** Stream one part's bytes; E_FORMAT when the part is missing. */
  open(part: string): Promise<Readable>;
  close(): void;
}

/** Open a zip package; E_FORMAT when the file is not a zip (or is truncated). */
export async function openZipPackage(path: string, displayName: string): Promise<ZipPackage> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (err, z) => (err ? reject(err) : resolve(z!)));
  }).catch((err: unknown) => {
    throw new CribaError('E_FORMAT', `not a readable zip package (xlsx/ods): ${(err as Error).message}`, { file: displayName }, { cause: err });
  });
  const entries = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (e: yauzl.Entry) => {
      entries.set(e.fileName, e);
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  }).catch((err: unknown) => {
    zip.close();
    throw new CribaError('E_PARSE', `zip directory unreadable: ${(err as Error).message}`, { file: displayName }, { cause: err });
  });
  return {
    names: () => [...entries.keys()],
    open: (part) => {
      const entry = entries.get(part);
      if (!entry) return Promise.reject(new CribaError('E_FORMAT', `zip package has no part ${part}`, { file: displayName }));
      return new Promise<Readable>((resolve, reject) => {
        zip.openReadStream(entry, (err, stream) => (err ? reject(err) : resolve(stream!)));
      }).catch((err: unknown) => {
        throw new CribaError('E_PARSE', `zip part ${part} unreadable: ${(err as Error).message}`, { file: displayName }, { cause: err });
      });
    },
    close: () => zip.close(),
  };
}

export interface ZipXmlHandlers {
  open?(tag: SaxesTagPlain, name: string): void;
  text?(text: string): void;
  close?(name: string): void;
}

/**
 * Parse one XML part with saxes, yielding whatever `drain` returns after each chunk (so callers
 * can stream rows out as they complete). Errors name the file and the part.
 */
export async function* parseZipXml<T>(
  bytes: Readable,
  displayName: string,
  part: string,
  handlers: ZipXmlHandlers,
  drain: () => T[],
): AsyncGenerator<T> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let error: unknown;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => handlers.open?.(tag as SaxesTagPlain, localName(tag.name)));
  if (handlers.text) {
    const onText = handlers.text;
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  parser.on('closetag', (tag) => handlers.close?.(localName(tag.name)));
  const fail = (e: unknown): never => {
    if (e instanceof CribaError) throw e;
    const msg = e instanceof Error ? e.message : String(e);
    throw new CribaError('E_PARSE', `${part}: ${msg}`, { file: displayName }, { cause: e });
  };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    try {
      for await (const chunk of bytes) {
        parser.write(decoder.decode(chunk as Buffer, { stream: true }));
        if (error) fail(error);
        yield* drain();
      }
      parser.write(decoder.decode());
      parser.close();
    } catch (e) {
      if (e instanceof TypeError) throw new CribaError('E_ENCODING', `${part} is not valid UTF-8`, { file: displayName }, { cause: e });
      fail(e);
    }
    if (error) fail(error);
    yield* drain();
  } finally {
    // also when the caller stops early (detect reads two rows): release the part's stream and
    // with it yauzl's hold on the file descriptor
    bytes.destroy();
  }
}
