/**
 * Fetching official files (and documents for `criba scan URL`) with the same rules everywhere:
 * a timeout per attempt, a few retries on transient failures only (5xx, 429, timeouts, resets),
 * a size cap checked on Content-Length and again while streaming, and errors that name the URL.
 * An offline machine fails fast: DNS and connection-refused errors are not retried.
 */
import { CribaError } from '../errors.js';

export interface FetchOptions {
  /** Per-attempt timeout in ms (default 60 s). */
  timeoutMs?: number;
  /** Size cap in bytes (default 1 GiB). */
  maxBytes?: number;
  /** Extra attempts after the first on transient failures (default 2). */
  retries?: number;
  /** Delay before the first retry in ms, doubled each time (default 500). */
  backoffMs?: number;
}

export const DEFAULT_MAX_BYTES = 1024 * 1024 * 1024;

const PERMANENT_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ENETUNREACH', 'EHOSTUNREACH', 'ERR_INVALID_URL']);

export async function fetchBytes(url: string, opts: FetchOptions = {}): Promise<Buffer> {
  const retries = opts.retries ?? 2;
  let delay = opts.backoffMs ?? 500;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchOnce(url, opts);
    } catch (err) {
      const transient = err instanceof TransientError;
      if (!transient || attempt >= retries) {
        if (err instanceof CribaError) throw err;
        throw new CribaError('E_DOWNLOAD', `${(err as Error).message}${offlineHint(url)}`, { url }, { cause: err });
      }
      await new Promise((r) => setTimeout(r, delay));
      delay *= 2;
    }
  }
}

class TransientError extends Error {}

async function fetchOnce(url: string, opts: FetchOptions): Promise<Buffer> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = opts.timeoutMs ?? 60_000;
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    if (e.name === 'TimeoutError') throw new TransientError(`cannot download ${url}: no answer within ${timeoutMs} ms`);
    const code = e.cause?.code;
    const reason = `cannot download ${url}: ${code ?? e.message}`;
    if (code && PERMANENT_CODES.has(code)) throw new CribaError('E_DOWNLOAD', `${reason}${offlineHint(url)}`, { url }, { cause: err });
    if (e instanceof TypeError && /Invalid URL|not supported/i.test(String(e.cause ?? e.message))) {
      throw new CribaError('E_INPUT', `not a valid http(s) URL: ${url}`, { url });
    }
    throw new TransientError(reason);
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    const reason = `cannot download ${url}: HTTP ${res.status} ${res.statusText}`;
    if (res.status >= 500 || res.status === 429) throw new TransientError(reason);
    throw new CribaError('E_DOWNLOAD', reason, { url });
  }
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw tooLarge(url, declared, maxBytes);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > maxBytes) throw tooLarge(url, size, maxBytes);
      chunks.push(Buffer.from(chunk));
    }
  } catch (err) {
    if (err instanceof CribaError) throw err;
    const e = err as Error;
    if (e.name === 'TimeoutError' || e.name === 'AbortError') throw new TransientError(`cannot download ${url}: timed out after ${timeoutMs} ms`);
    throw new TransientError(`cannot download ${url}: ${e.message}`);
  }
  return Buffer.concat(chunks, size);
}

function tooLarge(url: string, size: number, max: number): CribaError {
  return new CribaError('E_TOO_LARGE', `download of ${url} is ${size} bytes, past the size cap of ${max} bytes`, { url });
}

function offlineHint(url: string): string {
  return /^https?:/i.test(url) ? ' — offline? load local copies of the official files with: criba update --from DIR' : '';
}
