/**
 * Text typed in the wrong keyboard layout. Korean agents switch between 두벌식 Hangul and QWERTY
 * all day; with the Hangul input mode still on, `;thanks` arrives as `;소무ㅏㄴ`, and with it off
 * 감사 arrives as `rkatk`. These pure functions read such text back in the other layout, through
 * es-hangul's 두벌식 tables (shifted keys included: ㅆ is Shift+T, ㅒ is Shift+O).
 */
import { convertHangulToQwerty, convertQwertyToHangul } from 'es-hangul';

/** Hangul syllables (가-힣). */
const SYLLABLE = /[\uAC00-\uD7A3]/u;
/** Hangul compatibility jamo as an IME leaves them (ㄱ-ㅣ). */
const JAMO = /[\u3131-\u318E]/u;
const JAMO_VOWEL = /[\u314F-\u3163]/u;
const HANGUL = /[\uAC00-\uD7A3\u3131-\u318E]/u;
const LATIN_LETTER = /[A-Za-z]/;

export function hasHangul(text: string): boolean {
  return HANGUL.test(text);
}

/**
 * QWERTY keystrokes read as 두벌식 Hangul: `rkatk` → 감사, `gks` → 한. Characters that are not
 * Latin letters (digits, spaces, punctuation, Hangul) stay as they are.
 */
export function qwertyToHangul(text: string): string {
  if (!LATIN_LETTER.test(text)) return text;
  return convertQwertyToHangul(text);
}

/**
 * 두벌식 Hangul read back as the QWERTY keys that typed it: 소무ㅏㄴ → thanks, 감사 → rkatk. A
 * shifted jamo gives the capital (ㅆ → T). Characters that are not Hangul stay as they are.
 */
export function hangulToQwerty(text: string): string {
  if (!hasHangul(text)) return text;
  return convertHangulToQwerty(text);
}

/**
 * Whether Hangul reads as Korean rather than as a Latin word typed in Hangul mode: only whole
 * syllables, except for the very last character, which may be a jamo still being typed (감ㅅ).
 */
function readsAsKorean(hangul: string): boolean {
  const chars = [...hangul].filter((c) => SYLLABLE.test(c) || JAMO.test(c));
  if (!chars.some((c) => SYLLABLE.test(c))) return false;
  return chars.slice(0, -1).every((c) => SYLLABLE.test(c));
}

/** Only consonant jamo (ㄱㅅ): an initial-consonant search, which is Korean on purpose. */
function isChoseongOnly(text: string): boolean {
  const jamo = [...text].filter((c) => HANGUL.test(c));
  return jamo.length > 0 && jamo.every((c) => JAMO.test(c) && !JAMO_VOWEL.test(c));
}

/**
 * The query as the agent meant it if it was typed in the other layout, or null when that reading
 * is not plausible: Latin letters that do not compose into Korean syllables (`thanks` → 소무ㅏㄴ is
 * not Korean), an initial-consonant search (ㄱㅅ), or text with nothing to convert.
 */
export function otherLayoutReading(query: string): string | null {
  const text = query.trim();
  if (!text) return null;
  if (hasHangul(text)) {
    if (isChoseongOnly(text)) return null;
    const latin = hangulToQwerty(text);
    return latin !== text && !hasHangul(latin) ? latin : null;
  }
  if (!LATIN_LETTER.test(text)) return null;
  const hangul = qwertyToHangul(text);
  return hangul !== text && readsAsKorean(hangul) ? hangul : null;
}

/** The query as typed, then its other-layout reading if it has one: search both, in this order. */
export function layoutReadings(query: string): string[] {
  const other = otherLayoutReading(query);
  return other ? [query, other] : [query];
}

/**
 * A `;shortcut` prefix typed with the Hangul input mode on, as the Latin keys pressed (lower case,
 * since shortcuts compare without case); null when the prefix has no Hangul to map back.
 */
export function shortcutFromHangul(prefix: string): string | null {
  if (!hasHangul(prefix)) return null;
  const latin = hangulToQwerty(prefix);
  return hasHangul(latin) ? null : latin.toLocaleLowerCase();
}
