/**
 * `criba screen --input` on the worker pool (500+ records), on the hand-written OFAC fixture:
 * the same bytes as one thread, repeated names included, and errors that name the input line.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'ofac', 'csv');
const NAMES = ['Maria Elena Testa Rossi', 'Example Trading SA', 'Nobody In Particular', 'Jose Nandu Gomez', 'Sea Example', 'Rossi Testa, Maria'];

describe('criba screen --input on worker threads', () => {
  let home: string;
  let work: string;
  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'criba-batch-home-'));
    work = await mkdtemp(join(tmpdir(), 'criba-batch-work-'));
    const r = await runCli(home, 'update', '--from', FIXTURE);
    expect(r.code, r.err).toBe(0);
  });
  afterAll(async () => {
    await rm(home, { recursive: true, force: true });
    await rm(work, { recursive: true, force: true });
  });

  it('writes the same JSON lines and CSV rows on 2 workers as in one thread, in input order', async () => {
    const rows = Array.from({ length: 701 }, (_, i) => `"${NAMES[i % NAMES.length]}",${i % 3 === 0 ? 'person' : ''},${i % 5 === 0 ? '1979' : ''},,,r${i}`);
    const input = join(work, 'many.csv');
    await writeFile(input, `name,type,dob,country,id,ref\n${rows.join('\n')}`); // no newline at the end
    for (const ext of ['jsonl', 'csv']) {
      const pooled = join(work, `pooled.${ext}`);
      const single = join(work, `single.${ext}`);
      const a = await runCli(home, 'screen', '--input', input, '--output', pooled, '--workers', '2', '--threshold', '0.7');
      expect(a.code, a.err).toBe(0);
      const b = await runCli(home, 'screen', '--input', input, '--output', single, '--workers', '1', '--threshold', '0.7');
      expect(b.code, b.err).toBe(0);
      const summary = (err: string) => /\d+ records screened, \d+ with hits/.exec(err)?.[0];
      expect(summary(a.err)).toBe(summary(b.err));
      expect(summary(a.err)).toMatch(/^701 records screened, [1-9]\d* with hits$/);
      expect(await readFile(pooled, 'utf8')).toBe(await readFile(single, 'utf8'));
    }
    const lines = (await readFile(join(work, 'pooled.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { query: { ref: string; line: number }; hits: { id: string }[] });
    expect(lines).toHaveLength(701);
    expect(lines.map((l) => l.query.line)).toEqual(lines.map((_, i) => i + 2));
    expect(lines.map((l) => l.query.ref)).toEqual(lines.map((_, i) => `r${i}`));
    expect(lines[0]!.hits[0]!.id).toBe('ofac-sdn:100');
    expect(lines[2]!.hits).toEqual([]);
  });

  it('names the file and line of a bad record met after the workers started', async () => {
    const rows = Array.from({ length: 600 }, (_, i) => JSON.stringify({ name: NAMES[i % NAMES.length], ref: `r${i}` }));
    rows[549] = JSON.stringify({ name: 'Someone', type: 'spaceship' });
    const input = join(work, 'bad.jsonl');
    await writeFile(input, `${rows.join('\n')}\n`);
    const r = await runCli(home, 'screen', '--input', input, '--output', join(work, 'bad-out.jsonl'), '--workers', '2');
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${input}:550: field "type"`);
  });
});
