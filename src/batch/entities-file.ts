/** Entities stored as JSON lines (one entity per line, as snapshots store them). */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { CribaError } from '../errors.js';
import type { Entity } from '../model/index.js';

export async function readEntitiesFile(path: string): Promise<Entity[]> {
  const entities: Entity[] = [];
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      if (!text.trim()) continue;
      try {
        entities.push(JSON.parse(text) as Entity);
      } catch (cause) {
        throw new CribaError('E_PARSE', `not a JSON entity: ${(cause as Error).message}`, { file: path, line }, { cause });
      }
    }
  } catch (err) {
    if (err instanceof CribaError) throw err;
    throw new CribaError('E_NOT_FOUND', `cannot read entities: ${(err as Error).message}`, { file: path }, { cause: err });
  }
  return entities;
}
