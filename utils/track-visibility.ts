/**
 * Chromium's IntersectionObserver v2: with `trackVisibility`, an entry's `isVisible` is false when
 * other content is painted over the target (even with `pointer-events: none`) or the target is faded,
 * filtered or distorted. The clickjacking guards of the panel (entrypoints/panel/visibility.ts) and
 * of the `;shortcut` list (entrypoints/x.content/occlusion.ts) both read it. Firefox lacks it.
 */

/** Whether this browser reports `isVisible` (Chromium); elsewhere the guards stand down. */
export function tracksVisibility(): boolean {
  return typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;
}

/** Observer options with visibility tracking; 100 ms is the least `delay` Chromium allows with it. */
export function trackVisibilityInit(threshold: number): IntersectionObserverInit {
  return { threshold: [threshold], trackVisibility: true, delay: 100 } as IntersectionObserverInit;
}

/** The entry says nothing covers, fades or distorts its target. */
export function entryVisible(entry: IntersectionObserverEntry): boolean {
  return (entry as IntersectionObserverEntry & { isVisible?: boolean }).isVisible === true;
}
