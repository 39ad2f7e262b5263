/**
 * Peak memory of one synchronous step in Node: a worker thread samples the process's resident
 * size every 2 ms while the step runs on the main thread (which cannot sample itself), so the
 * peak is the step's own, not the largest the process ever was. Reported above the resident
 * size just before the step (after a collection when Node runs with --expose-gc).
 */
import { Worker } from "node:worker_threads";

const SAMPLER = `
const { workerData } = require("node:worker_threads");
const control = new Int32Array(workerData.control);
const peak = new Float64Array(workerData.peak);
while (Atomics.load(control, 0) === 0) {
  const rss = process.memoryUsage.rss();
  if (rss > peak[0]) peak[0] = rss;
  Atomics.wait(control, 0, 0, 2);
}
`;

const MB = 1024 * 1024;

export interface Measured<T> {
  result: T;
  seconds: number;
  /** Highest resident size during the step, above the resident size before it. */
  peakMB: number;
}

export async function measurePeak<T>(step: () => T): Promise<Measured<T>> {
  (globalThis as { gc?: () => void }).gc?.();
  const control = new SharedArrayBuffer(4);
  const peak = new SharedArrayBuffer(8);
  const worker = new Worker(SAMPLER, { eval: true, workerData: { control, peak } });
  await new Promise((resolve) => worker.once("online", resolve));
  const before = process.memoryUsage.rss();
  new Float64Array(peak)[0] = before;
  const start = performance.now();
  const result = step();
  const seconds = (performance.now() - start) / 1000;
  // One more sample after the step, then stop.
  await new Promise((resolve) => setTimeout(resolve, 5));
  Atomics.store(new Int32Array(control), 0, 1);
  Atomics.notify(new Int32Array(control), 0);
  await worker.terminate();
  return { result, seconds, peakMB: (new Float64Array(peak)[0]! - before) / MB };
}
