/**
 * The page's side of the comparison worker: one worker, started on first use and kept; a
 * worker that fails to start or crashes rejects the call (the next call starts a new one).
 */
import { wrap, type Remote } from "comlink";
import type { ComparisonApi, ProposalSummary } from "./comparison-api.ts";

let running: { worker: Worker; remote: Remote<ComparisonApi> } | undefined;

export async function proposeInWorker(databaseName: string): Promise<ProposalSummary[]> {
  running ??= start();
  const { worker, remote } = running;
  const crashed = new Promise<never>((_, reject) => {
    worker.addEventListener("error", (event) => reject(new Error(`The comparison worker stopped: ${event.message || "unknown error"}`)), { once: true });
  });
  try {
    return await Promise.race([remote.propose(databaseName), crashed]);
  } catch (error) {
    worker.terminate();
    running = undefined;
    throw error;
  }
}

function start(): { worker: Worker; remote: Remote<ComparisonApi> } {
  const worker = new Worker(new URL("./comparison.worker.ts", import.meta.url), { type: "module", name: "claimbench-comparison" });
  return { worker, remote: wrap<ComparisonApi>(worker) };
}
