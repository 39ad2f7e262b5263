/**
 * What the page's worker clients (extraction-client.ts, import-client.ts) hold of a worker,
 * and how they notice it died: a worker that fails to start or crashes rejects the call
 * waiting on it instead of leaving it waiting forever.
 */
import type { Endpoint } from "comlink";

/** A Worker, or in tests a MessagePort with a terminate(). */
export interface WorkerLike extends Endpoint {
  terminate(): void;
}

/** Rejects when the worker reports an error it cannot recover from; `name`: "extraction", "import". */
export function whenCrashed(endpoint: WorkerLike, name: string): Promise<never> {
  const crashed = new Promise<never>((_, reject) => {
    const fail = (event: Event) => {
      const message = (event as { message?: unknown }).message;
      const detail = typeof message === "string" && message !== "" ? `: ${message}` : "";
      reject(new Error(`The ${name} worker stopped${detail}. Reload the page and try again.`));
    };
    endpoint.addEventListener("error", fail as EventListener);
    endpoint.addEventListener("messageerror", fail as EventListener);
  });
  crashed.catch(() => {}); // Observed by the call that is waiting, if any.
  return crashed;
}
