/**
 * Handoff plumbing for the e2e specs: set the webhook up through the options page as a team lead
 * would, and stop the extension's service worker the way Chrome does when it idles (DevTools
 * protocol: close the worker's target). Bulk queueing lives in outbox-page.ts (the bench uses it too).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';

export { outboxPage, outboxRows, queueHandoffs } from './outbox-page';

export async function configureWebhook(
  context: BrowserContext,
  extensionId: string,
  settings: {
    url: string;
    secret?: string;
    timeoutSeconds?: number;
    callCenterName?: string;
    callCenterPhone?: string;
  },
): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const section = page.getByRole('region', { name: 'Handoff' });
  await section.getByRole('radio', { name: 'Webhook' }).check();
  await section.getByRole('textbox', { name: 'Webhook URL' }).fill(settings.url);
  if (settings.secret !== undefined) await section.getByLabel('Webhook secret').fill(settings.secret);
  if (settings.timeoutSeconds !== undefined)
    await section.getByRole('textbox', { name: 'Timeout (seconds)' }).fill(String(settings.timeoutSeconds));
  if (settings.callCenterName !== undefined)
    await section.getByRole('textbox', { name: 'Call center name' }).fill(settings.callCenterName);
  if (settings.callCenterPhone !== undefined)
    await section.getByRole('textbox', { name: 'Call center phone' }).fill(settings.callCenterPhone);
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('status')).toContainText('Saved');
  await page.close();
}

/** Stops Careline's service worker now (as Chrome does after 30 s idle); it starts again on its next event. */
export async function stopServiceWorker(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const workers = async () =>
    (await cdp.send('Target.getTargets')).targetInfos.filter(
      (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
    );
  const [worker] = await workers();
  if (!worker) throw new Error('Careline has no running service worker to stop');
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  // Gone for real before the test goes on (a new one may start at once for a pending event: another id).
  await expect.poll(async () => (await workers()).some((t) => t.targetId === worker.targetId)).toBe(false);
  await cdp.detach();
}
