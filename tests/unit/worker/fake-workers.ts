/**
 * "Workers" over a MessageChannel in this thread, for the page-side clients' tests: what a
 * client sees of a real one (comlink messages, proxies, terminate()), with the api given.
 */
import { expose } from "comlink";
import { MessageChannel, type MessagePort } from "node:worker_threads";
import type { WorkerLike } from "../../../src/worker/worker-endpoint.ts";

export interface FakeWorkers {
  spawn: () => WorkerLike;
  spawned: { port: MessagePort; terminated: boolean }[];
  /** Closes every port (for afterEach). */
  close: () => void;
}

export function fakeWorkers(api: () => object): FakeWorkers {
  const spawned: { port: MessagePort; terminated: boolean }[] = [];
  const spawn = (): WorkerLike => {
    const channel = new MessageChannel();
    expose(api(), channel.port1 as never);
    const record = { port: channel.port2, terminated: false };
    spawned.push(record);
    const port = channel.port2 as unknown as WorkerLike;
    port.terminate = () => {
      record.terminated = true;
      channel.port1.close();
      channel.port2.close();
    };
    return port;
  };
  return { spawn, spawned, close: () => spawned.forEach((worker) => worker.port.close()) };
}
