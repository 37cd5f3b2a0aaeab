/**
 * `criba eval`: run the public evaluation sets and print precision, recall, F1 and false alerts,
 * per set and per category, plus the time of one comparison. Thin: the work is in src/eval.
 */
import type { Command } from 'commander';
import { CribaError } from '../../errors.js';
import { DEFAULT_EVAL_LISTS, formatReport, runEval } from '../../eval/index.js';
import { DEFAULT_THRESHOLD } from '../../match/index.js';
import { parseUnitInterval } from '../options.js';
import { printJson, type Io } from '../output.js';

interface EvalCliOptions {
  evalDir?: string;
  listsDir?: string;
  lists?: string;
  threshold?: number;
  skipNegatives?: boolean;
  namesOnly?: boolean;
  json?: boolean;
}

export function registerEval(program: Command, io: Io): void {
  program
    .command('eval')
    .description('measure matching quality on the public evaluation sets (precision, recall, F1, false alerts)')
    .option('--eval-dir <dir>', 'folder with entity_checks.yml, cross_script_pairs.csv, negatives_*.csv (default $CRIBA_EVAL_DIR)')
    .option('--lists-dir <dir>', 'official list files to screen the negatives against (default $CRIBA_LISTS_DIR)')
    .option('--lists <paths>', `comma-separated folders or files under the lists dir (default ${DEFAULT_EVAL_LISTS.join(',')})`)
    .option('--threshold <score>', `alert threshold (default ${DEFAULT_THRESHOLD})`, parseUnitInterval)
    .option('--skip-negatives', 'do not screen the negatives (they need the lists and take longest)')
    .option('--names-only', 'screen the negatives by name only, without date of birth, nationality and gender')
    .option('--json', 'print the report as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ CRIBA_EVAL_DIR=../shared/data/eval CRIBA_LISTS_DIR=../shared/data/lists criba eval
  $ criba eval --eval-dir ./eval --skip-negatives --json`,
    )
    .action(async (opts: EvalCliOptions) => {
      const evalDir = opts.evalDir ?? process.env.CRIBA_EVAL_DIR;
      if (!evalDir) throw new CribaError('E_INPUT', 'no evaluation folder: pass --eval-dir or set CRIBA_EVAL_DIR');
      const listsDir = opts.listsDir ?? process.env.CRIBA_LISTS_DIR;
      const report = await runEval({
        evalDir,
        ...(listsDir ? { listsDir } : {}),
        ...(opts.lists ? { lists: opts.lists.split(',').map((s) => s.trim()).filter(Boolean) } : {}),
        ...(opts.threshold !== undefined ? { threshold: opts.threshold } : {}),
        ...(opts.skipNegatives ? { skipNegatives: true } : {}),
        ...(opts.namesOnly ? { namesOnly: true } : {}),
        ...(opts.json || !io.isTTY ? {} : { onProgress: (m: string) => io.err(m) }),
      });
      if (opts.json) printJson(io, report);
      else io.out(formatReport(report));
    });
}
