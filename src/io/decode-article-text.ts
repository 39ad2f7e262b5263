/**
 * The checks every article file passes before it is extracted, wherever it comes from (a
 * file named on the command line, a file dropped into the workbench): not empty, not
 * UTF-16, not binary, valid UTF-8, and some text left after the date header. Pure: bytes in,
 * text or the reason out, so the command line and the browser say the same thing.
 */
import { parseArticleFile } from "../core/article/parse-article-file.ts";

/** Above this share of control characters a "text" is really binary data. */
const MAX_CONTROL_SHARE = 0.1;

export type DecodedText = { text: string } | { problem: string };

/** The text of an article file, or why there is none. `noun` is "file" or "input". */
export function decodeArticleText(bytes: Uint8Array, noun = "file"): DecodedText {
  if (bytes.length === 0) return { problem: `${noun} is empty` };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: `${noun} is UTF-16 text; save it as UTF-8` };
  }
  if (bytes.includes(0)) return { problem: `${noun} is binary (it contains NUL bytes)` };
  let text: string;
  try {
    // The decoder drops a leading byte-order mark itself.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { problem: `${noun} is not UTF-8 text (invalid byte sequence)` };
  }
  return checkArticleText(text, noun);
}

/** The checks that apply to text already decoded (or converted from Markdown or HTML). */
export function checkArticleText(text: string, noun = "file"): DecodedText {
  if (controlShare(text) > MAX_CONTROL_SHARE) {
    return { problem: `${noun} is binary (mostly control characters)` };
  }
  if (text.trim().length === 0) return { problem: `${noun} is empty (only white space)` };
  if (parseArticleFile(text).text.length === 0) {
    return { problem: `${noun} has a date header but no text` };
  }
  return { text };
}

/** Share of characters that are C0/C1 controls other than tab, line feed, form feed and CR. */
function controlShare(text: string): number {
  let controls = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const isControl = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) ||
      (code >= 0x7f && code <= 0x9f);
    if (isControl) controls++;
  }
  return text.length === 0 ? 0 : controls / text.length;
}
