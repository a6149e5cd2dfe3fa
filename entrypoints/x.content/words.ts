/**
 * The content script's words, in the agent's language: English or Korean, from the content table
 * only (utils/i18n/messages/content.ts; the pages' tables would make every x.com page pay for them).
 * Starts in the browser's language at once, then follows the setting in options → You → Language
 * live; `onChange` lets the page button and the shortcut list relabel themselves. The stale notice
 * reads the last known words: by then the extension, and its storage, are gone.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browserLanguages, currentLocale, languageSetting, resolveLocale, type Locale } from '@/utils/i18n/locale';
import { content } from '@/utils/i18n/messages/content';
import { setProblemLocale } from '@/utils/i18n/problems';
import { makeTranslator, plural, type PluralBase, type Params, type TranslateWith } from '@/utils/i18n/translate';
import { safe } from './safe';

export type ContentKey = keyof typeof content.en;

let locale: Locale = resolveLocale('auto', browserLanguages());
let translate: TranslateWith<ContentKey> = makeTranslator(content, locale);
setProblemLocale(locale);
const listeners = new Set<() => void>();

/** The content script's text for `key`, in the current language. */
export function t(key: ContentKey, params?: Params): string {
  return translate(key, params);
}

/** A counted phrase ("3 min", "2 days"), in the current language's plural form. */
export function tn(base: PluralBase<ContentKey>, n: number, params?: Params): string {
  return plural(translate, base, n, params);
}

/** Calls `listener` whenever the language changes; returns the way to stop. */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function use(next: Locale): void {
  if (next === locale) return;
  locale = next;
  translate = makeTranslator(content, next);
  // What the content script tells the panel (a missing reply box) is in the same language.
  setProblemLocale(next);
  for (const listener of listeners) listener();
}

/** Reads the agent's setting now and follows it until the script is invalidated. */
export function followLanguage(ctx: ContentScriptContext): void {
  const refresh = safe('language', () => currentLocale().then(use));
  refresh();
  const unwatch = languageSetting.watch(refresh);
  ctx.addEventListener(window, 'languagechange', refresh);
  ctx.onInvalidated(safe('stop language', unwatch));
}
