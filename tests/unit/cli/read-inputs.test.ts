import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nodeIo } from "../../../src/cli/node-io.ts";
import { decodeArticleText, InputProblem, readInput, readInputs } from "../../../src/cli/read-inputs.ts";
import { createRecordingIo } from "./fake-cli-context.ts";

let folder = "";

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "claimbench-read-inputs-"));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function tempFile(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, content);
  return path;
}

async function problemOf(path: string): Promise<InputProblem> {
  try {
    await readInput(path, nodeIo);
  } catch (error) {
    if (error instanceof InputProblem) return error;
    throw error;
  }
  throw new Error(`expected ${path} to be refused`);
}

const bytes = (...values: number[]) => new Uint8Array(values);

describe("decodeArticleText", () => {
  it("returns UTF-8 text without its byte-order mark", () => {
    expect(decodeArticleText(new TextEncoder().encode("\uFEFFCafé: 12 people."))).toEqual({ text: "Café: 12 people." });
  });

  it("refuses an empty or white-space-only input", () => {
    expect(decodeArticleText(bytes())).toEqual({ problem: "file is empty" });
    expect(decodeArticleText(new TextEncoder().encode(" \n\t\r\n"))).toEqual({ problem: "file is empty (only white space)" });
    expect(decodeArticleText(bytes(), "input")).toEqual({ problem: "input is empty" });
  });

  it("refuses a file that is only a date header", () => {
    expect(decodeArticleText(new TextEncoder().encode("date 2020-09-02\n\n"))).toEqual({
      problem: "file has a date header but no text",
    });
  });

  it("refuses NUL bytes, invalid UTF-8, UTF-16 and control-character soup", () => {
    expect(decodeArticleText(bytes(0x48, 0x69, 0x00, 0x21))).toEqual({ problem: "file is binary (it contains NUL bytes)" });
    expect(decodeArticleText(bytes(0x48, 0xc3, 0x28, 0x69))).toEqual({ problem: "file is not UTF-8 text (invalid byte sequence)" });
    expect(decodeArticleText(bytes(0xff, 0xfe, 0x48, 0x00))).toEqual({ problem: "file is UTF-16 text; save it as UTF-8" });
    expect(decodeArticleText(bytes(0x01, 0x02, 0x03, 0x41, 0x04, 0x05))).toEqual({
      problem: "file is binary (mostly control characters)",
    });
  });

  it("keeps text with a stray control character", () => {
    const text = `An article about a terminal \u001b[1m escape code and 42 other things.`;
    expect(decodeArticleText(new TextEncoder().encode(text))).toEqual({ text });
  });
});

describe("readInput on real files", () => {
  it("reads a file and names the article by its base name", async () => {
    const path = await tempFile("story.txt", "date 2020-09-02 Revenue rose 12%.");
    expect(await readInput(path, nodeIo)).toEqual({ path, fileName: "story.txt", text: "date 2020-09-02 Revenue rose 12%." });
  });

  it("names a missing file", async () => {
    const path = join(folder, "missing.txt");
    const problem = await problemOf(path);
    expect(problem.message).toBe(`${path}: no such file`);
  });

  it("names an empty and a binary file", async () => {
    const empty = await tempFile("empty.txt", "   \n");
    expect((await problemOf(empty)).message).toBe(`${empty}: file is empty (only white space)`);
    const binary = await tempFile("image.png", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00));
    expect((await problemOf(binary)).message).toBe(`${binary}: file is binary (it contains NUL bytes)`);
  });

  it("names a directory", async () => {
    expect((await problemOf(folder)).problem).toBe("is a directory, not a file");
  });

  it("says permission denied for EACCES (faked: root reads any file, so chmod cannot make one unreadable)", async () => {
    const io = createRecordingIo();
    io.readFile = async () => {
      throw Object.assign(new Error("denied"), { code: "EACCES" });
    };
    await expect(readInput("secret.txt", io)).rejects.toThrow("secret.txt: cannot read the file (permission denied)");
  });

  it("refuses a file over the size limit without reading it", async () => {
    const io = createRecordingIo();
    io.readFile = async () => {
      throw Object.assign(new Error("big"), { code: "EFBIG" });
    };
    await expect(readInput("huge.txt", io)).rejects.toThrow("huge.txt: file is too large (over 64 MB)");
  });
});

describe("readInputs", () => {
  it("reads standard input under its own name", async () => {
    const io = createRecordingIo({ "a.txt": "One." }, "Two.");
    expect(await readInputs(["a.txt", "-"], io)).toEqual([
      { path: "a.txt", fileName: "a.txt", text: "One." },
      { path: "-", text: "Two." },
    ]);
  });

  it("stops at the first bad input and calls standard input by name", async () => {
    const io = createRecordingIo({ "a.txt": "One." }, "  ");
    await expect(readInputs(["a.txt", "-"], io)).rejects.toThrow("standard input: input is empty (only white space)");
  });
});
