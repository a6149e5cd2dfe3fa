/**
 * The words of Careline's logic (utils/): validation messages, import and delivery problems. They are
 * produced where the problem is found, often far from any React tree (the import worker, the
 * background's outbox) and sometimes stored (a handoff's last error), so they cannot wait for the
 * page's translator. Each context sets the agent's language once it knows it (`setProblemLocale`:
 * pages in useLocale, the content script in words.ts, the background at start and on change, the
 * import worker from its request); until then, and in unit tests, English.
 *
 * Each area keeps its own table (utils/i18n/messages/problems-*.ts) and makes its own `say` with
 * `problemSayer`, so the content script only carries the X words it needs.
 */
import type { Locale } from './locale';
import { makeTranslator, type Params, type Tables, type TranslateWith } from './translate';

let current: Locale = 'en';

/** The language problems are written in from now on, in this context. */
export function setProblemLocale(locale: Locale): void {
  current = locale;
}

export function problemLocale(): Locale {
  return current;
}

/**
 * A translator over one area's table that always speaks the context's current language; its
 * `locale` is that language too, so `plural(say, …)` picks the form the way every other table does.
 */
export function problemSayer<K extends string>(tables: Tables<K>): TranslateWith<K> {
  const made: Partial<Record<Locale, TranslateWith<K>>> = {};
  const say = (key: K, params?: Params) => (made[current] ??= makeTranslator(tables, current))(key, params);
  return Object.defineProperty(say, 'locale', { get: () => current, enumerable: true }) as TranslateWith<K>;
}
