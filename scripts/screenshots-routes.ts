/**
 * The README's "Routes by reason" shot (scripts/screenshots.ts runs it): options → Handoff with
 * billing routed to the billing team's CRM form and device faults to the network team's webhook,
 * the other reasons on the default. Filled in, not saved: the demo's own handoff set-up stays as it is.
 */
import type { BrowserContext, Page } from '@playwright/test';

export async function shootRoutes(
  ctx: BrowserContext,
  optionsUrl: string,
  shoot: (
    page: Page,
    name: string,
    clip: () => Promise<{ x: number; y: number; width: number; height: number }>,
  ) => Promise<void>,
): Promise<void> {
  const page = await ctx.newPage();
  await page.goto(optionsUrl);
  const handoff = page.getByRole('region', { name: 'Handoff' });
  const routes = handoff.getByRole('table', { name: 'Routes by reason' });
  await routes.getByRole('rowheader').first().waitFor();
  await routes.getByRole('combobox', { name: 'Method for 요금 · Billing' }).selectOption({ label: 'CRM form' });
  await routes
    .getByRole('textbox', { name: 'Destination for 요금 · Billing' })
    .fill('https://crm.hanbit.example/billing/new?handle={{customer.handle}}&note={{note}}');
  await routes
    .getByRole('combobox', { name: 'Method for 단말기 고장 · Device fault' })
    .selectOption({ label: 'Webhook' });
  await routes
    .getByRole('textbox', { name: 'Destination for 단말기 고장 · Device fault' })
    .fill('https://noc.hanbit.example/careline/handoffs');
  await routes.getByRole('combobox', { name: 'Method for 개통 · Activation' }).selectOption({ label: 'E-mail' });
  await routes.getByRole('textbox', { name: 'Destination for 개통 · Activation' }).fill('activation@hanbit.example');
  // No focus ring in the shot: the table as it stays after typing.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // The heading and help above the table are part of the shot.
  const block = page.locator('.handoff-routes');
  await block.scrollIntoViewIfNeeded();
  await shoot(page, 'options-routes.png', async () => {
    const box = await block.boundingBox();
    if (!box) throw new Error('the routes table has no box');
    return { x: 0, y: Math.max(0, box.y - 12), width: page.viewportSize()?.width ?? 1280, height: box.height + 24 };
  });
  await page.close();
}
