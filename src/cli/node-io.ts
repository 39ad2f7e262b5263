/** CliIo over Node: files read whole with a size limit checked first, and the standard streams. */
import { open } from "node:fs/promises";
import type { CliIo } from "./cli-context.ts";

function tooLarge(message: string): Error {
  return Object.assign(new Error(message), { code: "EFBIG" });
}

export const nodeIo: CliIo = {
  async readFile(path, maxBytes) {
    const handle = await open(path, "r");
    try {
      const { size } = await handle.stat();
      if (size > maxBytes) throw tooLarge(`${path} is ${size} bytes`);
      return new Uint8Array(await handle.readFile());
    } finally {
      await handle.close();
    }
  },
  async readStdin(maxBytes) {
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw tooLarge("standard input is too large");
      chunks.push(chunk);
    }
    return new Uint8Array(Buffer.concat(chunks));
  },
  writeStdout(text) {
    return new Promise((resolve, reject) => {
      process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
    });
  },
  writeStderr(text) {
    process.stderr.write(text);
  },
};
