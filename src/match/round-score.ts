/**
 * Scores are given to three decimals: hits, the parts of an explanation, document mentions. The
 * index compares score bounds rounded the same way when it prunes, so there is one definition.
 */
export function roundScore(x: number): number {
  return Math.round(x * 1000) / 1000;
}
