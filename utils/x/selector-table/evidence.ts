/**
 * What the selectors table knows about each fallback: where it was seen, as data a unit test checks
 * against the real x.com captures (tests/unit/x/selector-evidence.test.ts), so that the table says
 * which selectors are evidence and which are guesses, and says it truthfully.
 */

/** The real x.com pages the selector evidence test reads: saved by browsers, kept outside the repository. */
export const CAPTURE_FILES = [
  'home-twitter-complete.html',
  'mario-zechner-twitter.html',
  'x-tweet-quote-video.html',
  'x-tweet-quote.html',
  'x-tweet-sample.html',
] as const;

export type CaptureFile = (typeof CAPTURE_FILES)[number];

/** How many elements the selector matches in each capture where it matches any (the others left out). */
export type Seen = { readonly [F in CaptureFile]?: number };

/** One CSS selector of an entry, with its evidence: seen in captures, or a guess and where it comes from. */
export type Fallback =
  | { readonly css: string; readonly seen: Seen; readonly guess?: never }
  | { readonly css: string; readonly guess: true; readonly from: string; readonly seen?: never };

/** An entry: its selectors, tried in order (the first one that matches anything wins). */
export interface SelectorEntry {
  readonly fallbacks: readonly [Fallback, ...Fallback[]];
}
