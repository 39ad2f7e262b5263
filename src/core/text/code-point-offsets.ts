/**
 * Offsets in two units. Claimbench's spans count UTF-16 code units (JavaScript's
 * String.prototype.slice); the W3C Web Annotation model counts Unicode code points
 * (https://www.w3.org/TR/annotation-model/#text-position-selector). "👍🏽" is 4 code units
 * and 2 code points, so every exporter and importer of TextPositionSelectors converts.
 *
 * A lone surrogate counts as one code point, as Array.from counts it.
 */

/** The code-point offset of a UTF-16 offset: the number of code points in text.slice(0, offset). */
export function utf16ToCodePointOffset(text: string, offset: number): number {
  checkOffset(offset, text.length, "UTF-16 offset");
  let codePoints = 0;
  let index = 0;
  while (index < offset) {
    index += isSurrogatePairAt(text, index) && index + 1 < offset ? 2 : 1;
    codePoints += 1;
  }
  return codePoints;
}

/** The UTF-16 offset of a code-point offset: the inverse of utf16ToCodePointOffset. */
export function codePointToUtf16Offset(text: string, codePointOffset: number): number {
  checkOffset(codePointOffset, text.length, "code-point offset");
  let index = 0;
  for (let codePoints = 0; codePoints < codePointOffset; codePoints++) {
    if (index >= text.length) {
      throw new RangeError(`code-point offset ${codePointOffset} is past the end of a text of ${codePoints} code points`);
    }
    index += isSurrogatePairAt(text, index) ? 2 : 1;
  }
  return index;
}

/** True when the text has no surrogate pair, so both units agree at every offset. */
export function hasOnlyBmpText(text: string): boolean {
  return !/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text);
}

function isSurrogatePairAt(text: string, index: number): boolean {
  const high = text.charCodeAt(index);
  if (high < 0xd800 || high > 0xdbff) return false;
  const low = text.charCodeAt(index + 1);
  return low >= 0xdc00 && low <= 0xdfff;
}

function checkOffset(offset: number, max: number, what: string): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > max) {
    throw new RangeError(`${what} ${offset} is outside 0..${max}`);
  }
}
