/**
 * npm run bench [-- --full]: builds the app, runs every benchmark scenario, prints the tables
 * and writes bench/results.json. Timings are measured beside a floor in the same run, never
 * asserted by tests. --full adds 50 MB of extraction and the table at 500,000 claims.
 */
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { serveDist } from "./browser/harness.ts";
import { benchFirstLoad, benchImport, benchTable, type FirstLoadResult, type ImportResult, type TableResult } from "./browser/scenarios.ts";
import { benchExtraction, type ExtractionResult } from "./extraction.ts";
import { benchCompare, benchExport } from "./node-scenarios.ts";

const full = process.argv.includes("--full");
const sizes = full ? [1, 10, 50] : [1, 5, 10];

// Warm the JIT so the first size is not charged for compilation.
benchExtraction(0.5, 1);

const rows: ExtractionResult[] = [];
for (const size of sizes) {
  const row = benchExtraction(size);
  rows.push(row);
  console.error(`measured ${row.megabytes} MB`);
}
const seeds = benchExtraction(10, 1, "seeds");
console.error("measured the seed articles");

const fmt = (n: number, digits = 2) => n.toFixed(digits);
console.log("\nExtraction in Node (one core), beside Intl.Segmenter alone on the same text\n");
console.log("| corpus | text | articles | claims per KB | extract MB/s | segmenter MB/s | extract / segmenter | s per MB |");
console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
for (const row of [...rows, seeds]) {
  console.log(
    `| ${row.corpus} | ${fmt(row.megabytes, 1)} MB | ${row.articles} | ${fmt(row.claims / (row.megabytes * 1024), 1)} | ${fmt(row.extractMBps)} | ${fmt(row.segmentMBps)} | ${fmt(row.ratio, 1)}x | ${fmt(row.extractSeconds / row.megabytes, 3)} |`,
  );
}
const perMB = rows.map((row) => row.extractSeconds / row.megabytes);
const growth = Math.max(...perMB) / Math.min(...perMB);
const at10 = rows.find((row) => row.megabytes >= 9.5) ?? rows.at(-1)!;
console.log(
  `\ntargets: >= 5 MB/s over 10 MB: ${fmt(at10.extractMBps)} MB/s ${at10.extractMBps >= 5 ? "met" : "NOT MET"}; ` +
    `linear (seconds per MB within 1.5x across sizes): ${fmt(growth)}x ${growth <= 1.5 ? "met" : "NOT MET"}`,
);

// 4 and 5: comparison grouping and export, in Node.
const compare = benchCompare();
console.error("measured comparison grouping");
const exports = benchExport();
console.error("measured export");
console.log("\nComparison grouping over quantity claims (Node), beside reading every figure's interval\n");
console.log("| quantity claims | groups | seconds | per 10,000 claims | floor (intervals only) | heap kept | peak RSS |");
console.log("|---:|---:|---:|---:|---:|---:|---:|");
for (const row of compare) {
  console.log(
    `| ${row.claims.toLocaleString("en")} | ${row.groups.toLocaleString("en")} | ${fmt(row.seconds)} | ${fmt((row.seconds / row.claims) * 10_000, 3)} s | ${fmt(row.floorSeconds)} s | ${fmt(row.retainedMB, 0)} MB | ${fmt(row.peakRssMB, 0)} MB |`,
  );
}
console.log("\nExport of claims (Node), beside JSON.stringify of the same claim set\n");
console.log("| claims | format | file | seconds | JSON.stringify | peak RSS |");
console.log("|---:|---|---:|---:|---:|---:|");
for (const row of exports) {
  console.log(`| ${row.claims.toLocaleString("en")} | ${row.format} | ${fmt(row.megabytes, 0)} MB | ${fmt(row.seconds)} | ${fmt(row.floorSeconds)} s | ${fmt(row.peakRssMB, 0)} MB |`);
}

// 2, 3 and 6: in Chromium, against the production build.
const server = await serveDist(process.cwd());
let firstLoad: FirstLoadResult;
let importing: ImportResult;
const tables: TableResult[] = [];
try {
  firstLoad = await benchFirstLoad(server.url, process.cwd());
  console.error("measured first load");
  importing = await benchImport(server.url, 1000);
  console.error("measured import");
  for (const count of full ? [100_000, 500_000] : [100_000]) {
    tables.push(await benchTable(server.url, count));
    console.error(`measured the table at ${count} claims`);
  }
} finally {
  await server.close();
}
console.log("\nFirst load (production build, Chromium)\n");
console.log("| JS + CSS gzip | largest chunk gzip | first claim row, cold (seeds extracted) | first claim row, service worker warm |");
console.log("|---:|---:|---:|---:|");
console.log(`| ${fmt(firstLoad.gzipKB, 0)} KB | ${fmt(firstLoad.largestChunkGzipKB, 0)} KB | ${fmt(firstLoad.coldSeconds)} s | ${fmt(firstLoad.warmSeconds)} s |`);
console.log("\nImport in Chromium: file drop to rows stored, beside a raw IndexedDB write of the same rows in one transaction\n");
console.log("| articles | claims | import | raw write | import / raw | longest task | tasks over 100 ms |");
console.log("|---:|---:|---:|---:|---:|---:|---:|");
console.log(
  `| ${importing.articles.toLocaleString("en")} | ${importing.claims.toLocaleString("en")} | ${fmt(importing.seconds)} s | ${fmt(importing.rawWriteSeconds)} s | ${fmt(importing.seconds / importing.rawWriteSeconds, 1)}x | ${fmt(importing.longestTaskMs, 0)} ms | ${importing.tasksOver100ms} |`,
);
console.log("\nThe claims table in Chromium, beside a raw IndexedDB read, a plain filter and a plain sort in the same page\n");
console.log("| claims | first rows | all rows | raw read | keystroke | plain filter | sort | plain sort | status edit | long tasks scrolling |");
console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const row of tables) {
  console.log(
    `| ${row.claims.toLocaleString("en")} | ${fmt(row.firstRowsSeconds)} s | ${fmt(row.allRowsSeconds)} s | ${fmt(row.rawReadSeconds)} s | ${fmt(row.keystrokeMs, 0)} ms | ${fmt(row.filterFloorMs, 0)} ms | ${fmt(row.sortMs, 0)} ms | ${fmt(row.sortFloorMs, 0)} ms | ${fmt(row.statusEditMs, 0)} ms | ${row.scrollLongTasks} (longest ${fmt(row.scrollLongestMs, 0)} ms) |`,
  );
}
const table100k = tables[0]!;
console.log(
  `\ntargets at 100,000: first rows < 1 s: ${table100k.firstRowsSeconds < 1 ? "met" : "NOT MET"}; keystroke < 100 ms: ${table100k.keystrokeMs < 100 ? "met" : "NOT MET"}; ` +
    `status edit < 50 ms: ${table100k.statusEditMs < 50 ? "met" : "NOT MET"}; no long task scrolling: ${table100k.scrollLongTasks === 0 ? "met" : "NOT MET"}; ` +
    `import within 1.5x of raw: ${importing.seconds / importing.rawWriteSeconds <= 1.5 ? "met" : "NOT MET"}; no task over 100 ms importing: ${importing.tasksOver100ms === 0 ? "met" : "NOT MET"}`,
);

const machine = `${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
writeFileSync(
  "bench/results.json",
  `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), machine, extraction: [...rows, seeds], compare, export: exports, firstLoad, import: importing, table: tables }, null, 2)}\n`,
);
console.log(`\nmachine: ${machine}\nwrote bench/results.json`);
