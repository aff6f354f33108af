/** The p-th percentile (0-100) of a list of numbers, by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? NaN;
}

/** Run `fn` n times and return each duration in ms. */
export function timeRuns(n: number, fn: () => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return times;
}

/** How describeTimes prints a line. */
export interface DescribeOptions {
  /** The figure the issue asks for, printed in brackets after the line. */
  target?: string;
  /** A third decimal below 1 ms, for figures per call that take a fraction of a millisecond. */
  subMillisecond?: boolean;
}

/** "name: p50 1.23 ms, p95 4.56 ms, p99 7.89 ms, min 1.01 ms (n=50)  [target ...]". */
export function describeTimes(name: string, times: readonly number[], { target, subMillisecond = false }: DescribeOptions = {}): string {
  const fmt = (v: number) => (subMillisecond && v < 1 ? v.toFixed(3) : v < 10 ? v.toFixed(2) : v.toFixed(1));
  return `${name}: p50 ${fmt(percentile(times, 50))} ms, p95 ${fmt(percentile(times, 95))} ms, p99 ${fmt(percentile(times, 99))} ms, min ${fmt(Math.min(...times))} ms (n=${times.length})${target ? `  [target ${target}]` : ""}`;
}
