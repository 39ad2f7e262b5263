import { describe, expect, it } from "vitest";
import { deriveTitle, parseArticleFile } from "../../../../src/core/article/parse-article-file.ts";

describe("parseArticleFile", () => {
  it("drops a byte-order mark and reads the date header after it", () => {
    expect(parseArticleFile("\uFEFFdate 2021-03-04\nTwelve people were held.")).toEqual({ text: "Twelve people were held.", date: "2021-03-04" });
  });

  it("keeps a byte-order mark that is not at the start", () => {
    expect(parseArticleFile("Twelve\uFEFF people.").text).toBe("Twelve\uFEFF people.");
  });

  it("turns Windows and old Mac line endings into line feeds", () => {
    expect(parseArticleFile("date 2021-03-04\r\nFirst line.\r\nSecond line.\rThird line.\r\n").text).toBe("First line.\nSecond line.\nThird line.");
    expect(parseArticleFile("First line.\rSecond line.\r\rThird line.").text).toBe("First line.\nSecond line.\n\nThird line.");
  });

  it("leaves a text without carriage returns as it is, trimmed", () => {
    expect(parseArticleFile("  First line.\n\nSecond line.\n")).toEqual({ text: "First line.\n\nSecond line." });
  });

  it("treats a header with a day that does not exist as text", () => {
    expect(parseArticleFile("date 2021-02-30\nBody.")).toEqual({ text: "date 2021-02-30\nBody." });
  });

  it("takes the days the date resolver can reckon from, years 1000 to 9999, and no others", () => {
    expect(parseArticleFile("date 0999-12-31\nBody.")).toEqual({ text: "date 0999-12-31\nBody." });
    expect(parseArticleFile("date 1000-01-01\nBody.")).toEqual({ text: "Body.", date: "1000-01-01" });
    expect(parseArticleFile("date 2024-02-29\nBody.")).toEqual({ text: "Body.", date: "2024-02-29" });
  });
});

describe("deriveTitle", () => {
  it("takes a short first line without a closing full stop as the headline", () => {
    expect(deriveTitle("Strikes spread across the north\nWorkers at three plants walked out.")).toBe("Strikes spread across the north");
  });

  it("takes a one-line text as its own title when it reads like one", () => {
    expect(deriveTitle("Strikes spread across the north")).toBe("Strikes spread across the north");
  });

  it("drops the dateline from an opening sentence", () => {
    expect(deriveTitle("OSLO -- Workers walked out.\nMore text.")).toBe("Workers walked out.");
  });
});
