/**
 * The one text pipeline of template search, for the library and the query alike: NFKC, lower case,
 * each run of characters that are not letters or digits one space (trimmed), Hangul written as jamo
 * (jamo.ts). Every text comes out twice: as jamo, and as initial consonants (`감사` → ㄱㅅ) for terms
 * typed as initials only.
 */
import { encodeChoseong, encodeJamo, isHangul, MAX_JAMO_PER_SYLLABLE, normalizeHangul } from './jamo';

/** The word separator in encoded text. */
export const SPACE = 0x20;
/** Pads a one-letter word's head in two-character heads (heads()); no encoded text contains it. */
const ONE_LETTER_PAD = 0x01;
const ASCII_END = 0x80;
const [DIGIT_0, DIGIT_9, LOWER_A, LOWER_Z] = [0x30, 0x39, 0x61, 0x7a];
/** ASCII and precomposed Hangul are NFKC-stable, so text made only of them skips normalize(). */
const NEEDS_NFKC = /[^\t-\u007f\uac00-\ud7a3]/;
const WORDISH = /[\p{L}\p{N}\p{M}]/u;
/** Characters other than ASCII and Hangul: letter/digit or not, asked of the regex once each. */
const wordish = new Map<number, boolean>();

/** Code units one input character can become: its jamo, and the space before its word. */
const MAX_UNITS_PER_CHAR = MAX_JAMO_PER_SYLLABLE + 1;
const INITIAL_BUFFER_UNITS = 4096;
/** String.fromCharCode.apply takes its code units as arguments, so long texts go in slices. */
const FROM_CHAR_CODE_SLICE = 8192;

// Scratch buffers, grown when a text needs more: building strings a character at a time left most of
// the index build to the garbage collector.
let jamoBuf = new Uint16Array(INITIAL_BUFFER_UNITS);
let choBuf = new Uint16Array(INITIAL_BUFFER_UNITS);
let headBuf = new Uint16Array(INITIAL_BUFFER_UNITS);

function str(buf: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += FROM_CHAR_CODE_SLICE)
    out += String.fromCharCode.apply(
      null,
      buf.subarray(i, Math.min(length, i + FROM_CHAR_CODE_SLICE)) as unknown as number[],
    );
  return out;
}

/** Whether `c`, the code unit at `s[i]`, belongs to a word. */
function isWordish(c: number, s: string, i: number): boolean {
  if (c < ASCII_END) return (c >= DIGIT_0 && c <= DIGIT_9) || (c >= LOWER_A && c <= LOWER_Z);
  if (isHangul(c)) return true;
  let word = wordish.get(c);
  if (word === undefined) wordish.set(c, (word = WORDISH.test(s[i]!)));
  return word;
}

/** Text → [jamo, initial consonants], both cleaned the same way (see the top of this file). */
export function encodeText(text: string): [string, string] {
  let s = text;
  if (NEEDS_NFKC.test(s)) s = normalizeHangul(s);
  s = s.toLowerCase();
  if (jamoBuf.length < s.length * MAX_UNITS_PER_CHAR) {
    jamoBuf = new Uint16Array(s.length * MAX_UNITS_PER_CHAR);
    choBuf = new Uint16Array(s.length * MAX_UNITS_PER_CHAR);
  }
  let nj = 0;
  let nc = 0;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isWordish(c, s, i)) {
      space = nj > 0;
      continue;
    }
    if (space) {
      jamoBuf[nj++] = choBuf[nc++] = SPACE;
      space = false;
    }
    if (isHangul(c)) {
      const j = encodeJamo(c);
      const k = encodeChoseong(c);
      for (let x = 0; x < j.length; x++) jamoBuf[nj++] = j.charCodeAt(x);
      for (let x = 0; x < k.length; x++) choBuf[nc++] = k.charCodeAt(x);
    } else jamoBuf[nj++] = choBuf[nc++] = c;
  }
  return [str(jamoBuf, nj), str(choBuf, nc)];
}

/** A query's terms, encoded as jamo: the words of encodeText(). */
export function queryTerms(query: string): string[] {
  return encodeText(query)[0].split(' ').filter(Boolean);
}

/**
 * The head of every word of encoded text: its first character (`width` 1) or first two (2; a
 * one-letter word is padded), so that short terms can be matched at word starts only.
 */
export function heads(encoded: string, width: 1 | 2): string {
  if (headBuf.length < encoded.length) headBuf = new Uint16Array(encoded.length);
  let n = 0;
  for (let i = 0; i < encoded.length; i++) {
    const c = encoded.charCodeAt(i);
    if (c === SPACE || (i > 0 && encoded.charCodeAt(i - 1) !== SPACE)) continue;
    headBuf[n++] = c;
    if (width === 2)
      headBuf[n++] =
        i + 1 < encoded.length && encoded.charCodeAt(i + 1) !== SPACE ? encoded.charCodeAt(i + 1) : ONE_LETTER_PAD;
  }
  return str(headBuf, n);
}
