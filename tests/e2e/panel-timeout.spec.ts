/**
 * The panel's requests to the x.com tab end, answered or not. x.com's own scripts can keep the page's
 * main thread busy for seconds (a long task), and Careline's content script runs on that thread:
 * here the page blocks itself on a synchronous request that the test holds open, so the content
 * script cannot answer until the test lets the page go.
 */
import type { Page, Route } from '@playwright/test';
import { composerState, expect, panelOf, test } from './fixtures';

const MINJI = '/minji_kim/status/1991000000000000101';
interface ExtensionGlobal {
  chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
}

const REPLY = '김민지님, 문의해 주셔서 감사합니다. 확인 후 바로 답변드리겠습니다.';

/** The page busy until the returned release() is called (a synchronous XHR the test holds). */
async function keepPageBusy(page: Page): Promise<() => Promise<void>> {
  let held: Route | undefined;
  const blocked = new Promise<void>((resolve) => {
    void page.route('**/careline-test/busy', (route) => {
      held = route;
      resolve();
    });
  });
  await page.evaluate(() => {
    setTimeout(() => {
      const request = new XMLHttpRequest();
      request.open('GET', '/careline-test/busy', false);
      request.send();
    });
  });
  await blocked;
  return async () => {
    await held?.fulfill({ status: 204, body: '' });
  };
}

for (const { locale, heading, retry } of [
  { locale: 'en', heading: /The x\.com tab did not answer within 8 seconds/, retry: 'Try again' },
  { locale: 'ko', heading: /x\.com 탭이 8초 안에 응답하지 않아/, retry: '다시 시도' },
]) {
  test(`an insert the busy x.com tab does not answer ends in a clear state, nothing lands late, and Try again inserts once (${locale})`, async ({
    openX,
    serviceWorker,
  }) => {
    if (locale === 'ko') {
      await serviceWorker.evaluate(() =>
        (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set({ uiLanguage: 'ko' }),
      );
    }
    const page = await openX(MINJI);
    const panel = await panelOf(page);
    await panel.getByRole('option', { name: '문의 감사 인사' }).click();
    const release = await keepPageBusy(page);

    // Clicked from inside the panel's frame: a pointer click goes through the page's own (blocked)
    // renderer first, and would wait as long as the page does.
    await panel
      .getByRole('button', { name: locale === 'ko' ? '삽입' : 'Insert' })
      .evaluate((b: HTMLElement) => b.click());
    const alert = panel.getByRole('alert').filter({ hasText: heading });
    await expect(alert).toBeVisible({ timeout: 20_000 });
    await expect(alert).toContainText(locale === 'ko' ? '아무것도 삽입되지 않았습니다' : 'nothing was inserted');

    // The page wakes up and its content script reads the overdue insert: it must not run it.
    await release();
    await expect.poll(() => composerState(page)).toBe('');
    await expect(alert).toBeVisible();

    await alert.getByRole('button', { name: retry }).click();
    await expect.poll(() => composerState(page)).toBe(REPLY);
    await expect(alert).toBeHidden();
  });
}
