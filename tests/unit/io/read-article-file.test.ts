import { describe, expect, it } from "vitest";
import type { HtmlDocument } from "../../../src/io/html-to-text.ts";
import {
  articleFileKind,
  formatMegabytes,
  MAX_ARTICLE_FILE_BYTES,
  readArticleFile,
  readArticleFiles,
  READ_TOGETHER_BYTES,
  type ArticleFileLike,
} from "../../../src/io/read-article-file.ts";
import { el, page } from "./fake-html.ts";

function fakeFile(name: string, content: string | Uint8Array, overrides: Partial<ArticleFileLike> = {}): ArticleFileLike {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return {
    name,
    size: bytes.length,
    type: "",
    arrayBuffer: async () => bytes.slice().buffer,
    ...overrides,
  };
}

/** Records the HTML it was given and returns a fixed document. */
function fakeParser(document: HtmlDocument = page([], [el("p", {}, "Parsed text.")])) {
  const seen: string[] = [];
  const parseHtml = (html: string) => {
    seen.push(html);
    return document;
  };
  return { parseHtml, seen };
}

const read = (file: ArticleFileLike, parser = fakeParser()) => readArticleFile(file, { parseHtml: parser.parseHtml });

describe("articleFileKind", () => {
  it.each([
    ["story.txt", "text"],
    ["STORY.TXT", "text"],
    ["notes.md", "markdown"],
    ["notes.markdown", "markdown"],
    ["page.html", "html"],
    ["page.HTM", "html"],
    ["report.pdf", null],
    ["archive.tar.gz", null],
  ])("%s -> %s", (name, kind) => {
    expect(articleFileKind(name)).toBe(kind);
  });

  it("falls back to the MIME type only when the name has no extension", () => {
    expect(articleFileKind("README", "text/plain")).toBe("text");
    expect(articleFileKind("page", "text/html; charset=utf-8")).toBe("html");
    expect(articleFileKind("blob", "application/octet-stream")).toBeNull();
    expect(articleFileKind("story.pdf", "text/plain")).toBeNull();
  });
});

