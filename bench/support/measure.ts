/**
 * Median time per call. Fast functions run in batches long enough for the clock to resolve them;
 * the median of many batches shrugs off garbage collection and scheduler noise. Functions whose
 * times are compared run interleaved (one batch of each per round), so a busy machine slows them
 * alike and their ratios hold.
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection, for reading heap use. Not used between timed batches: measured here,
 * a full GC before every batch made the engine 10-60x slower (V8 throws away compiled code and
 * type feedback), which is not how a worker checking drafts runs. Enabled at run time because
 * `npm run bench` passes no node flags.
 */
export const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  return typeof gc === 'function' ? (gc as () => void) : () => {};
})();

export interface MeasureOptions {
  /** Untimed time spent running the function first (JIT, caches). */
  warmupMs: number;
  /** A batch runs at least this long. */
  minBatchMs: number;
  minSamples: number;
  maxSamples: number;
  /** Stop adding samples after this much time once minSamples are in. */
  budgetMs: number;
}

export const DEFAULT_MEASURE: MeasureOptions = {
  warmupMs: 300,
  minBatchMs: 5,
  minSamples: 15,
  maxSamples: 201,
  budgetMs: 2_000,
};

export interface Measurement {
  /** Milliseconds per call, median over samples. */
  median: number;
  samples: number;
  callsPerSample: number;
}

/** Keeps results alive so the optimiser cannot drop the work being timed. */
let sink = 0;
export function consume(x: unknown): void {
  sink = (sink + (Array.isArray(x) ? x.length : typeof x === 'string' ? x.length : 1)) | 0;
}
export const sinkValue = () => sink;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function measure(fn: () => unknown, options: Partial<MeasureOptions> = {}): Measurement {
  const o = { ...DEFAULT_MEASURE, ...options };
  const warmStart = performance.now();
  let warmCalls = 0;
  do {
    consume(fn());
    warmCalls++;
  } while (performance.now() - warmStart < o.warmupMs);
  const perCall = (performance.now() - warmStart) / warmCalls;
  const callsPerSample = Math.max(1, Math.ceil(o.minBatchMs / Math.max(perCall, 1e-6)));
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < o.maxSamples) {
    const t0 = performance.now();
    for (let i = 0; i < callsPerSample; i++) consume(fn());
    samples.push((performance.now() - t0) / callsPerSample);
    if (samples.length >= o.minSamples && performance.now() - start > o.budgetMs) break;
  }
  return { median: median(samples), samples: samples.length, callsPerSample };
}

/** One batch of every function per round; medians per function. */
export function measureInterleaved<K extends string>(
  fns: Record<K, () => unknown>,
  options: Partial<MeasureOptions> = {},
): Record<K, Measurement> {
  const o = { ...DEFAULT_MEASURE, ...options };
  const keys = Object.keys(fns) as K[];
  const batch = {} as Record<K, number>;
  for (const k of keys) {
    const fn = fns[k];
    const warmStart = performance.now();
    let calls = 0;
    do {
      consume(fn());
      calls++;
    } while (performance.now() - warmStart < o.warmupMs);
    batch[k] = Math.max(1, Math.ceil(o.minBatchMs / Math.max((performance.now() - warmStart) / calls, 1e-6)));
  }
  const samples = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  const start = performance.now();
  for (let round = 0; round < o.maxSamples; round++) {
    for (const k of keys) {
      const fn = fns[k];
      const n = batch[k];
      const t0 = performance.now();
      for (let i = 0; i < n; i++) consume(fn());
      samples[k].push((performance.now() - t0) / n);
    }
    if (round + 1 >= o.minSamples && performance.now() - start > o.budgetMs) break;
  }
  return Object.fromEntries(
    keys.map((k) => [k, { median: median(samples[k]), samples: samples[k].length, callsPerSample: batch[k] }]),
  ) as Record<K, Measurement>;
}
