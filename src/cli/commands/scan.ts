/** `criba scan`: find every listed party mentioned in a document (file, URL or stdin). */
import { readFile, stat } from 'node:fs/promises';
import { InvalidArgumentError, type Command } from 'commander';
import pc from 'picocolors';
import { CribaError } from '../../errors.js';
import { DEFAULT_THRESHOLD } from '../../match/index.js';
import { buildScanner, scanDocument, type DocumentFormat, type DocumentScanResult, type Scanner } from '../../scan/index.js';
import { fetchBytes, loadEntities, resolveHome } from '../../snapshot/index.js';
import { printJson, type Io } from '../output.js';
import { collect, parsePositiveInt, parseUnitInterval } from '../options.js';

/** Documents are articles and reports, not lists: a much smaller cap than list downloads. */
const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 30_000;

interface ScanOpts {
  json?: boolean;
  format?: DocumentFormat;
  threshold: number;
  context: number;
  list?: string[];
  text?: boolean;
}

export function registerScan(program: Command, io: Io): void {
  program
    .command('scan')
    .argument('<source>', 'a file, an http(s) URL, or - for standard input')
    .description('find every listed party mentioned in a document: plain text, HTML (news pages) or Markdown')
    .option('--json', 'print JSON: {"entities":[{"id","name","lists","programs","score","mentions":[…],"related":[…]}],"document":{…},"text":"…"}')
    .option('--format <format>', 'text, html or markdown (default: from the extension, Content-Type or content)', parseFormat)
    .option('--threshold <t>', 'minimum score of a full-name mention, 0..1', parseUnitInterval, DEFAULT_THRESHOLD)
    .option('--context <n>', 'characters of context around each mention', parsePositiveInt, 60)
    .option('--list <id>', 'scan against this list only (repeatable)', collect)
    .option('--text', 'also print the scanned (extracted) text')
    // throw option errors to main() (exit code 2) instead of exiting the process
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  $ criba scan article.html
  $ criba scan https://example.org/news/treasury-sanctions --json
  $ pbpaste | criba scan - --format markdown
For a news page only the article is scanned: navigation, breadcrumbs, bylines, related links and
footers are dropped. Offsets in --json index the returned "text". See docs/scanning.md.`,
    )
    .action(async (source: string, opts: ScanOpts) => {
      const input = await readSource(source);
      const scanner = await loadScanner(opts.list);
      const result = scanDocument(scanner, { ...input, ...(opts.format ? { format: opts.format } : {}) }, { threshold: opts.threshold, contextChars: opts.context });
      if (opts.json) return printJson(io, result);
      io.out(formatResult(result, io, opts.text === true));
    });
}

/**
 * The scanner over the current snapshot of every loaded list (or of the chosen lists), merged
 * across lists, without the screening index that a scan does not use.
 */
async function loadScanner(lists?: string[]): Promise<Scanner> {
  const { entities } = await loadEntities(resolveHome(), lists?.length ? { lists } : {});
  return buildScanner(entities);
}

async function readSource(source: string): Promise<{ content: Buffer; name: string }> {
  if (source === '-') return { content: await readStdin(), name: 'stdin' };
  if (/^https?:\/\//i.test(source)) {
    const content = await fetchBytes(source, { maxBytes: MAX_DOCUMENT_BYTES, timeoutMs: FETCH_TIMEOUT_MS });
    return { content, name: source };
  }
  let size: number;
  try {
    size = (await stat(source)).size;
  } catch {
    throw new CribaError('E_NOT_FOUND', 'no such file', { file: source });
  }
  if (size > MAX_DOCUMENT_BYTES) throw new CribaError('E_TOO_LARGE', `the document is ${size} bytes, past the cap of ${MAX_DOCUMENT_BYTES}`, { file: source });
  return { content: await readFile(source), name: source };
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_DOCUMENT_BYTES) throw new CribaError('E_TOO_LARGE', `standard input is past the cap of ${MAX_DOCUMENT_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function parseFormat(value: string): DocumentFormat {
  const v = value.toLowerCase();
  if (v === 'text' || v === 'txt') return 'text';
  if (v === 'html' || v === 'htm') return 'html';
  if (v === 'markdown' || v === 'md') return 'markdown';
  throw new InvalidArgumentError('expected text, html or markdown');
}

function formatResult(result: DocumentScanResult, io: Io, withText: boolean): string {
  const color = io.isTTY;
  const bold = (s: string) => (color ? pc.bold(s) : s);
  const dim = (s: string) => (color ? pc.dim(s) : s);
  const doc = result.document;
  const lines: string[] = [];
  const what = doc.format === 'html' ? `HTML, ${doc.extraction === 'readability' ? 'article text' : 'page text'}` : doc.format;
  const n = result.entities.length;
  lines.push(`${n === 0 ? 'No' : n} listed ${n === 1 ? 'party' : 'parties'} mentioned in ${doc.name ?? 'the document'} (${result.text.length} characters, ${what})`);
  for (const e of result.entities) {
    lines.push('');
    lines.push(`${bold(e.name)}  ${e.id}  score ${e.score.toFixed(2)}`);
    lines.push(`  lists ${e.lists.join(', ')}${e.programs.length ? ` · programs ${e.programs.join(', ')}` : ''} · ${e.schema}`);
    for (const line of e.explanation.evidence) lines.push(`  ${dim('why:')} ${line}`);
    lines.push(`  mentions (${e.mentions.length}):`);
    for (const m of e.mentions) lines.push(`    ${m.start}-${m.end} ${m.kind.padEnd(11)} "${m.text.replace(/\s+/g, ' ')}"  ${dim(m.context)}`);
    if (e.related.length) {
      lines.push('  related listed parties:');
      for (const r of e.related) {
        const how = [r.relation, r.role].filter(Boolean).join(', ');
        const where = r.id ? `${r.id}${r.programs.length ? ` · ${r.programs.join(', ')}` : ''}` : 'not resolved to a listed entity';
        lines.push(`    ${r.name} (${how}; ${where})${r.mentioned ? ' — also mentioned in the text' : ''}`);
      }
    }
  }
  if (withText) lines.push('', dim('--- scanned text ---'), result.text);
  return lines.join('\n');
}
