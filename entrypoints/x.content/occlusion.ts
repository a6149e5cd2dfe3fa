/**
 * Whether anything is painted over an element, as the browser's compositor sees it: Chromium's
 * IntersectionObserver v2 (`trackVisibility`) reports `isVisible` false when other content covers the
 * target (even content with `pointer-events: none`, which `elementFromPoint` looks through), or when
 * it is faded, filtered or distorted. Made against clickjacking, it is what the `;shortcut` list needs:
 * x.com's scripts may cover the list so the agent presses Tab without seeing what it inserts.
 * Where the browser lacks it (Firefox), `clear()` is always true and the other checks stand alone.
 */
import { entryVisible, trackVisibilityInit, tracksVisibility } from '@/utils/track-visibility';

const SUPPORTED = tracksVisibility();

export class OcclusionWatch {
  private observer: IntersectionObserver | null = null;
  private visible = false;

  /** Starts watching `target`; until the first report it counts as covered. */
  watch(target: Element): void {
    this.stop();
    if (!SUPPORTED) return;
    this.observer = new IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1];
        if (last) this.visible = entryVisible(last);
      },
      // The whole list must be in view (threshold 1); the first report comes at once.
      trackVisibilityInit(1),
    );
    this.observer.observe(target);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.visible = false;
  }

  /** Nothing covers the target (or the browser cannot tell). */
  clear(): boolean {
    return !SUPPORTED || (this.observer !== null && this.visible);
  }
}
