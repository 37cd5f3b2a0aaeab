/**
 * Reader of FollowTheMoney JSON lines (OpenSanctions `entities.ftm.json`): one JSON object per
 * line, `{id, schema, properties, …}`, streamed line by line with its line number.
 */
import { CribaError } from '../../errors.js';
import type { FtmEntity } from '../../model/ftm.js';
import { readUtf8 } from '../common/text.js';

export async function* readFtmLines(path: string, displayName: string): AsyncGenerator<{ entity: FtmEntity; line: number }> {
  let buffer = '';
  let line = 0;
  const parse = (text: string): { entity: FtmEntity; line: number } | undefined => {
    line++;
    if (!text.trim()) return undefined;
    let obj: unknown;
    try {
      obj = JSON.parse(text);
    } catch (err) {
      throw new CribaError('E_PARSE', `not a JSON line: ${(err as Error).message}`, { file: displayName, line }, { cause: err });
    }
    const o = obj as Partial<FtmEntity>;
    if (typeof o !== 'object' || o === null || typeof o.id !== 'string' || typeof o.schema !== 'string' || typeof o.properties !== 'object') {
      throw new CribaError('E_FORMAT', 'not a FollowTheMoney entity (needs id, schema, properties)', { file: displayName, line });
    }
    return { entity: { ...(o as FtmEntity), properties: normalizeProperties(o.properties as Record<string, unknown>) }, line };
  };
  for await (const chunk of readUtf8(path, displayName)) {
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const out = parse(buffer.slice(0, nl));
      buffer = buffer.slice(nl + 1);
      if (out) yield out;
    }
  }
  const last = parse(buffer);
  if (last) yield last;
}

/** Does this text look like FtM JSON lines (first line an object with id, schema, properties)? */
export function looksLikeFtm(head: string): boolean {
  const first = head.split('\n')[0]?.trim() ?? '';
  return first.startsWith('{') && /"schema"\s*:/.test(first) && /"properties"\s*:/.test(first) && /"id"\s*:/.test(first);
}

/**
 * FtM property values are lists of strings; some published files (generated data, older exports)
 * write a single string or a number instead. Normalise to lists of strings; drop anything else.
 */
function normalizeProperties(props: Record<string, unknown>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(props)) {
    const values = (Array.isArray(v) ? v : [v]).filter((x) => typeof x === 'string' || typeof x === 'number').map(String);
    if (values.length) out[k] = values;
  }
  return out;
}
