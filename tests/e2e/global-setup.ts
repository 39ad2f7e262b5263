/**
 * Global setup of the "e2e" vitest project: serves the built app (dist/, made by
 * `vite build` in `npm run test:e2e`) with `vite preview` on a free port of 127.0.0.1,
 * hands its address to the tests as `inject("baseUrl")`, and stops it afterwards.
 */
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { preview, type PreviewServer } from "vite";
import type { TestProject } from "vitest/node";
import { CHROMIUM_PATH } from "./browser.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The served app's origin plus "/", e.g. "http://127.0.0.1:41234/". */
    baseUrl: string;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `claimbench: end-to-end tests need Debian's chromium at ${CHROMIUM_PATH} — run: sudo apt-get install chromium`,
    );
  }
  const dist = path.join(root, "dist");
  if (!existsSync(path.join(dist, "index.html"))) {
    throw new Error(`claimbench e2e: ${dist}/index.html is missing — run \`npm run test:e2e\`, which builds first.`);
  }

  // configFile: false — serve dist/ as built; the project's config is for building and testing.
  const server: PreviewServer = await preview({
    root,
    configFile: false,
    logLevel: "warn",
    build: { outDir: dist },
    preview: { host: "127.0.0.1", port: 0, strictPort: true, open: false },
  });

  const address = server.httpServer.address() as AddressInfo | null;
  if (address === null || typeof address === "string") {
    await server.close();
    throw new Error("claimbench e2e: vite preview is not listening");
  }
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  await waitUntilAnswering(baseUrl);
  project.provide("baseUrl", baseUrl);

  return async () => {
    await server.close();
  };
}

async function waitUntilAnswering(url: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
      lastError = new Error(`HTTP ${response.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`claimbench e2e: ${url} did not answer within ${timeoutMs} ms: ${String(lastError)}`);
}
