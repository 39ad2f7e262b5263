/**
 * npm run bench [-- --full] [-- --only=import,table] [-- --profile]: builds the app (the npm
 * script runs `vite build` first), runs the benchmark scenarios, prints the tables and writes
 * bench/results.json (a scenario run alone replaces only its own entry). Every timing is
 * measured beside a floor in the same run, so the ratio holds on a noisy machine; timings are
 * benchmarks, never test assertions.
 *
 *   extraction  1. extraction MB/s in Node beside Intl.Segmenter alone (--full: 1, 10, 50 MB)
 *   import      2. 1,000 articles dropped on the Import view beside a raw IndexedDB write
 *   table       3. the claims table at 100,000 claims (--full: and 500,000)
 *   compare     4. comparison grouping at 10k, 50k and 100k quantity claims
 *   export      5. export of 100,000 claims to JSON and CSV beside JSON.stringify
 *   first-load  6. bundle size and time to the first claim row, cold and service worker warm
 *
 * --profile repeats the browser steps under the CPU profiler and stores where the time went.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import path from "node:path";
import { benchFirstLoad, type FirstLoadBench } from "./browser/first-load.ts";
import { benchImport, type ImportBench } from "./browser/import.ts";
import { ROOT, serve, type Server } from "./browser/session.ts";
import { benchTable, tableTemplate, type TableBench } from "./browser/table.ts";
import { compareMemory } from "./compare-memory.ts";
import { benchExport, type ExportBench } from "./export.ts";
import { benchExtraction, type ExtractionResult } from "./extraction.ts";
import { benchCompare } from "./node-scenarios.ts";

const SCENARIOS = ["extraction", "import", "table", "compare", "export", "first-load"] as const;
type Scenario = (typeof SCENARIOS)[number];

const args = process.argv.slice(2);
const full = args.includes("--full");
const profile = args.includes("--profile");
const only = args.find((arg) => arg.startsWith("--only="))?.slice("--only=".length).split(",");
for (const name of only ?? []) if (!(SCENARIOS as readonly string[]).includes(name)) throw new Error(`unknown scenario ${name}: one of ${SCENARIOS.join(", ")}`);
const runs = (scenario: Scenario) => only === undefined || only.includes(scenario);
const dist = path.join(ROOT, "dist");

const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
const ms = (n: number) => `${fmt(n, 0)} ms`;
const s = (n: number) => `${fmt(n, 2)} s`;
const times = (a: number, b: number) => `${fmt(a / b, 1)}x`;
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const met = (ok: boolean) => (ok ? "met" : "**not met**");
const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** One line of the summary: what, the figure, its floor, the ratio, the target. */
const summary: string[][] = [];
const sum = (scenario: string, measure: string, value: string, floor: string, ratio: string, target: string) =>
  summary.push([scenario, measure, value, floor, ratio, target]);

