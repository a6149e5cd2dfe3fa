/**
 * An import through the options page, timed inside the page: from the file input's change event
 * (the agent has chosen the file) to the status "Imported N …" on screen. Playwright's own transfer
 * of a multi-megabyte file into the page is not Careline's time, so it is left out.
 */
import type { Page } from '@playwright/test';

type FileArg = Parameters<Page['setInputFiles']>[1];

export async function timeImportUntilStatus(page: Page, inputLabel: string, file: FileArg, noun: string, timeoutMs: number): Promise<number> {
  await page.evaluate((what) => {
    const w = window as unknown as { __importMs?: number };
    delete w.__importMs;
    let started = 0;
    const done = new RegExp(`^Imported \\d+ ${what}$`);
    document.addEventListener('change', () => { started = performance.now(); }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (!started || ![...document.querySelectorAll('[role="status"]')].some((el) => done.test(el.textContent ?? ''))) return;
      w.__importMs = performance.now() - started;
      observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }, noun);
  await page.getByLabel(inputLabel).setInputFiles(file);
  const handle = await page.waitForFunction(() => (window as unknown as { __importMs?: number }).__importMs, undefined, { timeout: timeoutMs });
  return (await handle.jsonValue()) as number;
}
