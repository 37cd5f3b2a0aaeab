/**
 * The first bytes of a file, for `detect()`: users rename files, so formats are recognised by
 * content (root element, header row) as well as by name.
 */
import { open } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

/** Up to `bytes` bytes from the start of the file, decoded as UTF-8 (lenient), BOM dropped. */
export async function readFileHead(path: string, bytes = 4096): Promise<string> {
  const buf = await readHeadBytes(path, bytes);
  return buf.toString('utf8').replace(/^\uFEFF/, '');
}

export async function readHeadBytes(path: string, bytes = 4096): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** The first text of a gzip file (decompressing only its first 64 KiB of input). */
export async function readGzipHead(path: string, bytes = 4096): Promise<string> {
  const raw = await readHeadBytes(path, 65536);
  try {
    // a partial gzip stream: finishFlush lets zlib return what it decoded so far
    const out = gunzipSync(raw, { finishFlush: 2 /* Z_SYNC_FLUSH */ });
    return out.subarray(0, bytes).toString('utf8').replace(/^\uFEFF/, '');
  } catch {
    return '';
  }
}

/** Does the file start with the zip signature (xlsx, ods, zip)? */
export async function isZipFile(path: string): Promise<boolean> {
  const head = await readHeadBytes(path, 4);
  return head.length === 4 && head.readUInt32LE(0) === 0x04034b50;
}

/** The XML root element's local name, skipping the prolog and comments; undefined if none. */
export function xmlRootName(head: string): string | undefined {
  const re = /<([A-Za-z_][\w.:-]*)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(head))) {
    const name = m[1]!;
    const i = name.indexOf(':');
    return i < 0 ? name : name.slice(i + 1);
  }
  return undefined;
}

/** The cells of a delimited file's first line in a head, trimmed and unquoted (enough to sniff a header row). */
export function headerCells(head: string, delimiter = ','): string[] {
  return (head.split(/\r?\n/)[0] ?? '').split(delimiter).map((c) => c.trim().replace(/^"|"$/g, ''));
}
