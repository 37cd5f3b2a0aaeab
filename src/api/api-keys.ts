/**
 * Optional API keys. A key is 32 random bytes shown once at creation; the server keeps only its
 * SHA-256 (a fast hash is enough for random 256-bit secrets: there is nothing to brute-force). The
 * key file is JSON in $CRIBA_HOME/api-keys.json. Keys are on when that file holds at least one key.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CribaError } from '../errors.js';

export interface ApiKeyRecord {
  /** Short public id, shown in logs and metrics (never the key). */
  id: string;
  /** Who or what uses the key. */
  name: string;
  /** `sha256:<hex>` of the key. */
  hash: string;
  createdAt: string;
  /** May call /admin/* endpoints. */
  admin?: boolean;
  /** Requests per minute for this key (default: the server's per-key limit). */
  rateLimit?: number;
}

export interface ApiKeyFile {
  keys: ApiKeyRecord[];
}

export function apiKeyFilePath(home: string): string {
  return join(home, 'api-keys.json');
}

export function hashApiKey(key: string): string {
  return `sha256:${createHash('sha256').update(key, 'utf8').digest('hex')}`;
}

/** A new key and the record to store. The key itself is returned once and never stored. */
export function createApiKey(opts: { name: string; admin?: boolean; rateLimit?: number }): { key: string; record: ApiKeyRecord } {
  const id = randomBytes(4).toString('hex');
  const key = `criba_${id}_${randomBytes(32).toString('base64url')}`;
  const record: ApiKeyRecord = { id, name: opts.name, hash: hashApiKey(key), createdAt: new Date().toISOString() };
  if (opts.admin) record.admin = true;
  if (opts.rateLimit) record.rateLimit = opts.rateLimit;
  return { key, record };
}

export async function readApiKeys(file: string): Promise<ApiKeyRecord[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  try {
    const parsed = JSON.parse(text) as ApiKeyFile;
    if (!Array.isArray(parsed.keys)) throw new Error('no "keys" array');
    for (const k of parsed.keys) if (!k.id || !/^sha256:[0-9a-f]{64}$/.test(k.hash)) throw new Error(`key ${k.id ?? '?'} has no valid hash`);
    return parsed.keys;
  } catch (cause) {
    throw new CribaError('E_PARSE', `the API key file is not valid: ${(cause as Error).message}`, { file }, { cause });
  }
}

/** Add a key record to the file (created with mode 600 when missing). */
export async function addApiKey(file: string, record: ApiKeyRecord): Promise<void> {
  const keys = await readApiKeys(file);
  keys.push(record);
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify({ keys } satisfies ApiKeyFile, null, 2)}\n`, { mode: 0o600 });
  await rename(tmp, file);
}

/** Looks presented keys up by hash. */
export class ApiKeyRing {
  private readonly byHash: Map<string, ApiKeyRecord>;

  constructor(records: readonly ApiKeyRecord[]) {
    this.byHash = new Map(records.map((r) => [r.hash, r]));
  }

  get enabled(): boolean {
    return this.byHash.size > 0;
  }

  verify(key: string): ApiKeyRecord | undefined {
    return this.byHash.get(hashApiKey(key));
  }
}
