import type { LoopFigures } from './ipc.js';

/** The value below which `fraction` of sorted durations fall (nearest rank). */
export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

/** Throughput and latency of runs (durations in ms) over some seconds. */
export function latencyFigures(durations: number[], seconds: number): LoopFigures {
  const sorted = [...durations].sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    perSecond: round(sorted.length / seconds),
    meanMs: round(sorted.length ? total / sorted.length : 0),
    p50Ms: round(percentile(sorted, 0.5)),
    p99Ms: round(percentile(sorted, 0.99)),
    runs: sorted.length,
  };
}

export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
