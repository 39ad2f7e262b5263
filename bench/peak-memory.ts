/**
 * Peak memory of one synchronous step in Node: the step runs in a worker thread of its own, a
 * fresh V8 heap holding only its input, and what it took is how far that heap's committed
 * size grew while it ran (V8 does not give committed memory back in the middle of a step, so
 * the size after it is its peak). Measured in the main thread instead, the step would reuse
 * memory earlier work left committed, and show nothing: resident size is no measure there.
 * Collections run first when Node has --expose-gc (npm run bench passes it).
 */
import { Worker } from "node:worker_threads";

const MB = 1024 * 1024;

function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export interface HeapMeasured {
  /** What the step returned, as a number (a count or a length). */
  result: number;
  seconds: number;
  /** Committed heap after the step minus before it, in a heap that held only the input. */
  heapGrowthMB: number;
  /** The input's own size in that heap. */
  inputMB: number;
}

/**
 * Runs `exported(input)` from `module` (a file URL; TypeScript is fine under tsx) in a fresh
 * worker: the input is posted in once the module is loaded, the heap collected, then the step
 * runs once.
 */
export async function measureInFreshHeap(module: string, exported: string, input: unknown): Promise<HeapMeasured> {
  const code = `
    const { parentPort, workerData } = require("node:worker_threads");
    const { getHeapStatistics } = require("node:v8");
    const collect = () => globalThis.gc?.();
    (async () => {
      // A worker is not given tsx's loader: register it for this thread, for the module's TypeScript.
      (await import(workerData.tsx)).register();
      const step = (await import(workerData.module))[workerData.exported];
      collect();
      const empty = getHeapStatistics().used_heap_size;
      parentPort.once("message", (input) => {
        try {
          collect();
          const before = getHeapStatistics();
          const start = performance.now();
          const result = step(input);
          const seconds = (performance.now() - start) / 1000;
          const after = getHeapStatistics();
          parentPort.postMessage({ result, seconds, growth: after.total_heap_size - before.total_heap_size, input: before.used_heap_size - empty });
        } catch (error) {
          parentPort.postMessage({ error: String((error && error.stack) || error) });
        }
      });
      parentPort.postMessage("ready");
    })().catch((error) => parentPort.postMessage({ error: String((error && error.stack) || error) }));
  `;
  collect();
  const worker = new Worker(code, { eval: true, workerData: { module, exported, tsx: import.meta.resolve("tsx/esm/api") } });
  try {
    type Reply = "ready" | { result: number; seconds: number; growth: number; input: number; error?: string };
    const next = () =>
      new Promise<Reply>((resolve, reject) => {
        worker.once("message", resolve);
        worker.once("error", reject);
      });
    const ready = await next();
    if (ready !== "ready") throw new Error(ready.error ?? "the worker did not start");
    worker.postMessage(input);
    const message = await next();
    if (message === "ready") throw new Error("unexpected message");
    if (message.error !== undefined) throw new Error(message.error);
    return { result: message.result, seconds: message.seconds, heapGrowthMB: message.growth / MB, inputMB: message.input / MB };
  } finally {
    await worker.terminate();
  }
}
