/**
 * The word-level view of text that quantity detection reads: one pass over the characters
 * splits a range into numbers, words and single marks, each with its absolute offsets.
 * Rules then look at neighbouring tokens instead of re-running regexes, which keeps the
 * scan linear.
 *
 * Written as a character loop into typed arrays, not a regex into objects: tokenising is
 * most of the cost of finding figures, and this is several times faster and makes no
 * garbage. Lower-case text is made only for the few tokens a rule looks at; every word
 * carries a hash of its lower-case letters so that "could this word start a figure?" is a
 * set lookup without making a string.
 */

export const TokenKind = { Word: 0, Number: 1, Mark: 2 } as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

export interface Tokens {
  readonly text: string;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
  /** Hash of each word's lower-case text (wordHash); 0 for numbers and marks. */
  hashes: Int32Array;
  /** Hash of a hyphenated word's first part ("six" in "six-year-old"); 0 when it has no hyphen. */
  headHashes: Int32Array;
  /**
   * lower() of each token asked for so far: the rules ask for the same neighbours again and
   * again ("is the word before a month?", "a currency?", "a qualifier?"), and each answer
   * would otherwise slice and lower-case the token anew.
   */
  lowered: (string | undefined)[];
}

/** FNV-1a's offset basis as an int32: written as 0x811c9dc5 (above 2^31) it starts every word's hash as a heap number. */
const HASH_SEED = 0x811c9dc5 | 0;

/** FNV-1a over lower-cased UTF-16 units: the same value tokenize stores for a word. */
export function wordHash(word: string): number {
  let hash = HASH_SEED;
  for (let k = 0; k < word.length; k++) hash = Math.imul(hash ^ lowerCode(word.charCodeAt(k)), 0x01000193);
  return hash;
}

function lowerCode(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code < 128 ? code : String.fromCharCode(code).toLowerCase().charCodeAt(0);
}

const enumLike = TokenKind;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

const LETTER = /[\p{L}\p{M}]/u;

/** ASCII letters by range; anything else beyond ASCII asks Unicode once. */
function isLetter(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code === 0x2019 || code === 0x2013 || code === 0x2014 || code === 0x201c || code === 0x201d || code === 0xa0) {
    return false;
  }
  return LETTER.test(String.fromCharCode(code));
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || code === 0x2009 ||
    code === 0x202f || code === 12 || code === 11 || code === 0x2002 || code === 0x2003 || code === 0x3000;
}

/** Apostrophes and hyphens that join the letters of one word: "year-old", "Lukashenko's". */
function isWordJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45;
}

/** The arrays of a Tokens, which a caller may hand back to tokenize to be filled again. */
export type TokenArrays = Pick<Tokens, "starts" | "ends" | "kinds" | "hashes" | "headHashes">;

/**
 * Tokens of text[start, end). With `reuse`, its arrays are filled (and grown) instead of new
 * ones made; entries past `count` are then left over from earlier use, never read.
 */
export function tokenize(text: string, start = 0, end = text.length, reuse?: TokenArrays): Tokens {
  // English prose has a token every five or six characters; start near that to grow rarely.
  const capacity = Math.max(16, ((end - start) >> 2) + 1);
  const tokens: Tokens = reuse
    ? { text, count: 0, starts: reuse.starts, ends: reuse.ends, kinds: reuse.kinds, hashes: reuse.hashes, headHashes: reuse.headHashes, lowered: [] }
    : {
        text,
        count: 0,
        starts: new Int32Array(capacity),
        ends: new Int32Array(capacity),
        kinds: new Uint8Array(capacity),
        hashes: new Int32Array(capacity),
        headHashes: new Int32Array(capacity),
        lowered: [],
      };
  let at = start;
  while (at < end) {
    const code = text.charCodeAt(at);
    if (isSpace(code)) {
      at++;
      continue;
    }
    if (isDigit(code)) {
      push(tokens, at, readNumberEnd(text, at, end), enumLike.Number, 0, 0);
    } else if (isLetter(code)) {
      let hash = HASH_SEED;
      let headHash = 0;
      let k = at;
      for (;;) {
        let c = text.charCodeAt(k);
        while (k < end && (isLetter(c) || (c >= 0x300 && c <= 0x36f))) {
          hash = Math.imul(hash ^ lowerCode(c), 0x01000193);
          c = text.charCodeAt(++k);
        }
        // A joiner counts only between letters: "year-old" but not "protesters'" or "MINSK --".
        if (k + 1 < end && isWordJoiner(c) && isLetter(text.charCodeAt(k + 1))) {
          if (c === 45 && headHash === 0) headHash = hash;
          hash = Math.imul(hash ^ (c === 0x2019 ? 39 : c), 0x01000193);
          k++;
          continue;
        }
        break;
      }
      push(tokens, at, k, enumLike.Word, hash, headHash);
    } else {
      // A surrogate pair stays one mark so that offsets never split a character.
      const width = code >= 0xd800 && code <= 0xdbff && at + 1 < end ? 2 : 1;
      push(tokens, at, at + width, enumLike.Mark, 0, 0);
    }
    at = tokens.ends[tokens.count - 1]!;
  }
  return tokens;
}

