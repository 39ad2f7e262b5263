/**
 * Content hashes: how the same article imported twice is recognised. FNV-1a over the text
 * with white space folded, so a re-saved file (CRLF, trailing spaces) hashes the same.
 * 64 bits as 16 hex digits; synchronous, so it runs the same in Node, a worker and tests.
 */

/**
 * The hash of the parts joined, without joining them: an article's text is hashed behind its
 * date, and a joined copy of the whole text would be made only to be read once.
 */
export function contentHash(...parts: string[]): string {
  // Two 32-bit FNV-1a lanes with different offsets make a 64-bit digest without BigInt.
  // The offsets are kept as int32 (the same bits), so the lanes never change number type.
  let a = 0x811c9dc5 | 0;
  let b = 0xcbf29ce4 | 0;
  let pendingSpace = false;
  let started = false;
  for (const text of parts) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // Tab, line feed, carriage return, space, no-break space: most characters are above 32.
      if (code <= 32 ? code === 32 || code === 9 || code === 10 || code === 13 : code === 0xa0) {
        pendingSpace = started;
        continue;
      }
      if (pendingSpace) {
        a = Math.imul(a ^ 32, 0x01000193);
        b = Math.imul(b ^ 32, 0x01000193) ^ (b >>> 15);
        pendingSpace = false;
      }
      started = true;
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
    }
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
