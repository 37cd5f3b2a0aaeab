/**
 * `criba scan` end to end on the real OFAC SDN files: load them with `criba update --from`, then
 * scan the article fixtures from a file, from a URL served on 127.0.0.1, from standard input (a
 * real pipe into a child process), and in JSON.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { describeWithLists, listPath } from '../support/data.js';

const SDN = 'ofac/sdn-2022-01-21';
const ARTICLES = join(import.meta.dirname, '../fixtures/articles');
const MAIN = join(import.meta.dirname, '../../src/cli/main.ts');

/** `criba …` in a child process with `input` piped to its standard input, as `cat x | criba scan -`. */
function runPiped(home: string, input: Buffer, ...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', `import(${JSON.stringify(MAIN)}).then(m => m.main(process.argv)).then(c => process.exit(c))`, 'criba', ...args], {
    env: { ...process.env, CRIBA_HOME: home },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  // written in small chunks, as a pipe delivers a longer document
  for (let i = 0; i < input.length; i += 1024) child.stdin.write(input.subarray(i, i + 1024));
  child.stdin.end();
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

interface JsonScan {
  entities: { id: string; mentions: { start: number; end: number; text: string; kind: string }[] }[];
  document: { format: string; name: string; extraction?: string };
  text: string;
}

describeWithLists('criba scan on OFAC SDN 2022-01-21', [`${SDN}/sdn.csv`], () => {
  let home: string;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'criba-scan-'));
    const r = await runCli(home, 'update', '--from', listPath(SDN));
    expect(r.code, r.err).toBe(0);
    server = createServer((req, res) => {
      if (req.url === '/news/treasury') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(readFileSync(join(ARTICLES, 'treasury-el-salvador.en.html')));
      } else if (req.url === '/big') {
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(100 * 1024 * 1024) });
        res.end();
      } else {
        res.writeHead(404);
        res.end('not found');
      }
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const addr = server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  });
  afterAll(async () => {
    await new Promise((ok) => server.close(ok));
    await rm(home, { recursive: true, force: true });
  });

  it('prints the listed parties of a text file with mentions, evidence and related parties', async () => {
    const r = await runCli(home, 'scan', join(ARTICLES, 'treasury-el-salvador.en.txt'));
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^4 listed parties mentioned in .*treasury-el-salvador\.en\.txt/);
    expect(r.out).toContain('LUNA MEZA, Osiris  ofac-sdn:33950  score 1.00');
    expect(r.out).toContain('lists ofac-sdn · programs GLOMAG · Person');
    expect(r.out).toMatch(/237-253 full\s+"Osiris Luna Meza"/);
    expect(r.out).toMatch(/coreference\s+"Luna Meza"/);
    expect(r.out).toContain('MEZA OLIVARES, Alma Yanira (linked; ofac-sdn:33960 · GLOMAG)');
  });

  it('prints the documented JSON, with offsets into the returned text', async () => {
    const r = await runCli(home, 'scan', join(ARTICLES, 'tesoro-el-salvador.es.txt'), '--json');
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out) as {
      entities: { id: string; name: string; lists: string[]; programs: string[]; score: number; mentions: { start: number; end: number; text: string; context: string }[]; related: { id?: string }[] }[];
      document: { format: string };
      text: string;
    };
    expect(Object.keys(json)).toEqual(['entities', 'document', 'text']);
    expect(json.document.format).toBe('text');
    expect(json.entities.map((e) => e.id).sort()).toEqual(['ofac-sdn:15412', 'ofac-sdn:19408', 'ofac-sdn:33950', 'ofac-sdn:33959']);
    for (const e of json.entities) {
      expect(Object.keys(e)).toEqual(expect.arrayContaining(['id', 'name', 'lists', 'programs', 'score', 'mentions', 'related']));
      for (const m of e.mentions) expect(json.text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('fetches a news page by URL and scans only its article', async () => {
    const r = await runCli(home, 'scan', `${base}/news/treasury`, '--json');
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out) as { entities: { id: string }[]; document: { format: string; extraction: string; title: string }; text: string };
    expect(json.document).toMatchObject({ format: 'html', extraction: 'readability', title: 'Treasury sanctions Salvadoran officials over gang truce' });
    expect(json.entities.map((e) => e.id).sort()).toEqual(['ofac-sdn:15412', 'ofac-sdn:33950', 'ofac-sdn:33959']);
    expect(json.text).not.toContain('You are here');
  });

  it('scans standard input with "-": the same parties and offsets as the file, named stdin', async () => {
    const file = join(ARTICLES, 'nicaragua-ortega-family.en.txt');
    const r = await runPiped(home, readFileSync(file), 'scan', '-', '--json');
    expect(r.code, r.err).toBe(0);
    const piped = JSON.parse(r.out) as JsonScan;
    expect(piped.document).toEqual({ format: 'text', name: 'stdin' });
    expect(piped.text).toBe(readFileSync(file, 'utf8'));
    expect(piped.entities.map((e) => e.id).sort()).toEqual(['ofac-sdn:26554', 'ofac-sdn:28006', 'ofac-sdn:28548', 'ofac-sdn:28549', 'ofac-sdn:31532']);
    const juanCarlos = piped.entities.find((e) => e.id === 'ofac-sdn:28548')!;
    expect(juanCarlos.mentions.map((m) => [m.start, m.end, m.text, m.kind])).toEqual([
      [355, 382, 'Ortega Murillo, Juan Carlos', 'full'],
      [401, 427, 'Juan Carlos Ortega Murillo', 'full'],
    ]);
    const fromFile = JSON.parse((await runCli(home, 'scan', file, '--json')).out) as JsonScan;
    expect(piped.entities).toEqual(fromFile.entities);
  });

  it('detects HTML on standard input from its content and scans only the article', async () => {
    const r = await runPiped(home, readFileSync(join(ARTICLES, 'treasury-el-salvador.en.html')), 'scan', '-', '--json');
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out) as JsonScan;
    expect(json.document).toMatchObject({ format: 'html', name: 'stdin', extraction: 'readability' });
    expect(json.entities.map((e) => e.id).sort()).toEqual(['ofac-sdn:15412', 'ofac-sdn:33950', 'ofac-sdn:33959']);
    for (const e of json.entities) for (const m of e.mentions) expect(json.text.slice(m.start, m.end)).toBe(m.text);
    const empty = await runPiped(home, Buffer.alloc(0), 'scan', '-');
    expect(empty.code, empty.err).toBe(0);
    expect(empty.out).toMatch(/^No listed parties mentioned in stdin \(0 characters, text\)/);
  });

  it('reports download errors, size caps, missing files and bad options as errors with codes', async () => {
    const missing = await runCli(home, 'scan', `${base}/nope`);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/\[E_DOWNLOAD\].*HTTP 404/);
    const big = await runCli(home, 'scan', `${base}/big`);
    expect(big.code).toBe(1);
    expect(big.err).toMatch(/\[E_TOO_LARGE\]/);
    const noFile = await runCli(home, 'scan', join(ARTICLES, 'no-such-article.txt'));
    expect(noFile.code).toBe(1);
    expect(noFile.err).toMatch(/\[E_NOT_FOUND\].*no-such-article\.txt/);
    const badFormat = await runCli(home, 'scan', join(ARTICLES, 'treasury-el-salvador.en.txt'), '--format', 'pdf');
    expect(badFormat.code).toBe(2);
    const notLoaded = await runCli(home, 'scan', join(ARTICLES, 'treasury-el-salvador.en.txt'), '--list', 'un-sc');
    expect(notLoaded.code).toBe(1);
    expect(notLoaded.err).toMatch(/\[E_NOT_FOUND\] no snapshot of list un-sc .*loaded: ofac-sdn/);
  });

  it('says how to load lists when none are loaded', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'criba-scan-empty-'));
    try {
      const r = await runCli(empty, 'scan', join(ARTICLES, 'treasury-el-salvador.en.txt'));
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/\[E_NO_SNAPSHOT\].*criba update/);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
