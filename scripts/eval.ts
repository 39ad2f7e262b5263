/**
 * npm run eval [-- --json] [-- --misses]: scores the extractor against the seed articles'
 * reference annotation and prints precision and recall per aspect.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GoldFile, scoreAgainstGold, type Score } from "./gold/score-against-gold.ts";

const goldPath = join("tests", "fixtures", "seeds.gold.json");
const gold = GoldFile.parse(JSON.parse(readFileSync(goldPath, "utf8")));
const report = scoreAgainstGold(gold, (file) => readFileSync(join("seeds", file), "utf8"));

if (process.argv.includes("--json")) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`.padStart(7);
  const row = (name: string, s: Score) =>
    `${name.padEnd(13)}${pct(s.precision)}${pct(s.recall)}   tp ${s.tp}  fp ${s.fp}  fn ${s.fn}`;
  console.log(`claimbench extraction vs ${goldPath}\n`);
  console.log(`${"".padEnd(13)}precision recall`);
  console.log(row("claims", report.claims));
  console.log(row("quantities", report.quantities));
  console.log(row("attribution", report.attribution));
  console.log(row("dates", report.dates));
  console.log(row("boilerplate", report.boilerplate));
  console.log(row("duplicates", report.duplicates));
  console.log(`\nkind agrees with gold on ${pct(report.kindAccuracy).trim()} of matched claims`);
  console.log(`counted noun agrees on ${pct(report.countedAccuracy).trim()} of matched quantities`);
  console.log(`${report.datesGoldLeavesOpen} claims carry a date where the gold gives none (not scored)`);
  console.log(
    "\nclaims precision counts every extracted claim the gold does not list as a miss, although the gold lists only the main check-worthy claims.",
  );
  if (process.argv.includes("--misses")) {
    console.log(`\n${report.misses.length} differences:`);
    for (const miss of report.misses) console.log(`  - ${miss}`);
  } else if (report.misses.length > 0) {
    console.log(`(${report.misses.length} differences: npm run eval -- --misses lists them)`);
  }
}
