import { Worker } from "node:worker_threads";

const MB = 1024 * 1024;

export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Runs `work` `runs` times; returns the durations in ms. Large cases collect garbage before each
 * run so that one run's garbage is not billed to the next; small ones only before the batch, as a
 * full collection before a sub-millisecond run mostly measures cold caches.
 */
export function time(work: () => void, runs: number, collectEachRun = true): number[] {
  const durations: number[] = [];
  collectGarbage();
  for (let i = 0; i < runs; i++) {
    if (collectEachRun) collectGarbage();
    const start = performance.now();
    work();
    durations.push(performance.now() - start);
  }
  return durations;
}

/**
 * The solver is synchronous, so its peak memory is sampled from a worker thread: the process
 * resident set size every millisecond while `work` runs. Returns the peak growth over the resident
 * size measured just before (after a garbage collection), and the peak itself, in MB.
 */
export async function peakMemory<T>(work: () => T): Promise<{ result: T; growthMb: number; peakMb: number }> {
  const shared = new Int32Array(new SharedArrayBuffer(8));
  const sampler = new Worker(
    `const { workerData } = require("node:worker_threads");
     const cell = new Int32Array(workerData);
     Atomics.store(cell, 1, 1);
     const tick = () => {
       const kb = Math.round(process.memoryUsage.rss() / 1024);
       if (kb > Atomics.load(cell, 0)) Atomics.store(cell, 0, kb);
       if (Atomics.load(cell, 1) === 1) setTimeout(tick, 1);
     };
     tick();`,
    { eval: true, workerData: shared.buffer },
  );
  await new Promise<void>((resolve) => sampler.once("online", () => resolve()));
  while (Atomics.load(shared, 1) !== 1) await new Promise((resolve) => setTimeout(resolve, 1));
  collectGarbage();
  const baseKb = Math.round(process.memoryUsage.rss() / 1024);
  Atomics.store(shared, 0, baseKb);
  const result = work();
  const afterKb = Math.round(process.memoryUsage.rss() / 1024);
  Atomics.store(shared, 1, 0);
  await sampler.terminate();
  const peakKb = Math.max(Atomics.load(shared, 0), afterKb);
  return { result, growthMb: ((peakKb - baseKb) * 1024) / MB, peakMb: (peakKb * 1024) / MB };
}
