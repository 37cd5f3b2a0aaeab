/**
 * Reading list files as text, safely: strict UTF-8 (a Latin-1 file is an error that names the file
 * and line, not silent mojibake), a leading BOM dropped, a trailing DOS end-of-file byte (0x1A, as
 * OFAC's legacy files carry) dropped.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { CribaError } from '../../errors.js';

const EOF_MARK = 0x1a;

/**
 * Stream a file as UTF-8 text chunks. Throws E_ENCODING with the line number of the first byte
 * that is not valid UTF-8.
 */
export function readUtf8(path: string, displayName = path): AsyncGenerator<string> {
  return decodeUtf8(withoutEofMark(createReadStream(path)), displayName);
}

/**
 * Strict UTF-8 text chunks of any byte stream, e.g. an XML entry streamed out of a zip (OFAC's
 * Enhanced XML); a leading BOM is dropped. E_ENCODING with the line reached on a bad byte.
 */
export async function* decodeUtf8(bytes: AsyncIterable<Uint8Array>, displayName: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let line = 1;
  for await (const chunk of bytes) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch (cause) {
      throw encodingError(displayName, line + countLinesBeforeInvalid(chunk), cause);
    }
    line += countNewlines(text);
    if (text) yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch (cause) {
    throw encodingError(displayName, line, cause);
  }
}

/** The bytes without a DOS end-of-file byte (0x1A) at the very end; one anywhere else is content. */
async function* withoutEofMark(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let pendingEof = false;
  for await (const raw of chunks) {
    let chunk = raw;
    if (pendingEof) {
      // a 0x1A that turned out not to be the last byte is content: give it back
      chunk = Buffer.concat([Buffer.from([EOF_MARK]), chunk]);
      pendingEof = false;
    }
    if (chunk.length > 0 && chunk[chunk.length - 1] === EOF_MARK) {
      chunk = chunk.subarray(0, chunk.length - 1);
      pendingEof = true;
    }
    yield chunk;
  }
}

/**
 * Stream a gzip-compressed file (e.g. the CSL's consolidated.csv.gz) as UTF-8 text chunks with
 * the same rules, decompressing as it goes. A cut or corrupt archive is E_PARSE naming the file.
 */
export async function* readGzipUtf8(path: string, displayName = path): AsyncGenerator<string> {
  try {
    yield* decodeUtf8(createReadStream(path).pipe(createGunzip()), displayName);
  } catch (err) {
    if (err instanceof CribaError) throw err;
    throw new CribaError('E_PARSE', `gzip: ${(err as Error).message}`, { file: displayName }, { cause: err });
  }
}

/** Read a whole (small) file as text with the same rules. */
export async function readUtf8All(path: string, displayName = path): Promise<string> {
  let out = '';
  for await (const chunk of readUtf8(path, displayName)) out += chunk;
  return out;
}

function encodingError(file: string, line: number, cause: unknown): CribaError {
  return new CribaError(
    'E_ENCODING',
    `not valid UTF-8 near line ${line}; official list files are UTF-8 — re-download the file, or convert it (e.g. iconv -f latin1 -t utf-8)`,
    { file, line },
    { cause },
  );
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Lines before the first invalid byte of a chunk, found by decoding valid prefixes. */
function countLinesBeforeInvalid(chunk: Uint8Array): number {
  let lines = 0;
  for (let i = 0; i < chunk.length; i++) {
    const b = chunk[i]!;
    if (b === 0x0a) lines++;
    else if (b >= 0x80) {
      const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 0;
      if (len === 0) return lines;
      for (let k = 1; k < len; k++) if (((chunk[i + k] ?? 0) & 0xc0) !== 0x80) return lines;
      i += len - 1;
    }
  }
  return lines;
}
