/**
 * Reads the hand-edited reference files in src/normalize/data/ once, when a module that needs them
 * loads. Lines starting with `#` and blank lines are comments. The path resolves from both src/
 * (tests, tsx) and dist/ (the built package ships src/normalize/data, see package.json `files`).
 */
import { readFileSync } from 'node:fs';

const DATA_DIR = new URL('../../src/normalize/data/', import.meta.url);

/** The non-comment, trimmed lines of one data file. */
export function readDataLines(file: string): string[] {
  const text = readFileSync(new URL(file, DATA_DIR), 'utf8');
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}
