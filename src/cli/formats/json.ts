/**
 * JSON output of the commands that print something other than a claim set: an array with
 * one item per line — valid JSON that still reads well and greps by line. A claim set as
 * JSON is an export: src/io/export/claim-set-json.ts.
 */

export function arrayToJsonOnePerLine(items: readonly unknown[]): string {
  if (items.length === 0) return "[]\n";
  return `[\n${items.map((item) => `  ${JSON.stringify(item)}`).join(",\n")}\n]\n`;
}