/** "128", "7,000", "3.5", "100,000": thousands groups only when real ("1,2" is two numbers). */
function readNumberEnd(text: string, start: number, end: number): number {
  let k = start;
  while (k < end && isDigit(text.charCodeAt(k))) k++;
  for (;;) {
    if (text.charCodeAt(k) === 44 && k + 3 < end && isDigit(text.charCodeAt(k + 1)) &&
      isDigit(text.charCodeAt(k + 2)) && isDigit(text.charCodeAt(k + 3)) && !(k + 4 < end && isDigit(text.charCodeAt(k + 4)))) {
      k += 4;
      continue;
    }
    break;
  }
  if (text.charCodeAt(k) === 46 && k + 1 < end && isDigit(text.charCodeAt(k + 1))) {
    k++;
    while (k < end && isDigit(text.charCodeAt(k))) k++;
  }
  return k;
}

function push(tokens: Tokens, start: number, end: number, kind: TokenKind, hash: number, headHash: number): void {
  if (tokens.count === tokens.starts.length) grow(tokens);
  const i = tokens.count++;
  tokens.starts[i] = start;
  tokens.ends[i] = end;
  tokens.kinds[i] = kind;
  tokens.hashes[i] = hash;
  tokens.headHashes[i] = headHash;
}

function grow(tokens: Tokens): void {
  const size = tokens.starts.length * 2;
  const starts = new Int32Array(size);
  starts.set(tokens.starts);
  const ends = new Int32Array(size);
  ends.set(tokens.ends);
  const kinds = new Uint8Array(size);
  kinds.set(tokens.kinds);
  const hashes = new Int32Array(size);
  hashes.set(tokens.hashes);
  const headHashes = new Int32Array(size);
  headHashes.set(tokens.headHashes);
  Object.assign(tokens, { starts, ends, kinds, hashes, headHashes });
}

/** The token as written. */
export function tokenText(tokens: Tokens, i: number): string {
  return tokens.text.slice(tokens.starts[i], tokens.ends[i]);
}

/** The token in lower case; "" outside the tokens. Curly apostrophes read as straight ones. */
export function lower(tokens: Tokens, i: number): string {
  if (i < 0 || i >= tokens.count) return "";
  let lowered = tokens.lowered[i];
  if (lowered === undefined) {
    const written = tokenText(tokens, i);
    if (tokens.kinds[i] !== enumLike.Word) lowered = written;
    else {
      const folded = written.toLowerCase();
      lowered = folded.includes("’") ? folded.replaceAll("’", "'") : folded;
    }
    tokens.lowered[i] = lowered;
  }
  return lowered;
}

/** True when token i and token i + 1 touch, with no space between them. */
export function touchesNext(tokens: Tokens, i: number): boolean {
  return i >= 0 && i + 1 < tokens.count && tokens.ends[i] === tokens.starts[i + 1];
}

/** Is token i a word, and (when given) this lower-case word? Compares without making a string. */
export function isWord(tokens: Tokens, i: number, word?: string): boolean {
  if (i < 0 || i >= tokens.count || tokens.kinds[i] !== enumLike.Word) return false;
  if (word === undefined) return true;
  const start = tokens.starts[i]!;
  if (tokens.ends[i]! - start !== word.length) return false;
  const text = tokens.text;
  for (let k = 0; k < word.length; k++) {
    const code = text.charCodeAt(start + k);
    const folded = code >= 65 && code <= 90 ? code + 32 : code === 0x2019 ? 39 : code;
    if (folded !== word.charCodeAt(k)) return false;
  }
  return true;
}

export function isMark(tokens: Tokens, i: number, mark: string): boolean {
  if (i < 0 || i >= tokens.count || tokens.kinds[i] !== enumLike.Mark) return false;
  const start = tokens.starts[i]!;
  return tokens.ends[i]! - start === mark.length && tokens.text.startsWith(mark, start);
}

export function isNumber(tokens: Tokens, i: number): boolean {
  return i >= 0 && i < tokens.count && tokens.kinds[i] === enumLike.Number;
}

/** Capitalised or mixed case as written ("Route", "iPhone", "NATO"), not plain lower case. */
export function hasCapital(tokens: Tokens, i: number): boolean {
  const text = tokens.text;
  for (let at = tokens.starts[i]!; at < tokens.ends[i]!; at++) {
    const code = text.charCodeAt(at);
    if (code >= 65 && code <= 90) return true;
  }
  return false;
}

/** Starts with a capital letter ("September", not "iPhone"). */
export function startsCapitalised(tokens: Tokens, i: number): boolean {
  const code = tokens.text.charCodeAt(tokens.starts[i]!);
  return code >= 65 && code <= 90;
}

/** Every letter a capital and more than one of them ("NATO", "UK"). */
export function isAllCapitals(tokens: Tokens, i: number): boolean {
  const written = tokenText(tokens, i);
  return written.length > 1 && written === written.toUpperCase() && written !== written.toLowerCase();
}
