/** The worker pool: same answers as the index in one thread, in input order, with progress. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PoolError, ScreeningPool, screenBatch, type BatchProgress, type BatchResult } from '../../src/batch/index.js';
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

  it('keeps order and answers across chunk boundaries: chunks of 1, odd sizes, exact multiples, larger than the input', async () => {
    const pool = await ScreeningPool.start({ kind: 'entities', entities: data }, { workers: 2 });
    try {
      const all = queries(130);
      const expected = all.map((q) => reference.screen(q, opts));
      for (const [size, chunkSize] of [[130, 1], [130, 13], [128, 64], [129, 64], [127, 64], [130, 500], [1, 64], [64, 64], [65, 64]] as const) {
        const progress: number[] = [];
        const results: BatchResult[] = [];
        for await (const r of pool.screen(all.slice(0, size), { ...opts, chunkSize, onProgress: (p) => progress.push(p.done) })) results.push(r);
        expect(results.map((r) => r.index), `${size}/${chunkSize}`).toEqual(Array.from({ length: size }, (_, i) => i));
        expect(results.map((r) => r.hits), `${size}/${chunkSize}`).toEqual(expected.slice(0, size));
        expect(progress, `${size}/${chunkSize}`).toEqual(Array.from({ length: Math.ceil(size / chunkSize) }, (_, i) => Math.min(size, (i + 1) * chunkSize)));
      }
    } finally {
      await pool.close();
    }
  });

  it('answers repeated queries from the cache with the same hits, each result with its own objects', async () => {
    const base = queries(40);
    const input = [...base, ...base, ...base]; // every query three times
    const progress: BatchProgress[] = [];
    const results: BatchResult[] = [];
    for await (const r of screenBatch({ kind: 'entities', entities: data }, input, { ...opts, workers: 1, chunkSize: 16, onProgress: (p) => progress.push(p) })) results.push(r);
    const distinct = new Set(input.map((q) => JSON.stringify(q))).size;
    expect(distinct).toBeLessThanOrEqual(40);
    expect(progress.at(-1)).toMatchObject({ done: 120, cached: 120 - distinct });
    expect(results.map((r) => r.hits)).toEqual(input.map((q) => reference.screen(q, opts)));
    for (const r of results) expect(r.hitsJson).toBe(JSON.stringify(r.hits));
    const withHits = results.findIndex((r) => r.hits.length > 0);
    const [a, b] = [results[withHits]!, results[withHits + 40]!];
    expect(b.query).toEqual(a.query);
    expect(b.hits).not.toBe(a.hits);
    a.hits[0]!.score = -1;
    a.hits[0]!.explanation.alignment.length = 0;
    expect(b.hits).toEqual(reference.screen(b.query, opts));

    // with the cache off, the same answers, none from a cache
    const off: BatchProgress[] = [];
    const uncached: BatchResult[] = [];
    for await (const r of screenBatch({ kind: 'entities', entities: data }, input, { ...opts, workers: 2, cache: { entries: 0 }, chunkSize: 16, onProgress: (p) => off.push(p) })) uncached.push(r);
    expect(off.at(-1)).toMatchObject({ done: 120, cached: 0 });
    expect(uncached.map((r) => r.hitsJson)).toEqual(input.map((q) => JSON.stringify(reference.screen(q, opts))));
  });

  it('screens each distinct query once across workers, repeats still in flight included', async () => {
    const base = queries(30);
    // each query twice in a row (the repeat is read while the first is being screened), then the whole set again
    const input = [...base.flatMap((q) => [q, { ...q }]), ...base];
    const distinct = new Set(input.map((q) => JSON.stringify(q))).size;
    const progress: BatchProgress[] = [];
    const results: BatchResult[] = [];
    for await (const r of screenBatch({ kind: 'entities', entities: data }, input, { ...opts, workers: 2, chunkSize: 5, onProgress: (p) => progress.push(p) })) results.push(r);
    expect(results.map((r) => r.index)).toEqual(input.map((_, i) => i));
    expect(progress.at(-1)).toMatchObject({ done: input.length, cached: input.length - distinct });
    expect(results.map((r) => r.hitsJson)).toEqual(input.map((q) => JSON.stringify(reference.screen(q, opts))));
    // a query that fails fails for its repeats too, and is not cached: the next run tries it again
    const bad = { name: 42 } as unknown as ScreenQuery;
    const pool = await ScreeningPool.start({ kind: 'entities', entities: data }, { workers: 2 });
    const cachedIn = async (input: ScreenQuery[], options: typeof opts & { limit?: number }) => {
      let cached = -1;
      for await (const r of pool.screen(input, { ...options, chunkSize: 2, onProgress: (p) => (cached = p.cached) })) expect(r.hitsJson).toBe(r.error ? '[]' : JSON.stringify(reference.screen(r.query, options)));
      return cached;
    };
    try {
      for (let run = 0; run < 2; run++) {
        const out: BatchResult[] = [];
        for await (const r of pool.screen([bad, bad, base[0]!, bad], { ...opts, chunkSize: 2 })) out.push(r);
        expect(out.map((r) => r.error === undefined)).toEqual([false, false, true, false]);
        expect(out[2]!.hits).toEqual(reference.screen(base[0]!, opts));
      }
      // answers are shared only by queries equal field by field, under the same options
      const q = { name: 'Maria Gonzales' };
      expect(await cachedIn([q, { ...q, birthDate: '1980' }, { ...q, countries: ['ES'] }, { name: 'maria gonzales' }], opts)).toBe(0);
      expect(await cachedIn([q], { ...opts, limit: 1 })).toBe(0);
      expect(await cachedIn([{ birthDate: '1980', ...q }, q], opts)).toBe(2);
      // a query canonical JSON cannot key (a Date) is screened every time
      const dated = { ...q, birthDate: new Date(0) } as unknown as ScreenQuery;
      expect(await cachedIn([dated, dated], opts)).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('yields an error result, at its position, for a query that cannot be screened, and screens the rest', async () => {
    const input: ScreenQuery[] = [...queries(20)];
    input[5] = { name: 42 } as unknown as ScreenQuery;
    input[17] = { name: 'John Smith', identifiers: 'P00' } as unknown as ScreenQuery;
    const results: BatchResult[] = [];
    for await (const r of screenBatch({ kind: 'entities', entities: data }, input, { ...opts, workers: 2, chunkSize: 4 })) results.push(r);
    expect(results.map((r) => r.index)).toEqual(input.map((_, i) => i));
    for (const r of results) {
      if (r.index === 5 || r.index === 17) {
        expect(r.error).toMatch(/is not a function/);
        expect(r.hits).toEqual([]);
      } else {
        expect(r.error).toBeUndefined();
        expect(r.hits).toEqual(reference.screen(r.query, opts));
      }
    }
  });

  it('fails the run, naming the queries it held, when a worker dies; the pool then refuses new runs', async () => {
    const pool = await ScreeningPool.start({ kind: 'entities', entities: data }, { workers: 2 });
    try {
      const threads = (pool as unknown as { threads: { terminate(): Promise<number> }[] }).threads;
      const results: BatchResult[] = [];
      let killedAt: number | undefined;
      const run = async () => {
        for await (const r of pool.screen(queries(4_000), {
          ...opts,
          chunkSize: 10,
          onProgress: (p) => {
            if (killedAt === undefined) {
              killedAt = p.done;
              void threads[1]!.terminate();
            }
          },
        })) results.push(r);
      };
      const err = await run().then(() => undefined, (e: unknown) => e);
      expect(err).toBeInstanceOf(PoolError);
      expect((err as PoolError).message).toMatch(/screening worker 1 exited/);
      const first = (err as PoolError).firstIndex;
      if (first !== undefined) {
        expect((err as PoolError).message).toMatch(new RegExp(`while screening queries ${first}–\\d+`));
        expect(first).toBeGreaterThanOrEqual(results.length);
      }
      expect(results.map((r) => r.index)).toEqual(results.map((_, i) => i));
      expect(results.length).toBeLessThan(4_000);
      await expect(async () => {
        for await (const _ of pool.screen(queries(3), opts));
      }).rejects.toThrow(/lost worker 1/);
    } finally {
      await pool.close();
    }
  });

  it('fails to start, naming the file, when the entities cannot be read', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"id": "x"\n');
    await expect(ScreeningPool.start({ kind: 'entities-file', path: bad }, { workers: 1 })).rejects.toThrow(/bad\.jsonl:1/);
    await expect(ScreeningPool.start({ kind: 'entities-file', path: join(dir, 'missing.jsonl') }, { workers: 1 })).rejects.toThrow(/missing\.jsonl/);
  });
});
