#!/usr/bin/env node
// The `claimbench` command: registers tsx so Node runs the TypeScript sources directly
// (no build step after `npm ci`), then hands over to src/cli/main.ts.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
