/**
 * Evidence for what falls short: a CPU profile of the page's main thread (Chrome DevTools
 * Protocol, sampling) over one step, summarised as the functions that took the time, named
 * by the build's source maps (the bundle is minified; vite.config.ts builds with source maps).
 * Used by `npm run bench -- --profile`; profiling slows the page a little, so the timings of
 * a profiled run are not the ones reported.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { CDPSession, Page } from "playwright-core";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Hotspot {
  /** Original function name (from the source map) and where it is. */
  name: string;
  selfMs: number;
  totalMs: number;
}

export interface ProfileSummary {
  /** Wall time profiled. */
  ms: number;
  /** Functions by time spent in them and their callees (each counted once per sample). */
  byTotal: Hotspot[];
  /** Functions by time spent in their own code. */
  bySelf: Hotspot[];
}

export class Profiler {
  private constructor(
    private readonly session: CDPSession,
    private readonly page: Page,
    /** performance.now() in the page when the profile started. */
    private startedAt = 0,
  ) {}

  static async attach(page: Page): Promise<Profiler> {
    const session = await page.context().newCDPSession(page);
    await session.send("Profiler.enable");
    await session.send("Profiler.setSamplingInterval", { interval: 250 });
    return new Profiler(session, page);
  }

  async start(): Promise<void> {
    await this.session.send("Profiler.start");
    this.startedAt = await this.page.evaluate(() => performance.now());
  }

  /** Stops and summarises; `window` keeps only the samples between two page times (performance.now()). */
  async stop(dist: string, window?: { from: number; to: number }): Promise<ProfileSummary> {
    const { profile } = (await this.session.send("Profiler.stop")) as unknown as { profile: CpuProfile };
    return summarise(profile, dist, this.startedAt, window);
  }

  async detach(): Promise<void> {
    await this.session.detach();
  }
}

function summarise(profile: CpuProfile, dist: string, startedAt: number, window?: { from: number; to: number }): ProfileSummary {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const names = new Map<number, string>();
  const nameOf = (id: number): string => {
    let name = names.get(id);
    if (name === undefined) {
      name = describe(byId.get(id)!.callFrame, dist);
      names.set(id, name);
    }
    return name;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let elapsed = 0;
  let ms = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    elapsed += (profile.timeDeltas[i] ?? 0) / 1000;
    const at = startedAt + elapsed;
    if (window !== undefined && (at < window.from || at > window.to)) continue;
    ms += delta;
    const leaf = profile.samples[i]!;
    const leafName = nameOf(leaf);
    self.set(leafName, (self.get(leafName) ?? 0) + delta);
    const seen = new Set<string>();
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      const name = nameOf(id);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + delta);
    }
  }
  const skip = new Set(["(root)", "(program)", "(idle)"]);
  const top = (map: Map<string, number>, other: Map<string, number>, key: "selfMs" | "totalMs"): Hotspot[] =>
    [...map]
      .filter(([name]) => !skip.has(name))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([name, value]) => {
        const hotspot = { name, selfMs: 0, totalMs: 0 };
        hotspot[key] = round(value);
        hotspot[key === "selfMs" ? "totalMs" : "selfMs"] = round(other.get(name) ?? 0);
        return hotspot;
      });
  return { ms: round(ms), byTotal: top(total, self, "totalMs"), bySelf: top(self, total, "selfMs") };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

// --- source maps -----------------------------------------------------------------------

interface Segment {
  column: number;
  source: number;
  line: number;
  name: number;
}

interface LoadedMap {
  sources: string[];
  names: string[];
  lines: Segment[][];
}

const maps = new Map<string, LoadedMap | null>();

function describe(frame: CallFrame, dist: string): string {
  if (frame.url === "" || !frame.url.startsWith("http")) return frame.functionName === "" ? "(anonymous)" : frame.functionName;
  const file = new URL(frame.url).pathname;
  const map = loadMap(path.join(dist, file));
  const original = map === null ? null : lookup(map, frame.lineNumber, frame.columnNumber);
  if (original === null) return `${frame.functionName || "(anonymous)"} (${path.basename(file)}:${frame.lineNumber + 1})`;
  const source = shorten(original.source);
  return `${original.name ?? (frame.functionName || "(anonymous)")} (${source}:${original.line})`;
}

function shorten(source: string): string {
  const modules = source.lastIndexOf("node_modules/");
  if (modules >= 0) return source.slice(modules + "node_modules/".length);
  const src = source.lastIndexOf("src/");
  return src >= 0 ? source.slice(src) : source.replace(/^(\.\.\/)+/, "");
}

function loadMap(file: string): LoadedMap | null {
  if (maps.has(file)) return maps.get(file)!;
  let loaded: LoadedMap | null = null;
  if (existsSync(`${file}.map`)) {
    const raw = JSON.parse(readFileSync(`${file}.map`, "utf8")) as { sources: string[]; names: string[]; mappings: string };
    loaded = { sources: raw.sources, names: raw.names, lines: decodeMappings(raw.mappings) };
  }
  maps.set(file, loaded);
  return loaded;
}

/** The original position of a generated one (0-based line and column): the segment at or before it. */
function lookup(map: LoadedMap, line: number, column: number): { source: string; line: number; name?: string } | null {
  const segments = map.lines[line];
  if (segments === undefined || segments.length === 0) return null;
  let found: Segment | undefined;
  for (const segment of segments) {
    if (segment.column > column) break;
    found = segment;
  }
  found ??= segments[0]!;
  if (found.source < 0) return null;
  const result: { source: string; line: number; name?: string } = { source: map.sources[found.source] ?? "?", line: found.line + 1 };
  if (found.name >= 0) result.name = map.names[found.name]!;
  return result;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Source map v3 "mappings": base64 VLQ, fields relative to the previous segment. */
function decodeMappings(mappings: string): Segment[][] {
  const lines: Segment[][] = [];
  let source = 0;
  let line = 0;
  let name = 0;
  for (const text of mappings.split(";")) {
    const segments: Segment[] = [];
    let generated = 0;
    for (const part of text.split(",")) {
      if (part === "") continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of part) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      generated += fields[0]!;
      if (fields.length >= 4) {
        source += fields[1]!;
        line += fields[2]!; // fields[3], the original column, is not needed
        if (fields.length >= 5) name += fields[4]!;
        segments.push({ column: generated, source, line, name: fields.length >= 5 ? name : -1 });
      } else {
        segments.push({ column: generated, source: -1, line: 0, name: -1 });
      }
    }
    lines.push(segments);
  }
  return lines;
}
