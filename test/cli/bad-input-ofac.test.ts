/**
 * Bad official files at the level users meet them — `criba update --from` — on copies of the real
 * OFAC files altered in a temporary folder: each failure names the file (and line), and the
 * snapshot in use stays in use; harmless variations (BOM, CRLF, the DOS end-of-file byte) load to
 * exactly the same entities.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SnapshotStore } from '../../src/snapshot/index.js';
import { runCli } from '../support/cli.js';
import { describeWithLists, listPath } from '../support/data.js';

const SDN = 'ofac/sdn-2022-01-21';
const CONS_XML = 'ofac/cons-xml-2025-03-28/consolidated.xml';

describeWithLists('criba update on damaged OFAC files', [`${SDN}/sdn.csv`, CONS_XML], () => {
  let home: string;
  let work: string;
  let goodHash: string;
  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'criba-bad-'));
    work = await mkdtemp(join(tmpdir(), 'criba-bad-work-'));
    expect((await runCli(home, 'update', '--from', listPath(SDN))).code).toBe(0);
    goodHash = (await new SnapshotStore(home).current())[0]!.hash;
  });
  afterAll(async () => {
    await rm(home, { recursive: true, force: true });
    await rm(work, { recursive: true, force: true });
  });

  async function variant(name: string, edit: (sdn: Buffer) => Buffer): Promise<string> {
    const dir = join(work, name);
    await cp(listPath(SDN), dir, { recursive: true });
    await writeFile(join(dir, 'sdn.csv'), edit(await readFile(join(dir, 'sdn.csv'))));
    return dir;
  }

  async function expectKept(r: { code: number; out: string }, pattern: RegExp) {
    expect(r.code).toBe(1);
    expect(r.out).toMatch(pattern);
    expect(r.out).toMatch(/still using snapshot/);
    const current = await new SnapshotStore(home).current();
    expect(current.map((m) => [m.list, m.hash])).toEqual([['ofac-sdn', goodHash]]);
  }

  it('loads a file with a BOM, CRLF line ends and a trailing 0x1A to exactly the same entities', async () => {
    // the official file may already end with 0x1A: normalise to plain LF text first, then add all three
    const plain = (b: Buffer) => b.toString('utf8').replace(/\x1a$/, '').replace(/\r\n/g, '\n');
    const dir = await variant('dos', (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plain(b).replace(/\n/g, '\r\n')), Buffer.from([0x1a])]));
    const r = await runCli(home, 'update', '--from', dir, '--json');
    expect(r.code, r.out + r.err).toBe(0);
    expect(JSON.parse(r.out)[0]).toMatchObject({ list: 'ofac-sdn', status: 'unchanged', entities: 9044 });
  });

  it('refuses an empty sdn.csv', async () => {
    const dir = await variant('empty', () => Buffer.alloc(0));
    await expectKept(await runCli(home, 'update', '--from', dir), /failed\s+ofac-sdn: \[E_EMPTY\] .*sdn\.csv/);
  });

  it('refuses XML content in a file named sdn.csv', async () => {
    const dir = await variant('wrong-format', () => Buffer.from('<?xml version="1.0"?>\n<sdnList><sdnEntry><uid>1</uid></sdnEntry></sdnList>\n'));
    await expectKept(await runCli(home, 'update', '--from', dir), /failed\s+ofac-sdn: \[E_(FORMAT|PARSE)\] .*sdn\.csv/);
  });

  it('refuses a non-UTF-8 sdn.csv, naming the line', async () => {
    // a name re-saved in Latin-1 halfway through the file: "MÉZA" with É as the single byte 0xC9
    const dir = await variant('latin1', (b) => {
      const at = b.indexOf('MEZA', b.length >> 1);
      return Buffer.concat([b.subarray(0, at + 1), Buffer.from([0xc9]), b.subarray(at + 2)]);
    });
    await expectKept(await runCli(home, 'update', '--from', dir), /failed\s+ofac-sdn: \[E_ENCODING\] .*sdn\.csv:\d+/);
  });

  it('refuses a list cut to a third as suspicious', async () => {
    const dir = await variant('short', (b) => b.subarray(0, b.lastIndexOf(0x0a, b.length / 3) + 1));
    await expectKept(await runCli(home, 'update', '--from', dir), /failed\s+ofac-sdn: \[E_SUSPICIOUS\] .*sdn\.csv: entity count fell from 9044 to \d+/);
  });

  it('refuses a truncated consolidated.xml, naming the line', async () => {
    const dir = join(work, 'xml');
    await cp(listPath(CONS_XML), join(dir, 'consolidated.xml'), { recursive: true });
    const xml = await readFile(join(dir, 'consolidated.xml'));
    await writeFile(join(dir, 'consolidated.xml'), xml.subarray(0, xml.length >> 1));
    const r = await runCli(home, 'update', '--from', dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/failed\s+ofac-cons: \[E_PARSE\] .*consolidated\.xml:\d+/);
    expect((await new SnapshotStore(home).current()).map((m) => m.list)).toEqual(['ofac-sdn']);
  });
});
