/**
 * An import through the options page, timed inside the page: from the file input's change event
 * (the agent has chosen the file) to the status "Imported N …" on screen. Playwright's own transfer
 * of a multi-megabyte file into the page is not Careline's time, so it is left out. `confirm`: the
 * button the agent presses after checking the preview (customers: "Import"); the time from the
 * preview on screen to that click is the agent's, and is left out too.
 */
import type { Page } from '@playwright/test';

type FileArg = Parameters<Page['setInputFiles']>[1];

export async function timeImportUntilStatus(
  page: Page,
  inputLabel: string,
  file: FileArg,
  noun: string,
  timeoutMs: number,
  confirm?: string,
): Promise<number> {
  await page.evaluate(
    ([what, button]) => {
      const w = window as unknown as { __importMs?: number };
      delete w.__importMs;
      let started = 0;
      const done = new RegExp(`^Imported \\d+ ${what}$`);
      document.addEventListener(
        'change',
        () => {
          started = performance.now();
        },
        { capture: true, once: true },
      );
      if (button) {
        // Preview on screen: the clock stops until the agent's click starts it again.
        let waited = 0;
        const shown = new MutationObserver(() => {
          const found = [...document.querySelectorAll('button')].find((b) => b.textContent === button && !b.disabled);
          if (!started || !found || waited) return;
          waited = performance.now();
          shown.disconnect();
          found.addEventListener(
            'click',
            () => {
              started += performance.now() - waited;
            },
            { capture: true, once: true },
          );
        });
        shown.observe(document.body, { childList: true, subtree: true, attributes: true });
      }
      const observer = new MutationObserver(() => {
        if (
          !started ||
          ![...document.querySelectorAll('[role="status"]')].some((el) => done.test(el.textContent ?? ''))
        )
          return;
        w.__importMs = performance.now() - started;
        observer.disconnect();
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    },
    [noun, confirm] as const,
  );
  await page.getByLabel(inputLabel).setInputFiles(file);
  if (confirm) await page.getByRole('button', { name: confirm, exact: true }).click({ timeout: timeoutMs });
  const handle = await page.waitForFunction(
    () => (window as unknown as { __importMs?: number }).__importMs,
    undefined,
    { timeout: timeoutMs },
  );
  return (await handle.jsonValue()) as number;
}
