import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES, API_ERROR_STATUS } from '../../src/api/api-error.js';

const doc = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');

/** Rows of the error table: | `E_CODE` | status | meaning | */
const documented = new Map([...doc.matchAll(/^\| `(E_[A-Z_]+)` \| (\d{3}) \| .+ \|$/gm)].map((m) => [m[1]!, Number(m[2])]));

describe('docs/api.md', () => {
  it('documents every error code with its status', () => {
    const missing = API_ERROR_CODES.filter((c) => !documented.has(c));
    expect(missing, 'codes missing from the error table of docs/api.md').toEqual([]);
    for (const code of API_ERROR_CODES) expect(documented.get(code), code).toBe(API_ERROR_STATUS[code]);
  });

  it('documents no code that does not exist', () => {
    expect([...documented.keys()].filter((c) => !(API_ERROR_CODES as string[]).includes(c))).toEqual([]);
  });
});
