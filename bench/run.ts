/**
 * npm run bench [-- --full]: runs the benchmark scenarios, prints a table and writes
 * bench/results.json. Timings are measured beside a floor in the same run, never asserted
 * by tests. --full adds the 50 MB size.
 */
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { benchExtraction, type ExtractionResult } from "./extraction.ts";

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

const machine = `${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
writeFileSync(
  "bench/results.json",
  `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), machine, extraction: [...rows, seeds] }, null, 2)}\n`,
);
console.log(`\nmachine: ${machine}\nwrote bench/results.json`);
