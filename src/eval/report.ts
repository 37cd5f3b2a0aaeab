/**
 * The shape of `criba eval`'s report (also its `--json` output) and its text rendering.
 */
import type { Metrics } from './metrics.js';
import type { LoadedList } from './load-lists.js';

export interface CategoryReport {
  name: string;
  metrics: Metrics;
}

/** One wrong prediction, for reading the misses. */
export interface EvalError {
  id: string;
  expected: string;
  query: string;
  candidate: string;
  score: number;
}

export interface SetReport {
  set: string;
  metrics: Metrics;
  categories: CategoryReport[];
  errors: EvalError[];
  notes: string[];
  /** Negatives only. */
  falseAlertsPerThousand?: number;
  microsecondsPerQuery?: number;
  /** Why the set did not run. */
  skipped?: string;
}

export interface EvalReport {
  threshold: number;
  evalDir: string;
  listsDir?: string;
  /** Lists the negatives were screened against. */
  lists: LoadedList[];
  sets: SetReport[];
  /** Mean CPU time of one query-vs-entity comparison on the entity checks (prepared both sides). */
  microsecondsPerComparison: number;
  comparisonsPerSecond: number;
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

export function formatReport(r: EvalReport): string {
  const lines: string[] = [];
  lines.push(`criba eval — threshold ${r.threshold}`);
  lines.push(`eval dir: ${r.evalDir}${r.listsDir ? `   lists dir: ${r.listsDir}` : ''}`);
  lines.push('');
  for (const s of r.sets) {
    if (s.skipped) {
      lines.push(`${s.set}: SKIPPED — ${s.skipped}`);
      lines.push('');
      continue;
    }
    const m = s.metrics;
    if (s.falseAlertsPerThousand !== undefined) {
      lines.push(`${s.set}: n=${m.total}  false alerts ${m.falsePositives} (${s.falseAlertsPerThousand} per 1,000 names)`);
      if (s.microsecondsPerQuery !== undefined) lines.push(`  ${s.microsecondsPerQuery} µs per screened name`);
      for (const n of s.notes.slice(1)) lines.push(`  ${n}`);
      for (const e of s.errors.slice(0, 20)) lines.push(`    ${e.id}  score ${e.score.toFixed(3)}: "${e.query}" vs "${e.candidate}"`);
      lines.push('');
      continue;
    }
    lines.push(
      `${s.set}: n=${m.total}  accuracy ${pct(m.accuracy)}%  precision ${pct(m.precision)}%  recall ${pct(m.recall)}%  F1 ${m.f1.toFixed(3)}  false alerts ${m.falsePositives}  misses ${m.falseNegatives}`,
    );
    for (const n of s.notes) lines.push(`  ${n}`);
    if (s.microsecondsPerQuery !== undefined) lines.push(`  ${s.microsecondsPerQuery} µs per screened name`);
    if (s.categories.length) {
      lines.push('  per category:');
      for (const c of s.categories) {
        const cm = c.metrics;
        lines.push(`    ${c.name.padEnd(34)} n=${String(cm.total).padStart(3)}  acc ${pct(cm.accuracy)}%  P ${pct(cm.precision)}%  R ${pct(cm.recall)}%  FP ${cm.falsePositives}  FN ${cm.falseNegatives}`);
      }
    }
    if (s.errors.length) {
      lines.push('  errors:');
      for (const e of s.errors.slice(0, 40)) lines.push(`    ${e.id}  expected ${e.expected}, score ${e.score.toFixed(3)}: "${e.query}" vs "${e.candidate}"`);
      if (s.errors.length > 40) lines.push(`    … ${s.errors.length - 40} more (see --json)`);
    }
    lines.push('');
  }
  if (r.lists.length) {
    lines.push('lists screened by the negatives:');
    for (const l of r.lists) lines.push(`  ${l.path}: ${l.list ? `${l.list} (${l.format}), ${l.entities} entities` : `NOT LOADED — ${l.problem}`}`);
    lines.push('');
  }
  lines.push(`speed: ${r.microsecondsPerComparison.toFixed(2)} µs CPU per comparison on the entity checks (${Math.round(r.comparisonsPerSecond).toLocaleString('en-US')} comparisons/s on one core)`);
  return lines.join('\n');
}
