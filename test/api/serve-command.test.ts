import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readApiKeys, apiKeyFilePath } from '../../src/api/api-keys.js';
import { main } from '../../src/cli/main.js';
import { describeWithLists, listPath } from '../support/data.js';

const MAIN = new URL('../../src/cli/main.ts', import.meta.url).pathname;

interface Served {
  child: ChildProcess;
  base: string;
  log: () => string;
}

/** `criba serve --port 0 …` in a child process; resolves once it listens. */
function serve(home: string, args: string[]): Promise<Served> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '-e', `import(${JSON.stringify(MAIN)}).then(m => m.main(process.argv)).then(c => process.exit(c))`, 'criba', 'serve', '--port', '0', ...args],
    { env: { ...process.env, CRIBA_HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /criba serving on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearInterval(timer);
        resolve({ child, base: m[1]!, log: () => out });
      }
    }, 50);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`criba serve exited (${code}): ${out}`));
    });
  });
}

async function until<T>(fn: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

const running: ChildProcess[] = [];
const homes: string[] = [];
afterEach(async () => {
  for (const c of running.splice(0)) c.kill('SIGTERM');
  for (const h of homes.splice(0)) await rm(h, { recursive: true, force: true });
});
async function newHome(): Promise<string> {
  const h = await mkdtemp(join(tmpdir(), 'criba-serve-'));
  homes.push(h);
  return h;
}

describe('criba serve', () => {
  it('starts when the first-start update fails, and says in its log that no lists are loaded', async () => {
    const home = await newHome();
    const s = await serve(home, ['--from', join(home, 'no-such-folder')]);
    running.push(s.child);
    const ready = await fetch(`${s.base}/readyz`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { error: { code: string } }).error.code).toBe('E_NO_SNAPSHOT');
    const log = await until(async () => (/first-start update failed/.test(s.log()) ? s.log() : undefined), 20_000);
    const lines = log.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
    expect(lines.some((l) => l.code === 'E_NO_SNAPSHOT' && l.msg.includes('criba update --from DIR'))).toBe(true);
    const page = await (await fetch(`${s.base}/ui/`)).text();
    expect(page).toContain('No sanctions lists are loaded');
    s.child.kill('SIGTERM');
    const code = await new Promise((r) => s.child.once('exit', r));
    expect(code).toBe(0);
  });

  it('--new-key prints a key once and stores only its hash', async () => {
    const home = await newHome();
    const out: string[] = [];
    const before = process.env.CRIBA_HOME;
    process.env.CRIBA_HOME = home;
    try {
      const code = await main(['node', 'criba', 'serve', '--new-key', 'payments', '--admin'], { out: (t) => out.push(t), err: (t) => out.push(t), isTTY: false });
      expect(code).toBe(0);
    } finally {
      if (before === undefined) delete process.env.CRIBA_HOME;
      else process.env.CRIBA_HOME = before;
    }
    const key = out.join('').match(/criba_[0-9a-f]{8}_[\w-]{43}/)?.[0];
    expect(key).toBeDefined();
    const records = await readApiKeys(apiKeyFilePath(home));
    expect(records).toEqual([expect.objectContaining({ name: 'payments', admin: true })]);
    expect(JSON.stringify(records)).not.toContain(key!);
  });
});

describeWithLists('criba serve over real files', ['ofac/sdn-2022-01-21/sdn.csv'], () => {
  it('loads the lists on first start (--from) and then screens', async () => {
    const home = await newHome();
    const s = await serve(home, ['--from', listPath('ofac/sdn-2022-01-21')]);
    running.push(s.child);
    const ready = await until(async () => {
      const r = await fetch(`${s.base}/readyz`);
      return r.status === 200 ? ((await r.json()) as { entityCount: number }) : undefined;
    });
    expect(ready.entityCount).toBeGreaterThan(9000);
    const r = await fetch(`${s.base}/screen`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"Mara Salvatrucha"}' });
    expect(((await r.json()) as { hits: { name: string }[] }).hits[0]!.name).toBe('MS-13');
  });
});
