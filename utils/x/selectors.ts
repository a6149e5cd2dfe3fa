import { problemSayer } from '@/utils/i18n/problems';
import { xProblems } from '@/utils/i18n/messages/problems-x';
import { CHAT_SELECTORS } from './selector-table/chat';
import { COMPOSER_SELECTORS } from './selector-table/composer';
import type { Fallback, SelectorEntry } from './selector-table/evidence';
import { PAGE_SELECTORS } from './selector-table/page';
import { TWEET_SELECTORS } from './selector-table/tweet';

/**
 * THE table of X's DOM: every selector Careline uses on x.com lives here (and in ./selector-table/),
 * nowhere else; lint refuses X's testids and selectors in any other product file.
 *
 * - Only data-testid, role, aria-*, ids and link shapes. Never X's generated `css-…`/`r-…` classes:
 *   they change with every X deploy.
 * - Each key is named by meaning and holds an ordered list of fallbacks, most specific first. Every
 *   fallback carries its evidence (the captures it matches and how often, or `guess: true` and where
 *   the guess comes from); a unit test checks that evidence against the captures.
 * - What the agent reads about a key ("could not find X's reply box") is in the i18n table
 *   utils/i18n/messages/problems-x.ts, one `x.part.<key>` per key.
 */
const TABLE = {
  ...PAGE_SELECTORS,
  ...TWEET_SELECTORS,
  ...COMPOSER_SELECTORS,
  ...CHAT_SELECTORS,
} as const satisfies Record<string, SelectorEntry>;

export type XSelectorKey = keyof typeof TABLE;

/** A table entry plus its selectors as a list and as one selector list (for closest()/matches()/observers). */
export interface XSelector extends SelectorEntry {
  readonly css: readonly string[];
  readonly selector: string;
}

function resolve<T extends Record<string, SelectorEntry>>(table: T): { readonly [K in keyof T]: T[K] & XSelector } {
  const out = {} as { [K in keyof T]: T[K] & XSelector };
  for (const key of Object.keys(table) as (keyof T)[]) {
    const entry: T[keyof T] = table[key];
    const css = entry.fallbacks.map((f: Fallback) => f.css);
    out[key] = { ...entry, css, selector: css.join(', ') };
  }
  return out;
}

/** THE selectors table: `X.<key>.fallbacks` (with evidence), `.css` (ordered), `.selector` (all as one list). */
export const X = resolve(TABLE);

/** Every key of the table, in table order (for checks that must cover them all). */
export const X_SELECTOR_KEYS = Object.keys(X) as XSelectorKey[];

/** Roots to scope MutationObservers to (X renders everything, #layers included, under #react-root). */
export const X_ROOTS = { app: X.appRoot.selector, layers: X.layers.selector } as const;

/** All fallbacks of a key as one selector list (for closest()/matches()). */
export function selectorList(key: XSelectorKey): string {
  return X[key].selector;
}

const say = problemSayer(xProblems);

/** What the agent reads about a key, in the content script's language, for the "could not find" alert. */
export function humanOf(key: XSelectorKey): string {
  return say(`x.part.${key}`);
}

/** First element matching the key, trying fallbacks in order (earlier fallbacks win even if later in the DOM). */
export function queryFirst(root: ParentNode, key: XSelectorKey): Element | null {
  for (const css of X[key].css) {
    const hit = root.querySelector(css);
    if (hit) return hit;
  }
  return null;
}

/** All elements matched by the first fallback that matches anything. */
export function queryAll(root: ParentNode, key: XSelectorKey): Element[] {
  for (const css of X[key].css) {
    const hits = root.querySelectorAll(css);
    if (hits.length > 0) return Array.from(hits);
  }
  return [];
}

/** Nearest ancestor-or-self matching any fallback of the key. */
export function closestOf(el: Element, key: XSelectorKey): Element | null {
  return el.closest(selectorList(key));
}

const AVATAR_PREFIX = 'UserAvatar-Container-';
const FOLLOW_TESTID = /^(\d{1,25})-(?:un)?follow$/;

/** The handle a `userAvatar` element's testid ends in ("unknown" included: callers check it), or null. */
export function avatarHandle(avatar: Element): string | null {
  const testId = avatar.getAttribute('data-testid') ?? '';
  return testId.startsWith(AVATAR_PREFIX) ? testId.slice(AVATAR_PREFIX.length) : null;
}

/** X's numeric user id a `followButton` element's testid starts with, or null. */
export function followButtonUserId(button: Element): string | null {
  return FOLLOW_TESTID.exec(button.getAttribute('data-testid') ?? '')?.[1] ?? null;
}
