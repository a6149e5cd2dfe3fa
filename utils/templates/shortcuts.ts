/**
 * `;shortcut` typed in X's composer: finding the token before the caret and the templates whose
 * shortcut it starts. Pure functions; the content script and the background share them.
 */
import type { TemplateRecord } from '@/utils/db/types';
import { hangulToQwerty } from '@/utils/text/keyboard-layout';

/** `;` at the start or after whitespace, then the shortcut's characters up to the caret. */
const TOKEN = /(^|\s);([\p{L}\p{N}_-]{0,32})$/u;

export interface ShortcutToken {
  /** Typed so far, without the `;`. */
  prefix: string;
  /** Offset of the `;` in the text before the caret. */
  start: number;
}

export function shortcutTokenBefore(textBeforeCaret: string): ShortcutToken | null {
  const match = TOKEN.exec(textBeforeCaret);
  if (!match) return null;
  const prefix = match[2] ?? '';
  return { prefix, start: textBeforeCaret.length - prefix.length - 1 };
}

export interface ShortcutSuggestion {
  id: string;
  title: string;
  shortcut: string;
  /** Tab opens it in the panel rather than inserting it (it uses the customer's record or has fill-ins). */
  viaPanel?: boolean;
}

/**
 * A shortcut or a typed prefix as the keys that type it on a 두벌식 keyboard, lower case: `;소무ㅏㄴ`
 * (typed with the Hangul input mode on) is `;thanks`, and a Korean shortcut 감사 is `rkatk`, so it
 * is found syllable by syllable (감, 감ㅅ) and from either layout.
 */
const keysOf = (text: string) => hangulToQwerty(text).toLocaleLowerCase();

/** Exact match first, then prefix matches by usage; at most `limit`. Either keyboard layout. */
export function suggestShortcuts(
  templates: readonly TemplateRecord[],
  prefix: string,
  limit = 6,
): ShortcutSuggestion[] {
  const p = keysOf(prefix);
  const keys = new Map(templates.map((t) => [t, keysOf(t.shortcut ?? '')]));
  return templates
    .filter((t) => t.shortcut && keys.get(t)!.startsWith(p))
    .sort((a, b) => {
      const exact = Number(keys.get(b) === p) - Number(keys.get(a) === p);
      return exact || b.usageCount - a.usageCount || (a.shortcut ?? '').localeCompare(b.shortcut ?? '');
    })
    .slice(0, limit)
    .map((t) => ({ id: t.id, title: t.title, shortcut: t.shortcut ?? '' }));
}
