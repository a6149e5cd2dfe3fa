import type { Locator } from '@playwright/test';
import { expect } from './fixtures';

/** In the panel's window and not hidden by anything (a region's overflow, another element). */
export async function expectInView(locator: Locator, what: string): Promise<void> {
  const seen = await locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + Math.min(box.height / 2, 10);
    const hit = document.elementFromPoint(x, y);
    return {
      inWindow: box.top >= 0 && box.bottom <= innerHeight && box.height > 0,
      hit: hit !== null && (hit === el || el.contains(hit)),
    };
  });
  expect(seen, what).toEqual({ inWindow: true, hit: true });
}
