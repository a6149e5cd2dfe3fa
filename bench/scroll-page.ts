/**
 * What the scroll bench runs inside x.com's page (main world). Passed to page.evaluate, so each
 * function must be self-contained.
 */

export interface ScrollParams {
  step: number;
  maxSteps: number;
  maxMs: number;
  tailMs: number;
  /** Emulate a virtualised timeline (see installVirtualTimeline) while scrolling. */
  virtual: boolean;
}

export interface ScrollRun {
  start: number;
  end: number;
  steps: number;
  scrollMs: number;
  scrolledPx: number;
  /** Cells swapped in or out by the emulation (0 for a plain scroll). */
  swaps: number;
}

interface VirtualTimeline {
  update(): number;
}

/**
 * X's real Home timeline keeps only the cells near the viewport in the DOM and mounts / unmounts cells
 * as you scroll; our imitation renders all of them once. This emulation swaps each timeline cell that
 * is more than 1.5 viewports away for an empty placeholder of the same height (and back when it comes
 * near), so layout and scroll position are unchanged but the DOM churns the way X's does. It is the
 * bench's own code and runs the same with and without Careline.
 */
export function installVirtualTimeline(): number {
  const cells = Array.from(
    document.querySelectorAll<HTMLElement>('[aria-label^="Timeline:"] [data-testid="cellInnerDiv"]'),
  );
  const items = cells.map((cell) => {
    const rect = cell.getBoundingClientRect();
    const placeholder = document.createElement('div');
    placeholder.style.height = `${rect.height}px`;
    return { cell, placeholder, top: rect.top + window.scrollY, height: rect.height, mounted: true };
  });
  const timeline: VirtualTimeline = {
    update() {
      const lo = window.scrollY - 1.5 * window.innerHeight;
      const hi = window.scrollY + 2.5 * window.innerHeight;
      let swaps = 0;
      for (const item of items) {
        const near = item.top + item.height > lo && item.top < hi;
        if (near === item.mounted) continue;
        if (near) item.placeholder.replaceWith(item.cell);
        else item.cell.replaceWith(item.placeholder);
        item.mounted = near;
        swaps++;
      }
      return swaps;
    },
  };
  (window as unknown as { __benchVirtual: VirtualTimeline }).__benchVirtual = timeline;
  return timeline.update();
}

/** Scrolls by `step` px once per animation frame to the bottom (bounded), then waits `tailMs`. */
export async function scrollTimeline(p: ScrollParams): Promise<ScrollRun> {
  const virtual = p.virtual ? (window as unknown as { __benchVirtual?: VirtualTimeline }).__benchVirtual : undefined;
  if (p.virtual && !virtual) throw new Error('virtual timeline not installed');
  const start = performance.now();
  const fromY = window.scrollY;
  let steps = 0;
  let swaps = 0;
  while (steps < p.maxSteps && performance.now() - start < p.maxMs) {
    window.scrollBy(0, p.step);
    if (virtual) swaps += virtual.update();
    steps++;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1) break;
  }
  const scrollMs = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, p.tailMs));
  return { start, end: performance.now(), steps, scrollMs, scrolledPx: window.scrollY - fromY, swaps };
}
