// @vitest-environment happy-dom
/**
 * The selectors table's evidence is true: every fallback of every key, run over every capture,
 * matches exactly the captures and counts its `seen` says, and a `guess` matches none. When X's
 * markup in a new capture, or an edited selector, changes what matches, this fails until the table
 * says so.
 */
import { describe, expect, it } from 'vitest';
import { CAPTURE_FILES as DECLARED, type Seen } from '@/utils/x/selector-table/evidence';
import { X, X_SELECTOR_KEYS } from '@/utils/x/selectors';
import { CAPTURE_FILES, capture, capturesExist, noteSkipped } from './capture-docs';

noteSkipped('selector-evidence.test');

/** How many elements `css` matches in each capture, captures with none left out (the shape of `seen`). */
function matches(css: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const file of CAPTURE_FILES) {
    const n = capture(file).querySelectorAll(css).length;
    if (n > 0) out[file] = n;
  }
  return out;
}

describe.skipIf(!capturesExist)("the selectors table's evidence, over every capture", () => {
  it('names exactly the captures there are', () => {
    expect([...DECLARED].sort()).toEqual(CAPTURE_FILES);
  });

  describe.each(X_SELECTOR_KEYS)('%s', (key) => {
    it.each(X[key].fallbacks.map((f) => [f.css, f] as const))('%s', (css, fallback) => {
      const found = matches(css);
      if (fallback.guess) {
        expect(found, `${key}: the guess ${css} now matches a capture; record it as seen`).toEqual({});
      } else {
        const seen: Seen = fallback.seen;
        expect(Object.keys(seen), `${key}: ${css} says it was seen, but names no capture`).not.toEqual([]);
        expect(found, `${key}: ${css} no longer matches what its evidence says`).toEqual(seen);
      }
    });
  });
});