describe("readArticleFile", () => {
  it("passes a text file as it is, named by the file", async () => {
    const raw = "date 2020-09-02 MINSK -- More than 120 people were detained.";
    expect(await read(fakeFile("000.txt", raw))).toEqual({ fileName: "000.txt", ok: true, input: { raw, fileName: "000.txt" } });
  });

  it("reduces Markdown to text and takes its front matter", async () => {
    const result = await read(fakeFile("a.md", "---\ntitle: Held\ndate: 2020-09-02\n---\n# Held\n\n**128** people were [held](x)."));
    expect(result).toEqual({
      fileName: "a.md",
      ok: true,
      input: { raw: "Held\n\n128 people were held.", title: "Held", date: "2020-09-02", fileName: "a.md" },
    });
  });

  it("hands HTML to the parser and keeps title, date, outlet and address", async () => {
    const document = page(
      [
        el("title", {}, "Page title"),
        el("meta", { property: "article:published_time", content: "2020-09-14" }),
        el("meta", { property: "og:site_name", content: "AP" }),
        el("link", { rel: "canonical", href: "https://apnews.com/x" }),
      ],
      [el("p", {}, "Over 7,000 protesters were detained.")],
    );
    const parser = fakeParser(document);
    const html = "<title>Page title</title><p>Over 7,000 protesters were detained.</p>";
    const result = await read(fakeFile("page.html", html), parser);
    expect(parser.seen).toEqual([html]);
    expect(result).toEqual({
      fileName: "page.html",
      ok: true,
      input: {
        raw: "Over 7,000 protesters were detained.",
        title: "Page title",
        date: "2020-09-14",
        outlet: "AP",
        url: "https://apnews.com/x",
        fileName: "page.html",
      },
    });
  });

  it("refuses an empty file, a white-space file and a header-only file", async () => {
    expect(await read(fakeFile("e.txt", ""))).toEqual({ fileName: "e.txt", ok: false, problem: "file is empty" });
    expect(await read(fakeFile("w.txt", "  \n\n"))).toMatchObject({ ok: false, problem: "file is empty (only white space)" });
    expect(await read(fakeFile("d.txt", "date 2020-09-02\n"))).toMatchObject({ ok: false, problem: "file has a date header but no text" });
  });

  it("refuses binary and non-UTF-8 files", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
    expect(await read(fakeFile("photo.txt", png))).toMatchObject({ ok: false, problem: "file is binary (it contains NUL bytes)" });
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2e]);
    expect(await read(fakeFile("cafe.txt", latin1))).toMatchObject({
      ok: false,
      problem: "file is not UTF-8 text (invalid byte sequence)",
    });
  });

  it("refuses a type it does not read, naming the ones it does", async () => {
    expect(await read(fakeFile("report.pdf", "%PDF-1.7"))).toEqual({
      fileName: "report.pdf",
      ok: false,
      problem: "unsupported file type: claimbench reads .txt, .md and .html, not .pdf files",
    });
  });

  it("refuses a file over the limit without reading it", async () => {
    let wasRead = false;
    const huge = fakeFile("dump.txt", "x", {
      size: MAX_ARTICLE_FILE_BYTES + 1,
      arrayBuffer: async () => {
        wasRead = true;
        return new ArrayBuffer(0);
      },
    });
    expect(await readArticleFile(huge, fakeParser())).toMatchObject({ ok: false, problem: "file is too large (just over 20 MB; the limit is 20 MB)" });
    expect(wasRead).toBe(false);
    const bigger = fakeFile("dump.txt", "x", { size: 50 * 1024 * 1024 });
    expect(await readArticleFile(bigger, fakeParser())).toMatchObject({ problem: "file is too large (50 MB; the limit is 20 MB)" });
  });

  it("reports a file the browser cannot read", async () => {
    const gone = fakeFile("gone.txt", "x", {
      arrayBuffer: () => Promise.reject(new DOMException("The requested file could not be read", "NotReadableError")),
    });
    expect(await read(gone)).toMatchObject({ ok: false, problem: "cannot read the file (The requested file could not be read)" });
  });

  it("refuses HTML or Markdown with no text once the markup is gone", async () => {
    const empty = fakeParser(page([], [el("script", {}, "alert(1)")]));
    expect(await read(fakeFile("s.html", "<script>alert(1)</script>"), empty)).toMatchObject({
      ok: false,
      problem: "file has no text once its HTML markup is removed",
    });
    expect(await read(fakeFile("r.md", "---\n\n***\n"))).toMatchObject({
      ok: false,
      problem: "file has no text once its Markdown markup is removed",
    });
  });

  it("reports a parser that throws as an unreadable HTML file", async () => {
    const parseHtml = () => {
      throw new Error("parser exploded");
    };
    expect(await readArticleFile(fakeFile("p.html", "<p>x</p>"), { parseHtml })).toMatchObject({
      ok: false,
      problem: "cannot read the HTML (parser exploded)",
    });
  });
});

describe("formatMegabytes", () => {
  it("rounds above 10 MB and keeps one decimal below", () => {
    expect(formatMegabytes(20 * 1024 * 1024)).toBe("20 MB");
    expect(formatMegabytes(25.4 * 1024 * 1024)).toBe("25 MB");
    expect(formatMegabytes(1.25 * 1024 * 1024)).toBe("1.3 MB");
  });
});

