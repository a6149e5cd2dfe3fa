/** Opening Careline's options page in a test, with its uncaught errors asserted away at the end. */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Call once at the top of a spec file: registers the error check for every test in it. */
export function optionsPageOpener(): (context: BrowserContext, extensionId: string) => Promise<Page> {
  let errors: string[] = [];
  test.beforeEach(() => {
    errors = [];
  });
  test.afterEach(() => {
    expect(errors, 'uncaught errors on the options page').toEqual([]);
  });
  return async (context, extensionId) => {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    return page;
  };
}