const results: Record<string, unknown> = existsSync("bench/results.json") ? (JSON.parse(readFileSync("bench/results.json", "utf8")) as Record<string, unknown>) : {};
const machine = `${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const date = new Date().toISOString().slice(0, 10);
// What was measured: the commit, and the files changed beside it (others work in the same tree).
const git = (...command: string[]) => execFileSync("git", command, { cwd: ROOT, encoding: "utf8" }).trimEnd();
const commit = git("rev-parse", "--short", "HEAD");
const uncommitted = git("status", "--porcelain", "--", "src", "index.html", "vite.config.ts").split("\n").filter(Boolean).map((line) => line.slice(3));
const record = (key: string, value: unknown) => (results[key] = { date, machine, commit, uncommitted, ...(value as object) });

// 1. Extraction in Node.
if (runs("extraction")) {
  const sizes = full ? [1, 10, 50] : [1, 5, 10];
  benchExtraction(0.5, 1); // warm the JIT so the first size is not charged for compilation
  const rows: ExtractionResult[] = [];
  for (const size of sizes) {
    rows.push(benchExtraction(size));
    log(`extraction: ${size} MB`);
  }
  const seeds = benchExtraction(10, 3, "seeds");
  log("extraction: the seed articles");
  console.log("\n1. Extraction in Node (one core), beside Intl.Segmenter alone on the same text\n");
  console.log("| corpus | text | articles | claims per KB | extract MB/s | segmenter MB/s | extract / segmenter | s per MB |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const row of [...rows, seeds]) {
    console.log(
      `| ${row.corpus} | ${fmt(row.megabytes, 1)} MB | ${row.articles} | ${fmt(row.claims / (row.megabytes * 1024), 1)} | ${fmt(row.extractMBps)} | ${fmt(row.segmentMBps)} | ${fmt(row.ratio, 1)}x | ${fmt(row.extractSeconds / row.megabytes, 3)} |`,
    );
  }
  const perMB = rows.map((row) => row.extractSeconds / row.megabytes);
  const growth = Math.max(...perMB) / Math.min(...perMB);
  const at10 = rows.find((row) => Math.abs(row.megabytes - 10) < 0.5)!;
  sum("1 extraction (Node)", "10 MB generated", `${fmt(at10.extractMBps)} MB/s`, `segmenter ${fmt(at10.segmentMBps)} MB/s`, `${fmt(at10.ratio, 1)}x`, `≥ 5 MB/s: ${met(at10.extractMBps >= 5)}; ≤ 5x: ${met(at10.ratio <= 5)}`);
  sum("1 extraction (Node)", `s per MB, ${sizes[0]} → ${sizes.at(-1)} MB`, `${fmt(Math.min(...perMB), 3)}–${fmt(Math.max(...perMB), 3)}`, "", `${fmt(growth)}x`, `linear (≤ 1.5x): ${met(growth <= 1.5)}`);
  record("extraction", { rows: [...rows, seeds] });
}

// 4. Comparison grouping in Node.
if (runs("compare")) {
  const counts = [10_000, 50_000, 100_000];
  const compare = benchCompare(counts);
  const memory = await compareMemory(counts);
  log("comparison grouping");
  console.log("\n4. Comparison grouping over quantity claims (Node), beside one pass reading every figure's interval\n");
  console.log("| quantity claims | groups | seconds | per 10,000 claims | floor | heap kept | heap growth while grouping (claims themselves) |");
  console.log("|---:|---:|---:|---:|---:|---:|---:|");
  compare.forEach((row, index) => {
    console.log(
      `| ${row.claims.toLocaleString("en")} | ${row.groups.toLocaleString("en")} | ${s(row.seconds)} | ${s((row.seconds / row.claims) * 10_000)} | ${s(row.floorSeconds)} | ${fmt(row.retainedMB, 0)} MB | ${fmt(memory[index]!.heapGrowthMB, 0)} MB (${fmt(memory[index]!.inputMB, 0)} MB) |`,
    );
  });
  const first = compare[0]!;
  const last = compare.at(-1)!;
  const growth = last.seconds / last.claims / (first.seconds / first.claims);
  sum("4 grouping (Node)", "100,000 quantity claims", s(last.seconds), `intervals ${s(last.floorSeconds)}`, times(last.seconds, last.floorSeconds), `near-linear (time per claim 10k → 100k: ${fmt(growth)}x): ${met(growth <= 1.5)}`);
  const memoryGrowth = memory.at(-1)!.heapGrowthMB / memory.at(-1)!.claims / (memory[0]!.heapGrowthMB / memory[0]!.claims);
  sum("4 grouping (Node)", "peak memory at 100,000 (heap growth)", `${fmt(memory.at(-1)!.heapGrowthMB, 0)} MB`, `the claims ${fmt(memory.at(-1)!.inputMB, 0)} MB`, "", `per claim 10k → 100k: ${fmt(memoryGrowth)}x`);
  record("compare", { rows: compare.map((row, index) => ({ ...row, heapGrowthMB: memory[index]!.heapGrowthMB, inputMB: memory[index]!.inputMB })) });
}

// 5. Export in Node.
if (runs("export")) {
  const rows: ExportBench[] = await benchExport(100_000);
  log("export");
  const floor = rows.find((row) => row.format === "JSON.stringify")!;
  console.log("\n5. Export of 100,000 claims (Node, each in a fresh heap), beside JSON.stringify of the same claim set\n");
  console.log("| claims | format | file | seconds | / JSON.stringify | heap growth (claim set itself) |");
  console.log("|---:|---|---:|---:|---:|---:|");
  for (const row of rows) {
    console.log(`| ${row.claims.toLocaleString("en")} | ${row.format} | ${fmt(row.megabytes, 0)} MB | ${s(row.seconds)} | ${times(row.seconds, floor.seconds)} | ${fmt(row.heapGrowthMB, 0)} MB (${fmt(row.inputMB, 0)} MB) |`);
  }
  for (const row of rows.filter((row) => row !== floor)) {
    sum("5 export (Node)", `100,000 claims, ${row.format.toUpperCase()}`, `${s(row.seconds)}, heap +${fmt(row.heapGrowthMB, 0)} MB`, `JSON.stringify ${s(floor.seconds)}, +${fmt(floor.heapGrowthMB, 0)} MB`, times(row.seconds, floor.seconds), "reported");
  }
  record("export", { rows });
}

// 2, 3 and 6 in Chromium, against the production build in dist/.
if (runs("first-load") || runs("import") || runs("table")) {
  if (!existsSync(path.join(dist, "index.html"))) throw new Error("dist/index.html is missing: run `npm run bench`, which builds first");
  const server: Server = await serve(dist);
  try {
    if (runs("first-load")) {
      const load: FirstLoadBench = await benchFirstLoad(server);
      log("first load");
      const cold = median(load.cold.map((run) => run.firstRowMs));
      const coldPaint = median(load.cold.map((run) => run.firstContentfulPaintMs));
      const warm = median(load.warm.map((run) => run.firstRowMs));
      const warmPaint = median(load.warm.map((run) => run.firstContentfulPaintMs));
      const { bundle } = load;
      console.log("\n6. First load (production build, Chromium): navigation to the first claim row painted, median of 3, beside the first contentful paint\n");
      console.log("| JS + CSS gzip (raw) | loaded at start, gzip | largest chunk, gzip | cold: first row | cold: first paint | warm (service worker): first row | warm: first paint |");
      console.log("|---:|---:|---|---:|---:|---:|---:|");
      console.log(
        `| ${fmt(bundle.gzipKB, 0)} KB (${fmt(bundle.rawKB, 0)} KB) in ${bundle.files} files | ${fmt(bundle.atStartGzipKB, 0)} KB | ${bundle.largest.file} ${fmt(bundle.largest.gzipKB, 0)} KB | ${ms(cold)} | ${ms(coldPaint)} | ${ms(warm)}${load.warm.every((run) => run.serviceWorker) ? "" : " (not controlled!)"} | ${ms(warmPaint)} |`,
      );
      sum("6 first load", "bundle, gzip", `${fmt(bundle.gzipKB, 0)} KB`, `at start ${fmt(bundle.atStartGzipKB, 0)} KB`, "", `reported; largest ${bundle.largest.file} ${fmt(bundle.largest.gzipKB, 0)} KB`);
      sum("6 first load", "first claim row, cold (seeds extracted)", ms(cold), `first paint ${ms(coldPaint)}`, times(cold, coldPaint), "reported");
      sum("6 first load", "first claim row, service worker warm", ms(warm), `first paint ${ms(warmPaint)}`, times(warm, warmPaint), "reported");
      record("firstLoad", load);
    }

    if (runs("import")) {
      const imported: ImportBench = await benchImport(server, 1000, { profile });
      log("import");
      console.log("\n2. Import in Chromium: 1,000 files dropped on the Import view to the result shown (every row stored), beside a raw IndexedDB write of the same rows in one transaction; the fastest of 3 rounds of each, the worst round's long tasks\n");
      console.log("| articles | text | claims | import | reading / extracting and storing (worker) / committing | raw write | import / raw | long tasks > 100 ms (longest) | raw write: long tasks > 100 ms (longest) |");
      console.log("|---:|---:|---:|---:|---|---:|---:|---:|---:|");
      console.log(
        `| ${imported.articles.toLocaleString("en")} | ${fmt(imported.megabytes, 1)} MB | ${imported.claims.toLocaleString("en")} | ${s(imported.seconds)} | ${s(imported.readingSeconds ?? NaN)} / ${s(imported.extractingSeconds ?? NaN)} / ${s(imported.savingSeconds ?? NaN)} | ${s(imported.rawWriteSeconds)} | ${times(imported.seconds, imported.rawWriteSeconds)} | ${imported.longTasks.over100} (${ms(imported.longTasks.longestMs)}) | ${imported.rawLongTasks.over100} (${ms(imported.rawLongTasks.longestMs)}) |`,
      );
      const rounds = (imported.rounds ?? []).map((round) => `${s(round.seconds)} / ${s(round.rawWriteSeconds)}`).join(", ");
      console.log(`\nEach round, import / raw write: ${rounds}`);
      const ratio = imported.seconds / imported.rawWriteSeconds;
      sum("2 import (Chromium)", `1,000 articles, ${imported.claims.toLocaleString("en")} claims`, s(imported.seconds), `raw write ${s(imported.rawWriteSeconds)}`, times(imported.seconds, imported.rawWriteSeconds), `≤ 1.5x: ${met(ratio <= 1.5)}`);
      sum("2 import (Chromium)", "main thread during the import", `${imported.longTasks.over100} tasks > 100 ms, longest ${ms(imported.longTasks.longestMs)}`, `raw write: longest ${ms(imported.rawLongTasks.longestMs)}`, "", `none > 100 ms: ${met(imported.longTasks.over100 === 0)}`);
      record("import", imported);
    }

    if (runs("table")) {
      const template = tableTemplate();
      const tables: TableBench[] = [];
      for (const count of full ? [100_000, 500_000] : [100_000]) {
        tables.push(await benchTable(server, count, { template, profile: profile && count === 100_000 }));
        log(`table at ${count.toLocaleString("en")} claims`);
      }
      console.log("\n3. The claims table in Chromium (input to the frame that paints the change), beside floors in the same page over the same rows\n");
      console.log("| claims | first rows | all rows | raw getAll: first 5,000 / all | first keystroke | later keystroke | Array.filter | sort | Array.sort | status edit | edits: IndexedDB records read | long tasks while scrolling (longest) | heap |");
      console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
      for (const row of tables) {
        console.log(
          `| ${row.claims.toLocaleString("en")} | ${ms(row.firstRowsMs)} | ${ms(row.allRowsMs)} | ${ms(row.rawReadFirstPageMs)} / ${ms(row.rawReadAllMs)} | ${ms(row.keystroke.firstMs)} | ${ms(row.keystroke.laterMs)} | ${ms(row.keystroke.floorMs)} | ${ms(row.sort.ms)} | ${ms(row.sort.floorMs)} | ${ms(row.edit.ms)} | ${row.edit.idbReads.records} | ${row.scroll.longTasks.count} (${ms(row.scroll.longTasks.longestMs)}) | ${row.heapMB} MB |`,
        );
      }
      for (const row of tables) {
        const n = row.claims.toLocaleString("en");
        const at100k = row.claims === 100_000;
        const target = (text: string, ok: boolean) => (at100k ? `${text}: ${met(ok)}` : "reported");
        sum(`3 table, ${n}`, "open → first rows painted", ms(row.firstRowsMs), `getAll first 5,000 ${ms(row.rawReadFirstPageMs)}; all ${ms(row.rawReadAllMs)}`, times(row.firstRowsMs, row.rawReadFirstPageMs), target("< 1 s", row.firstRowsMs < 1000));
        sum(`3 table, ${n}`, "open → every claim loaded", ms(row.allRowsMs), `getAll ${ms(row.rawReadAllMs)}`, times(row.allRowsMs, row.rawReadAllMs), "reported");
        sum(`3 table, ${n}`, `search keystroke "${row.keystroke.character}" → rows (first / later)`, `${ms(row.keystroke.firstMs)} / ${ms(row.keystroke.laterMs)}`, `Array.filter ${ms(row.keystroke.floorMs)}`, times(row.keystroke.laterMs, row.keystroke.floorMs), target("< 100 ms", row.keystroke.firstMs < 100 && row.keystroke.laterMs < 100));
        sum(`3 table, ${n}`, "sort (header click) → rows", ms(row.sort.ms), `Array.sort ${ms(row.sort.floorMs)}`, times(row.sort.ms, row.sort.floorMs), "reported");
        sum(`3 table, ${n}`, "status key → row repainted", ms(row.edit.ms), `${row.edit.idbReads.records} IndexedDB records read in ${row.edit.edits} edits`, "", target("< 50 ms, no re-read of every claim", row.edit.ms < 50 && row.edit.idbReads.records < 100 * row.edit.edits));
        sum(`3 table, ${n}`, "status key while the rest still load → row repainted", ms(row.editWhileLoading.ms), `${row.editWhileLoading.shown ? "new status shown" : "new status not shown"}, ${row.editWhileLoading.stillLoading ? "before the load finished" : "after the load"}`, "", "reported");
        sum(`3 table, ${n}`, "scrolling 2 s", `${row.scroll.longTasks.count} long tasks (longest ${ms(row.scroll.longTasks.longestMs)})`, `${row.scroll.frames} frames, longest ${ms(row.scroll.longestFrameMs)}`, "", target("no long task", row.scroll.longTasks.count === 0));
      }
      record("table", { rows: tables });
    }
  } finally {
    await server.close();
  }
}

console.log("\nSummary (each figure beside its floor, measured in the same run)\n");
console.log("| scenario | measure | value | floor | ratio | target |");
console.log("|---|---|---:|---|---:|---|");
for (const line of summary) console.log(`| ${line.join(" | ")} |`);
results.date = date;
results.machine = machine;
writeFileSync("bench/results.json", `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${date}, ${machine}, commit ${commit}${uncommitted.length > 0 ? ` with uncommitted changes to ${uncommitted.join(", ")}` : ""}\nwrote bench/results.json`);