describe("readArticleFiles", () => {
  /** A real File that counts how often it is read on its own. */
  function countedFile(name: string, content: string, reads: string[]): File {
    const file = new File([content], name);
    const own = file.arrayBuffer.bind(file);
    file.arrayBuffer = () => {
      reads.push(name);
      return own();
    };
    return file;
  }

  it("gives one result per file, in order, reading the files together rather than one by one", async () => {
    const reads: string[] = [];
    const files = [
      countedFile("a.txt", "Police said 40 people were held.", reads),
      countedFile("b.md", "# Strike\n\nWorkers at 3 plants walked out.", reads),
      countedFile("c.pdf", "%PDF", reads),
      countedFile("d.txt", "", reads),
      countedFile("e.txt", "Caf\u00e9 owners said 12 shops closed.", reads),
    ];
    const done: number[] = [];
    const results = await readArticleFiles(files, { parseHtml: fakeParser().parseHtml, onRead: (count) => done.push(count) });
    expect(results.map((result) => result.fileName)).toEqual(["a.txt", "b.md", "c.pdf", "d.txt", "e.txt"]);
    expect(results[0]).toEqual({ fileName: "a.txt", ok: true, input: { raw: "Police said 40 people were held.", fileName: "a.txt" } });
    expect(results[1]).toMatchObject({ ok: true, input: { raw: "Strike\n\nWorkers at 3 plants walked out." } });
    expect(results[2]).toMatchObject({ ok: false, problem: expect.stringContaining("unsupported file type") });
    expect(results[3]).toEqual({ fileName: "d.txt", ok: false, problem: "file is empty" });
    expect(results[4]).toMatchObject({ ok: true, input: { raw: "Caf\u00e9 owners said 12 shops closed." } });
    expect(done).toEqual([1, 2, 3, 4, 5]);
    expect(reads).toEqual([]);
  });

  it("reads the same as readArticleFile does file by file", async () => {
    const contents: BlobPart[] = ["One.", "date 2021-03-04\nTwo people.", "\uFEFFThree.", new Uint8Array([0xff, 0xfe, 0x41, 0]), "<p>Four</p>"];
    const names = ["1.txt", "2.txt", "3.txt", "4.txt", "5.html"];
    const files = contents.map((content, index) => new File([content], names[index]!));
    const parser = fakeParser();
    const together = await readArticleFiles(files, { parseHtml: parser.parseHtml });
    const oneByOne = await Promise.all(files.map((file) => readArticleFile(file, { parseHtml: parser.parseHtml })));
    expect(together).toEqual(oneByOne);
  });

  it("reads in groups of at most READ_TOGETHER_BYTES", async () => {
    const reads: string[] = [];
    const half = "x".repeat(READ_TOGETHER_BYTES / 2);
    // Two halves fill a group; the third starts the next, alone, so it is read on its own.
    const files = ["a.txt", "b.txt", "c.txt"].map((name) => countedFile(name, half, reads));
    const results = await readArticleFiles(files, { parseHtml: fakeParser().parseHtml });
    expect(results.map((result) => result.ok)).toEqual([true, true, true]);
    expect(reads).toEqual(["c.txt"]);
  });

  it("gives the page a turn while it converts a group of slow files", async () => {
    let turns = 0;
    const seenTurns: number[] = [];
    const slowParser = (html: string) => {
      // The first file starts a timer; a timer runs only when the conversion gives the page a turn.
      if (seenTurns.length === 0) setTimeout(() => turns++, 0);
      seenTurns.push(turns);
      for (const until = performance.now() + 5; performance.now() < until; );
      return fakeParser().parseHtml(html);
    };
    const files = Array.from({ length: 10 }, (_, index) => new File([`<p>Story ${index}</p>`], `${index}.html`));
    const results = await readArticleFiles(files, { parseHtml: slowParser });
    expect(results.every((result) => result.ok)).toBe(true);
    expect(seenTurns.at(-1)).toBeGreaterThan(0);
  });

  it("reads a group again file by file when its bytes do not add up, so only the unreadable file fails", async () => {
    const reads: string[] = [];
    const good = countedFile("good.txt", "Police said 40 people were held.", reads);
    // Claims more bytes than it has: the group read comes up short and is not trusted. (A
    // group read that rejects takes the same way back; a Blob made here cannot be made to.)
    const broken = countedFile("broken.txt", "Nine.", reads);
    Object.defineProperty(broken, "size", { value: 500 });
    broken.arrayBuffer = () => {
      reads.push("broken.txt");
      return Promise.reject(new DOMException("The file could not be read", "NotReadableError"));
    };
    const results = await readArticleFiles([good, broken], { parseHtml: fakeParser().parseHtml });
    expect(results[0]).toMatchObject({ fileName: "good.txt", ok: true });
    expect(results[1]).toEqual({ fileName: "broken.txt", ok: false, problem: "cannot read the file (The file could not be read)" });
    expect(reads).toEqual(["good.txt", "broken.txt"]);
  });

  it("reads stand-ins that are not Blobs one by one", async () => {
    const results = await readArticleFiles([fakeFile("a.txt", "One."), fakeFile("b.txt", "Two.")], { parseHtml: fakeParser().parseHtml });
    expect(results.map((result) => result.ok && result.input.raw)).toEqual(["One.", "Two."]);
  });
});
