/** Percentiles and simple timing helpers for the benchmarks. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export interface Latency {
  count: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
}

/** Time `fn` once per item; returns latency percentiles in milliseconds. */
export function timeEach<T>(items: readonly T[], fn: (item: T) => unknown): Latency {
  const times = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const t = performance.now();
    fn(items[i]!);
    times[i] = performance.now() - t;
  }
  return summarize([...times]);
}

export function summarize(times: number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const sum = sorted.reduce((s, x) => s + x, 0);
  return {
    count: sorted.length,
    p50Ms: round(percentile(sorted, 50), 4),
    p90Ms: round(percentile(sorted, 90), 4),
    p99Ms: round(percentile(sorted, 99), 4),
    maxMs: round(sorted[sorted.length - 1] ?? NaN, 3),
    meanMs: round(sum / Math.max(1, sorted.length), 4),
  };
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function mb(bytes: number): number {
  return round(bytes / 1024 / 1024, 1);
}
