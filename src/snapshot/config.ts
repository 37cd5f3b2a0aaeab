/**
 * Optional configuration in $CRIBA_HOME/config.json:
 *
 *   { "lists": ["ofac-sdn", "ofac-cons", "un-sc"], "maxBytes": 1073741824 }
 *
 * `lists` is what `criba update` (without --list) fetches; without it, every list whose
 * definition is enabled by default.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CribaError } from '../errors.js';

export interface CribaConfig {
  lists?: string[];
  maxBytes?: number;
}

export async function readConfig(home: string): Promise<CribaConfig> {
  const path = join(home, 'config.json');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return {};
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new CribaError('E_PARSE', `not valid JSON: ${(cause as Error).message}`, { file: path }, { cause });
  }
  const c = raw as Record<string, unknown>;
  if (!c || typeof c !== 'object' || Array.isArray(c)) throw new CribaError('E_PARSE', 'must be a JSON object', { file: path });
  if (c.lists !== undefined && (!Array.isArray(c.lists) || !c.lists.every((x) => typeof x === 'string'))) {
    throw new CribaError('E_INPUT', '"lists" must be an array of list ids', { file: path, field: 'lists' });
  }
  if (c.maxBytes !== undefined && (typeof c.maxBytes !== 'number' || c.maxBytes <= 0)) {
    throw new CribaError('E_INPUT', '"maxBytes" must be a positive number', { file: path, field: 'maxBytes' });
  }
  return { ...(c.lists ? { lists: c.lists as string[] } : {}), ...(c.maxBytes ? { maxBytes: c.maxBytes as number } : {}) };
}
