/**
 * Content hashes: how the same article imported twice is recognised. FNV-1a over the text
 * with white space folded, so a re-saved file (CRLF, trailing spaces) hashes the same.
 * 64 bits as 16 hex digits; synchronous, so it runs the same in Node, a worker and tests.
 */

export function contentHash(text: string): string {
  // Two 32-bit FNV-1a lanes with different offsets make a 64-bit digest without BigInt.
  let a = 0x811c9dc5;
  let b = 0xcbf29ce4;
  let pendingSpace = false;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0) {
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
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
