/**
 * The Node entry point behind bin/claimbench.js: wires the real file system, standard
 * streams and extractor into runCli and turns its result into the process exit code.
 */
import { readFileSync } from "node:fs";
import type { CliContext, CliCore } from "./cli-context.ts";
import { nodeIo } from "./node-io.ts";
import { EXIT_FAILURE, runCli } from "./run-cli.ts";

// The core is loaded on first use so that --help and --version never depend on it.
async function loadCore(): Promise<CliCore> {
  return import("../core/extract/extract-claim-set.ts");
}

function packageVersion(): string {
  const packageJson = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version?: string;
  };
  return packageJson.version ?? "unknown";
}

// `claimbench extract ... | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const context: CliContext = { io: nodeIo, loadCore, version: packageVersion() };

try {
  process.exitCode = await runCli(process.argv.slice(2), context);
} catch (error) {
  if ((error as NodeJS.ErrnoException | null)?.code === "EPIPE") process.exit(0);
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`claimbench: internal error: ${message}\n`);
  process.exitCode = EXIT_FAILURE;
}
