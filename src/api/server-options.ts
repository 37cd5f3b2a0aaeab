/**
 * Everything `buildServer` can be told, with the defaults in one place.
 */
import type { Logger } from 'pino';
import type { ApiKeyRecord } from './api-keys.js';
import type { DataBackend, ScanBackend } from './backend.js';

export interface ServerOptions {
  backend: DataBackend;
  /** Document scanning; without it /scan and the document page answer 501. */
  scan?: ScanBackend;
  /** Hashed API keys. Empty or absent: keys are off and every endpoint is open. */
  apiKeys?: readonly ApiKeyRecord[];
  /** Requests per minute per API key (a key's own `rateLimit` wins). Default 1200. */
  rateLimitPerKey?: number;
  /** Requests per minute per client address when keys are off. Default: no limit. */
  rateLimitAnonymous?: number;
  /** Largest JSON body in bytes (default 1 MiB: 1,000 queries fit easily). */
  bodyLimit?: number;
  /** Largest POST /scan body in bytes (default 5 MiB). */
  scanBodyLimit?: number;
  /** Allowed CORS origins; empty or absent: CORS is off (no CORS headers at all). */
  corsOrigins?: readonly string[];
  /** A pino logger, or false for silence. Default: JSON logs on stdout at `info`. */
  logger?: Logger | false;
  /** Log request bodies at debug level. They carry personal data: off unless asked. */
  logBodies?: boolean;
  /** Let POST /scan fetch `{url}` bodies (default true). */
  allowUrlFetch?: boolean;
  /** Let it fetch from private, loopback and link-local addresses too (default false: no SSRF). */
  allowPrivateUrls?: boolean;
}

export const DEFAULTS = Object.freeze({
  rateLimitPerKey: 1200,
  bodyLimit: 1024 * 1024,
  scanBodyLimit: 5 * 1024 * 1024,
  allowUrlFetch: true,
});
