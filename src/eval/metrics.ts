/**
 * Confusion counts and the figures derived from them. A "positive" is a predicted alert
 * (score at or above the threshold).
 */

export interface Confusion {
  truePositives: number;
  falsePositives: number;
  trueNegatives: number;
  falseNegatives: number;
}

export interface Metrics extends Confusion {
  total: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

export function emptyConfusion(): Confusion {
  return { truePositives: 0, falsePositives: 0, trueNegatives: 0, falseNegatives: 0 };
}

export function count(c: Confusion, expected: boolean, predicted: boolean): void {
  if (expected && predicted) c.truePositives++;
  else if (expected) c.falseNegatives++;
  else if (predicted) c.falsePositives++;
  else c.trueNegatives++;
}

/** Precision and recall are 1 when nothing was predicted / expected (no error possible). */
export function metricsOf(c: Confusion): Metrics {
  const total = c.truePositives + c.falsePositives + c.trueNegatives + c.falseNegatives;
  const predicted = c.truePositives + c.falsePositives;
  const expected = c.truePositives + c.falseNegatives;
  const precision = predicted === 0 ? 1 : c.truePositives / predicted;
  const recall = expected === 0 ? 1 : c.truePositives / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const accuracy = total === 0 ? 1 : (c.truePositives + c.trueNegatives) / total;
  return { ...c, total, precision: r(precision), recall: r(recall), f1: r(f1), accuracy: r(accuracy) };
}

function r(x: number): number {
  return Math.round(x * 10000) / 10000;
}
