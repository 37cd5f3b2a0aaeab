/** The worker pool: same answers as the index in one thread, in input order, with progress. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScreeningPool, screenBatch, type BatchProgress, type BatchResult } from '../../src/batch/index.js';
import { ScreeningIndex } from '../../src/index/index.js';
import { emptyEntity, type Entity } from '../../src/model/index.js';
import type { ScreenQuery } from '../../src/match/index.js';

const given = ['John', 'Maria', 'Ali', 'Olga', 'Pedro', 'Chen', 'Fatima', 'Ivan'];
const family = ['Smith', 'Gonzalez', 'Hassan', 'Petrova', 'Lopez', 'Wei', 'Rahman', 'Sokolov'];

function entities(): Entity[] {
  const out: Entity[] = [];
  for (let i = 0; i < given.length; i++) {
    for (let j = 0; j < family.length; j++) {
      const e = emptyEntity(`test:${i}-${j}`, 'Person');
      e.names.push({ full: `${given[i]} ${family[j]}`, kind: 'primary' });
      if ((i + j) % 5 === 0) e.identifiers.push({ type: 'passport', value: `P${i}${j}` });
      out.push(e);
    }
  }
  return out;
}

/** Noisy queries: swapped order, a typo, an initial, and names nobody carries. */
function queries(n: number): ScreenQuery[] {
  return Array.from({ length: n }, (_, k) => {
    const g = given[k % given.length]!;
    const f = family[(k * 3) % family.length]!;
    switch (k % 4) {
      case 0:
        return { name: `${f} ${g}` };
      case 1:
        return { name: `${g} ${f.slice(0, -1)}x` };
      case 2:
        return { name: `${g[0]} ${f}`, identifiers: [`P${k % 8}${(k * 3) % 8}`] };
      default:
        return { name: `Nobody ${k}` };
    }
  });
}

describe('ScreeningPool', () => {
  const data = entities();
  const reference = new ScreeningIndex(data);
  const opts = { threshold: 0.6, limit: 5 };
  let dir: string;
  let file: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'criba-batch-'));
    file = join(dir, 'entities.jsonl');
    writeFileSync(file, data.map((e) => JSON.stringify(e)).join('\n') + '\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('screens on several workers and yields in input order, as one thread would', async () => {
    const input = queries(500);
    const progress: BatchProgress[] = [];
    const pool = await ScreeningPool.start({ kind: 'entities-file', path: file }, { workers: 2 });
    try {
      expect(pool.workers).toBe(2);
      expect(pool.entities).toBe(data.length);
      const results: BatchResult[] = [];
      for await (const r of pool.screen(input, { ...opts, chunkSize: 7, onProgress: (p) => progress.push(p) })) results.push(r);
      expect(results.map((r) => r.index)).toEqual(input.map((_, i) => i));
      for (const r of results) {
        expect(r.query).toEqual(input[r.index]);
        expect(r.error).toBeUndefined();
        expect(r.hits).toEqual(reference.screen(r.query, opts));
      }
      expect(results.some((r) => r.hits.length > 0)).toBe(true);
      expect(progress.length).toBe(Math.ceil(500 / 7));
      expect(progress.at(-1)!.done).toBe(500);
      expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));

      // the pool is reusable after a run the consumer abandons midway
      let taken = 0;
      for await (const _ of pool.screen(input, { ...opts, chunkSize: 3 })) if (++taken === 10) break;
      const again: BatchResult[] = [];
      for await (const r of pool.screen(input.slice(0, 20), opts)) again.push(r);
      expect(again.map((r) => r.hits)).toEqual(input.slice(0, 20).map((q) => reference.screen(q, opts)));
    } finally {
      await pool.close();
    }
  });

  it('reads a lazy async stream and takes entities from memory', async () => {
    async function* stream() {
      for (const q of queries(50)) yield q;
    }
    const results: BatchResult[] = [];
    for await (const r of screenBatch({ kind: 'entities', entities: data }, stream(), { ...opts, workers: 1 })) results.push(r);
    expect(results.map((r) => r.hits)).toEqual(queries(50).map((q) => reference.screen(q, opts)));
  });

  it('handles an empty input', async () => {
    const results: BatchResult[] = [];
    for await (const r of screenBatch({ kind: 'entities', entities: data }, [], { workers: 1 })) results.push(r);
    expect(results).toEqual([]);
  });

  it('fails to start, naming the file, when the entities cannot be read', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"id": "x"\n');
    await expect(ScreeningPool.start({ kind: 'entities-file', path: bad }, { workers: 1 })).rejects.toThrow(/bad\.jsonl:1/);
    await expect(ScreeningPool.start({ kind: 'entities-file', path: join(dir, 'missing.jsonl') }, { workers: 1 })).rejects.toThrow(/missing\.jsonl/);
  });
});
