/**
 * Hangul as the search index sees it: a syllable is its jamo (es-hangul: `개` → ㄱㅐ), and each jamo is
 * written as one code unit from JAMO_CODE_BASE on. Cleaned text never contains those code units (NFKC
 * maps the letters and digits of U+0080-U+00BF away, the rest is punctuation), so encoded strings stay
 * one-byte in V8, and native search does not stop at every character the way it does on the high byte
 * that all U+31xx jamo share (docs/benchmarks.md, "Template search").
 */
import { disassemble, getChoseong } from 'es-hangul';

const CONSONANTS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const JAMO = CONSONANTS + 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅛㅜㅠㅡㅣ';
/** The code unit of the first jamo (ㄱ); the others follow in JAMO's order. */
export const JAMO_CODE_BASE = 0x80;
const CONSONANT_CODE_END = JAMO_CODE_BASE + CONSONANTS.length;
/** The most jamo one syllable disassembles into (뛟: ㄸㅜㅔㄹㅎ). */
export const MAX_JAMO_PER_SYLLABLE = 5;

const SYLLABLES_FIRST = 0xac00; // 가
const SYLLABLES_LAST = 0xd7a3; // 힣
const COMPATIBILITY_JAMO_FIRST = 0x3131; // ㄱ
const COMPATIBILITY_JAMO_LAST = 0x318e; // ㆎ

/** A precomposed syllable (가-힣) or a compatibility jamo (ㄱ, ㅏ): what encodeJamo() spells out. */
export const isHangul = (c: number): boolean =>
  (c >= SYLLABLES_FIRST && c <= SYLLABLES_LAST) || (c >= COMPATIBILITY_JAMO_FIRST && c <= COMPATIBILITY_JAMO_LAST);

// NFKC turns compatibility jamo (ㄱ, U+3131) into conjoining ones (ᄀ, U+1100); es-hangul and people
// type compatibility jamo, so the leftovers are mapped back.
const CONJOINING_JAMO = /[\u1100-\u11ff]/g;
const CONJOINING: Array<[number, string]> = [
  [0x1100, CONSONANTS], // initial consonants
  [0x1161, 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ'], // vowels
  [0x11a8, 'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ'], // final consonants
];
const fromConjoining = (ch: string) => {
  const c = ch.charCodeAt(0);
  for (const [base, list] of CONJOINING) if (c >= base && c < base + list.length) return list[c - base] ?? ch;
  return ch;
};

/** NFKC, with the conjoining jamo it produces turned back into the compatibility jamo people type. */
export function normalizeHangul(text: string): string {
  return text.normalize('NFKC').replace(CONJOINING_JAMO, fromConjoining);
}

/** Whether code unit `c` of encoded text is a consonant (ㄱ-ㅎ), as every unit of an initials-only term is. */
export const isConsonantCode = (c: number): boolean => c >= JAMO_CODE_BASE && c < CONSONANT_CODE_END;

const code = (jamo: string) => (JAMO.includes(jamo) ? String.fromCharCode(JAMO_CODE_BASE + JAMO.indexOf(jamo)) : jamo);

// es-hangul runs once per distinct syllable, not once per character of the library.
const jamoOf: string[] = [];
const choseongOf: string[] = [];
function learn(c: number): void {
  const ch = String.fromCharCode(c);
  jamoOf[c] = [...disassemble(ch)].map(code).join('');
  // A lone jamo in the text (ㅋㅋ) is its own initial; a vowel stays a vowel and never matches ㄱㅅ.
  choseongOf[c] = c >= SYLLABLES_FIRST ? code(getChoseong(ch)) : jamoOf[c];
}

/** The encoded jamo of Hangul character `c` (isHangul). */
export function encodeJamo(c: number): string {
  if (jamoOf[c] === undefined) learn(c);
  return jamoOf[c]!;
}

/** The encoded initial consonant of Hangul character `c` (isHangul); a lone jamo is its own. */
export function encodeChoseong(c: number): string {
  if (choseongOf[c] === undefined) learn(c);
  return choseongOf[c]!;
}
