/**
 * The spine's acceptance tests (issue 2), on the real OFAC SDN files of 2022-01-21: load them with
 * `criba update --from`, then screen the names of the Treasury's El Salvador designations.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD } from '../../src/match/index.js';
import { runCli } from '../support/cli.js';
import { describeWithLists, listPath } from '../support/data.js';

const SDN = 'ofac/sdn-2022-01-21';

describeWithLists('criba on OFAC SDN 2022-01-21', [`${SDN}/sdn.csv`], () => {
  let home: string;
  let work: string;
  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'criba-cli-'));
    work = await mkdtemp(join(tmpdir(), 'criba-cli-work-'));
    const r = await runCli(home, 'update', '--from', listPath(SDN));
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/updated\s+ofac-sdn: 9044 entities/);
  });
  afterAll(async () => {
    await rm(home, { recursive: true, force: true });
    await rm(work, { recursive: true, force: true });
  });

  const screen = async (...args: string[]) => {
    const r = await runCli(home, 'screen', ...args, '--json');
    expect(r.code, r.err).toBe(0);
    return JSON.parse(r.out) as { query: unknown; hits: { id: string; name: string; score: number; lists: string[]; programs: string[]; sourceIds: string[]; explanation: { matchedName: string; alignment: { how: string; candidate: string }[] } }[] };
  };

  it('ranks LUNA MEZA, Osiris (SDN 33950, GLOMAG) first for "Osiris Luna Meza"', async () => {
    const { hits } = await screen('Osiris Luna Meza');
    expect(hits[0]).toMatchObject({ id: 'ofac-sdn:33950', name: 'LUNA MEZA, Osiris', lists: ['ofac-sdn'], programs: ['GLOMAG'], sourceIds: ['ofac-sdn:33950'] });
    expect(hits[0]!.score).toBeGreaterThanOrEqual(0.95);
  });

  it('finds 33959 for "Carlos Amilcar Marroquin" although the second surname CHICA is missing', async () => {
    const { hits } = await screen('Carlos Amilcar Marroquin');
    expect(hits[0]!.id).toBe('ofac-sdn:33959');
    expect(hits[0]!.explanation.alignment.some((p) => p.how === 'unmatched-candidate' && p.candidate === 'chica')).toBe(true);
  });

  it('finds MS-13 (15412) for "Mara Salvatrucha" and for "MS 13"', async () => {
    for (const q of ['Mara Salvatrucha', 'MS 13']) {
      const { hits } = await screen(q);
      expect(hits[0]?.id, q).toBe('ofac-sdn:15412');
    }
    expect((await screen('Mara Salvatrucha')).hits[0]!.explanation.matchedName).toBe('MARA SALVATRUCHA');
  });

  it('uses date of birth, country and identifiers as qualifiers', async () => {
    const good = (await screen('Osiris Luna', '--dob', '1989-02', '--country', 'SV', '--id', 'A04056212')).hits[0]!;
    const bad = (await screen('Osiris Luna', '--dob', '1950', '--threshold', '0')).hits.find((h) => h.id === 'ofac-sdn:33950');
    expect(good.id).toBe('ofac-sdn:33950');
    expect(bad).toBeDefined();
    expect(good.score).toBeGreaterThan(bad!.score);
  });

  it('prints a readable explanation by default', async () => {
    const r = await runCli(home, 'screen', 'Osiris Luna Meza');
    expect(r.out).toContain('LUNA MEZA, Osiris');
    expect(r.out).toContain('ofac-sdn:33950');
    expect(r.out).toContain('GLOMAG');
    expect(r.out).toMatch(/osiris exact/);
  });

  it('screens a CSV file into JSON lines, one per query, in input order', async () => {
    const input = join(work, 'people.csv');
    await writeFile(input, 'name,type,dob,country,id\nOsiris Luna Meza,person,1989-02-08,SV,\nJane Q. Nobody,person,,,\n"MARROQUIN, Carlos Amilcar",person,1986,El Salvador,\nMS-13,organization,,,\n');
    const output = join(work, 'out.jsonl');
    const r = await runCli(home, 'screen', '--input', input, '--output', output);
    expect(r.code, r.err).toBe(0);
    const lines = (await readFile(output, 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.query.name)).toEqual(['Osiris Luna Meza', 'Jane Q. Nobody', 'MARROQUIN, Carlos Amilcar', 'MS-13']);
    expect(lines[0].hits[0].id).toBe('ofac-sdn:33950');
    expect(lines[0].query).toMatchObject({ schema: 'Person', birthDate: '1989-02-08', countries: ['SV'], line: 2 });
    expect(lines[1].hits).toEqual([]);
    expect(lines[2].hits[0].id).toBe('ofac-sdn:33959');
    expect(lines[3].hits[0].id).toBe('ofac-sdn:15412');
    for (const l of lines) for (const h of l.hits) expect(h.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it('screens JSON lines into CSV, keeping queries without hits', async () => {
    const input = join(work, 'q.jsonl');
    await writeFile(input, '{"name":"Osiris Luna Meza","ref":"c-1"}\n{"name":"Nobody At All","ref":"c-2"}\n');
    const output = join(work, 'out.csv');
    expect((await runCli(home, 'screen', '--input', input, '--output', output)).code).toBe(0);
    const rows = (await readFile(output, 'utf8')).trim().split('\n');
    expect(rows[0]).toBe('line,ref,query_name,rank,score,hit_id,hit_name,schema,lists,programs,matched_name');
    expect(rows[1]).toMatch(/^1,c-1,Osiris Luna Meza,1,1,ofac-sdn:33950,"LUNA MEZA, Osiris",Person,ofac-sdn,GLOMAG,/);
    expect(rows[2]).toBe('2,c-2,Nobody At All,,,,,,,,');
  });

  it('screens a large file on worker threads with the same results, in order, as one thread', async () => {
    const names = ['Osiris Luna Meza', 'Jane Nobody', 'Carlos Amilcar Marroquin', 'Mara Salvatrucha', 'Banco Nacional de Cuba', 'Peter Smith'];
    const rows = Array.from({ length: 600 }, (_, i) => `${names[i % names.length]},,,,,r${i}`);
    const input = join(work, 'big.csv');
    await writeFile(input, `name,type,dob,country,id,ref\n${rows.join('\n')}\n`);
    const pooled = join(work, 'pooled.jsonl');
    const single = join(work, 'single.jsonl');
    expect((await runCli(home, 'screen', '--input', input, '--output', pooled, '--workers', '2')).code).toBe(0);
    expect((await runCli(home, 'screen', '--input', input, '--output', single, '--workers', '1')).code).toBe(0);
    const a = (await readFile(pooled, 'utf8')).trim().split('\n');
    expect(a).toHaveLength(600);
    expect(a).toEqual((await readFile(single, 'utf8')).trim().split('\n'));
    expect(a.map((l) => JSON.parse(l).query.ref).slice(0, 3)).toEqual(['r0', 'r1', 'r2']);
    expect(JSON.parse(a[6]!).hits[0].id).toBe('ofac-sdn:33950');
  });

  it('names the file, line and field of a bad query record', async () => {
    const input = join(work, 'bad.csv');
    await writeFile(input, 'name,type,dob\nOsiris Luna Meza,person,1989\nSomeone,spaceship,\n');
    const r = await runCli(home, 'screen', '--input', input);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${input}:3: field "type": "spaceship" is not one of person`);
  });

  it('keeps the loaded snapshot in use when a truncated sdn.csv is offered, and says where it broke', async () => {
    const broken = join(work, 'truncated');
    await cp(listPath(SDN), broken, { recursive: true });
    const full = await readFile(join(broken, 'sdn.csv'));
    // cut inside a quoted Remarks field halfway through the file
    const cut = full.indexOf(Buffer.from(',"DOB'), full.length >> 1) + 6;
    await writeFile(join(broken, 'sdn.csv'), full.subarray(0, cut));
    const r = await runCli(home, 'update', '--from', broken);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/failed\s+ofac-sdn: \[E_PARSE\] .*sdn\.csv:\d+/);
    expect(r.out).toMatch(/still using snapshot \S+ \(9044 entities\)/);
    expect((await screen('Osiris Luna Meza')).hits[0]!.id).toBe('ofac-sdn:33950');
  });

  it('lists the loaded snapshot as JSON', async () => {
    const r = await runCli(home, 'lists', '--json');
    const rows = JSON.parse(r.out) as { list: string; snapshot: { entityCount: number; hash: string } }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ list: 'ofac-sdn', snapshot: { entityCount: 9044 } });
    expect(rows[0]!.snapshot.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('criba without lists', () => {
  it('says how to load lists instead of screening against nothing', async () => {
    const home = await mkdtemp(join(tmpdir(), 'criba-empty-'));
    const r = await runCli(home, 'screen', 'Anyone');
    expect(r.code).toBe(1);
    expect(r.err).toContain('E_NO_SNAPSHOT');
    expect(r.err).toContain('criba update --from DIR');
    await rm(home, { recursive: true, force: true });
  });

  it('rejects a bad option value with exit code 2 and a message, without ending the process', async () => {
    for (const args of [['screen', 'x', '--limit', 'many'], ['compare', 'a', 'b', '--threshold', '7'], ['update', '--max-bytes', '-1']]) {
      const r = await runCli('/nonexistent', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(/error: option .* argument .* is invalid/);
    }
  });

  it('compares two names and explains the alignment', async () => {
    const r = await runCli('/nonexistent', 'compare', 'Carlos Amilcar Marroquín', 'MARROQUIN CHICA, Carlos Amilcar', '--type', 'person', '--json');
    const j = JSON.parse(r.out);
    expect(j.match).toBe(true);
    expect(j.explanation.alignment.map((p: { query: string }) => p.query).filter(Boolean).sort()).toEqual(['amilcar', 'carlos', 'marroquin']);
  });

  it('compares a JSON-lines file of pairs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'criba-pairs-'));
    const input = join(dir, 'pairs.jsonl');
    await writeFile(input, '{"id":1,"a":"Osiris Luna Meza","b":"LUNA MEZA, Osiris","schema":"Person"}\n{"id":2,"a":"George Bush","b":"George Habbash","schema":"Person"}\n');
    const r = await runCli(dir, 'compare', '--input', input);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.match])).toEqual([[1, true], [2, false]]);
    await writeFile(input, '{"id":1,"a":"x","b":"y","schema":"Spaceship"}\n');
    const bad = await runCli(dir, 'compare', '--input', input);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(`${input}:1: field "schema" must be one of`);
    await rm(dir, { recursive: true, force: true });
  });
});
