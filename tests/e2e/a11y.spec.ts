/**
 * axe-core (WCAG 2.1 A and AA rules) on Careline's own pages, in the states agents see them: the
 * panel inside x.com (scoped to its frame: the imitation page is not ours) with a customer and a
 * template, its dialogs, a handoff with a ticket, X's dark and dim themes; the panel page on its own;
 * the options page top to bottom (light and dark), its Handoff form refusing a save, and a customer
 * import with problems. Serious and critical violations fail the test; the others are printed
 * (the panel's frame has no `main` landmark: it is a `complementary` one, as the contract says).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { AxeResults } from 'axe-core';
import type { BrowserContext, Page } from '@playwright/test';
import { startReceiver } from '../../examples/handoff-receiver/server';
import { expect, panelOf, test } from './fixtures';
import { configureWebhook } from './handoff-helpers';
import { optionsPageOpener } from './options-page';
import { seedCustomers, seedEvents, seedTemplates } from './seed';
import { SAMPLE_TEMPLATES } from '../../utils/templates/samples';

const MINJI = '/minji_kim/status/1991000000000000101';
/**
 * Scan the panel's own frame. It lives in a closed shadow root, where AxeBuilder's walk from x.com's
 * document never reaches: axe runs inside the frame itself instead (the imitation page is not ours).
 */
const PANEL = 'panel';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.1 A and AA, plus axe's best practices (landmarks, heading order…), which only print unless serious. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const BAD_CSV = path.resolve(import.meta.dirname, '../fixtures/customers/customers-bad.csv');
const ETA = {
  id: 'eta',
  title: '처리 예정 시간 안내',
  shortcut: 'eta',
  lang: 'ko',
  body: '{{customer.name | "고객"}}님, {{input:예상 시간}} 안에 처리해 드리겠습니다.',
  variants: { en: 'Hi {{customer.name | "there"}}, we\'ll have this fixed within {{input:예상 시간}}.' },
};

const openOptionsPage = optionsPageOpener();

/**
 * Runs axe on the page (or only inside `include`) and asserts no serious or critical violation;
 * minor and moderate ones are printed so they stay visible.
 */
async function expectAccessible(page: Page, state: string, include?: typeof PANEL): Promise<void> {
  const { violations } =
    include === PANEL ? await axeInPanel(page) : await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const describe = (v: (typeof violations)[number]) =>
    `${v.impact} ${v.id} (${v.help}):\n${v.nodes.map((n) => `    ${n.target.join(' > ')}: ${n.failureSummary?.replace(/\s*\n\s*/g, ' ') ?? ''}`).join('\n')}`;
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of violations.filter((x) => !blocking.includes(x))) console.log(`[axe: ${state}] ${describe(v)}`);
  expect(blocking.map(describe), `serious or critical axe violations: ${state}`).toEqual([]);
}

async function axeInPanel(page: Page): Promise<AxeResults> {
  const frame = await panelOf(page);
  await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(c: Document, o: object): Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
      }),
    TAGS,
  );
}

async function seedMinji(context: BrowserContext, extensionId: string): Promise<void> {
  await seedCustomers(context, extensionId, [
    {
      handle: 'minji_kim',
      name: '김민지',
      customerId: 'C-20931',
      phone: '010-1234-5678',
      plan: '5G 프리미엄',
      tags: ['VIP'],
      note: 'USIM 교체 이력',
      attributes: { 가입매장: '강남점' },
    },
  ]);
  await seedEvents(context, extensionId, [
    {
      customerHandle: 'minji_kim',
      kind: 'reply-sent',
      at: '2026-11-27T09:00:00.000Z',
      text: '확인 후 연락드리겠습니다.',
      agent: 'Jae',
      tweetUrl: `https://x.com${MINJI}`,
    },
    {
      customerHandle: 'minji_kim',
      kind: 'note',
      at: '2026-11-28T09:00:00.000Z',
      text: '유심 재발급 안내함',
      agent: 'Jae',
    },
  ]);
  await seedTemplates(context, extensionId, [ETA]);
}

/** The panel on Minji's tweet with her record shown and the fill-in template selected. */
async function openPanel(
  context: BrowserContext,
  extensionId: string,
  openX: (p: string) => Promise<Page>,
  query = '',
): Promise<Page> {
  const page = await openX(`${MINJI}${query}`);
  const panel = await panelOf(page);
  await expect(panel.getByRole('region', { name: 'Customer' }).getByText('C-20931')).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Notes' }).getByRole('listitem')).toHaveCount(1);
  await panel.getByRole('option', { name: ETA.title }).click();
  await expect(panel.getByText('To fill in: 예상 시간')).toBeVisible();
  return page;
}

test('the panel with a known customer and a selected template, and its Fill in and Hand off dialogs', async ({
  context,
  extensionId,
  openX,
}) => {
  await seedMinji(context, extensionId);
  const page = await openPanel(context, extensionId, openX);
  const panel = await panelOf(page);
  await expect(panel.getByRole('radiogroup', { name: 'Language' })).toBeVisible();
  await expectAccessible(page, 'panel: customer and template', PANEL);

  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(panel.getByRole('dialog', { name: 'Fill in' })).toBeVisible();
  await expectAccessible(page, 'panel: Fill in dialog', PANEL);
  await page.keyboard.press('Escape');
  await expect(panel.getByRole('dialog', { name: 'Fill in' })).toBeHidden();

  await panel.getByRole('button', { name: 'Hand off to call center' }).click();
  const dialog = panel.getByRole('dialog', { name: 'Hand off' });
  await dialog.getByText('Preview of what will be sent').click();
  await expect(dialog.getByLabel('Handoff preview')).toContainText('C-20931');
  await expectAccessible(page, 'panel: Hand off dialog', PANEL);
  await dialog.getByRole('textbox', { name: 'Callback phone' }).fill('abc');
  await expect(dialog.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'panel: Hand off dialog with a bad phone', PANEL);
  await page.keyboard.press('Escape');

  await panel.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(panel.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expectAccessible(page, 'panel: Keyboard shortcuts dialog', PANEL);
});

test('the panel asking before customer data goes into a public reply, and refusing it', async ({
  context,
  extensionId,
  openX,
  serviceWorker,
}) => {
  await seedMinji(context, extensionId);
  await seedTemplates(context, extensionId, [
    { id: 'account', title: 'Account check', lang: 'en', body: 'Your number {{customer.id}} is on file.' },
  ]);
  const page = await openX(MINJI);
  const panel = await panelOf(page);
  await panel.getByRole('option', { name: 'Account check' }).click();
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  const dialog = panel.getByRole('alertdialog', { name: 'Public reply with customer data' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'panel: public reply confirmation', PANEL);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await serviceWorker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { set(i: object): Promise<void> } } } }
    ).chrome.storage.local.set({ publicReplySettings: { crmFields: 'never' } }),
  );
  await expect(panel.getByText('Not allowed in a public reply: Customer ID')).toBeVisible();
  // Insert is off, with the reason and "Open DM" beside it; Enter in the list is refused in an alert.
  await expect(panel.getByRole('button', { name: 'Insert', exact: true })).toBeDisabled();
  await expect(panel.getByRole('link', { name: 'Open DM' })).toBeVisible();
  await expectAccessible(page, 'panel: public reply not allowed', PANEL);
  await panel.getByRole('listbox', { name: 'Templates' }).focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('alert')).toContainText('Not inserted');
  await expectAccessible(page, 'panel: public reply refused', PANEL);
});

test('the preview with chips and the Fill in dialog with values the record lacks, dark theme too', async ({
  context,
  extensionId,
  openX,
}) => {
  await seedTemplates(context, extensionId, [
    {
      id: 'bill',
      title: 'Bill ready',
      lang: 'en',
      body: 'Hi {{customer.name}}, your {{input:Billing month}} bill for {{customer.plan}} is ready.',
    },
  ]);
  for (const theme of ['light', 'dark']) {
    const page = await openX(`/sarah_j_miller/status/1991000000000000102?theme=${theme}`);
    const panel = await panelOf(page);
    await panel.getByRole('option', { name: 'Bill ready' }).click();
    await expect(panel.locator('.preview-text .ph-chip')).toHaveCount(2);
    await expectAccessible(page, `panel: preview chips, ${theme}`, PANEL);
    await panel.getByRole('button', { name: 'Insert', exact: true }).click();
    const dialog = panel.getByRole('dialog', { name: 'Fill in' });
    await dialog.getByRole('textbox', { name: 'Billing month' }).fill('November');
    await expect(dialog.getByRole('group', { name: "Not in the customer's record" })).toBeVisible();
    await expectAccessible(page, `panel: Fill in with missing values, ${theme}`, PANEL);
    await page.close();
  }
});

test('the panel with a handoff ticket, in dark and dim themes, and on its own page', async ({
  context,
  extensionId,
  openX,
}) => {
  const receiver = await startReceiver({ port: 0 });
  try {
    await configureWebhook(context, extensionId, { url: receiver.webhookUrl, callCenterName: '고객센터' });
    await seedMinji(context, extensionId);
    const page = await openPanel(context, extensionId, openX, '?theme=dark');
    const panel = await panelOf(page);
    await expect(panel.locator('html')).toHaveAttribute('data-theme', 'dark');
    await panel.getByRole('button', { name: 'Hand off to call center' }).click();
    await panel.getByRole('dialog', { name: 'Hand off' }).getByRole('button', { name: 'Send handoff' }).click();
    const card = panel.getByRole('region', { name: 'Customer' });
    await expect(card.getByRole('status')).toContainText(/Ticket CL-\d{6}/);
    await expect(card.getByRole('button', { name: 'Insert ticket reply' })).toBeVisible();
    await expectAccessible(page, 'panel: ticket, dark', PANEL);
    // Send closed the dialog: open it again so the dark-theme scan covers it.
    await card.getByRole('button', { name: 'Hand off to call center' }).click();
    const dialog = panel.getByRole('dialog', { name: 'Hand off' });
    await expect(dialog).toBeVisible();
    await expectAccessible(page, 'panel: Hand off dialog, dark', PANEL);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await page.goto(`https://x.com${MINJI}?theme=dim`);
    await expect((await panelOf(page)).locator('html')).toHaveAttribute('data-theme', 'dim');
    await expect((await panelOf(page)).getByRole('button', { name: 'Insert ticket reply' })).toBeVisible();
    await expectAccessible(page, 'panel: ticket, dim', PANEL);

    await page.goto(`https://x.com${MINJI}?theme=light`);
    await expect((await panelOf(page)).getByRole('button', { name: 'Insert ticket reply' })).toBeVisible();
    await expectAccessible(page, 'panel: ticket, light', PANEL);
  } finally {
    await receiver.close();
  }

  // panel.html in a tab of its own (no x.com tab): the whole document is ours, page-level rules too.
  const own = await context.newPage();
  await own.goto(`chrome-extension://${extensionId}/panel.html`);
  await expect(own.getByRole('listbox', { name: 'Templates' }).getByRole('option').first()).toBeVisible();
  await expectAccessible(own, 'panel.html');
  // No customer here: {{customer.handle}} is missing, the agent confirms; no x.com tab: the alert with Copy.
  await own.getByRole('option', { name: 'Ask for a DM' }).click();
  await own.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(own.getByRole('group', { name: 'Missing values' })).toBeVisible();
  await expectAccessible(own, 'panel.html: missing values');
  await own.getByRole('button', { name: 'Insert anyway' }).click();
  await expect(own.getByRole('alert')).toContainText('Careline could not find');
  await expectAccessible(own, 'panel.html: insert alert');
});

test('the options page top to bottom, in light and dark colour schemes', async ({ context, extensionId }) => {
  const page = await openOptionsPage(context, extensionId);
  const templates = page.getByRole('region', { name: 'Templates', exact: true });
  // The header row and one per sample.
  await expect(templates.getByRole('table', { name: 'Template library' }).getByRole('row')).toHaveCount(
    SAMPLE_TEMPLATES.length + 1,
  );
  await expect(page.getByRole('region', { name: 'Handoff' }).getByRole('radio', { name: 'Webhook' })).toBeChecked();
  await expect(
    page.getByRole('region', { name: 'Customers', exact: true }).getByText('Customers saved: 0'),
  ).toBeVisible();
  await expectAccessible(page, 'options');

  // The editor open on a template, with its preview and length.
  await templates.getByRole('button', { name: '문의 감사 인사', exact: true }).click();
  await expect(templates.getByRole('region', { name: 'Edit template' })).toBeVisible();
  await expectAccessible(page, 'options: template editor');
  await templates.getByRole('button', { name: 'New template' }).click();
  await expect(templates.getByRole('region', { name: 'New template' })).toBeVisible();

  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'options: dark');
});

test('the options Handoff section refusing a save, and a customer import with problems', async ({
  context,
  extensionId,
}) => {
  const page = await openOptionsPage(context, extensionId);
  const handoff = page.getByRole('region', { name: 'Handoff' });
  await handoff.getByRole('textbox', { name: 'Webhook URL' }).fill('http://example.com');
  await handoff.getByRole('textbox', { name: 'Timeout (seconds)' }).fill('90');
  await handoff.getByRole('button', { name: 'Save' }).click();
  await expect(handoff.getByRole('alert')).toContainText('Nothing was saved');
  await expectAccessible(page, 'options: Handoff with problems');

  const customers = page.getByRole('region', { name: 'Customers', exact: true });
  await customers.getByLabel('Import customers').setInputFiles(BAD_CSV);
  await expect(customers.getByRole('list', { name: 'Problems' }).getByRole('listitem')).toHaveCount(4);
  await expect(customers.getByRole('table', { name: 'Column mapping' })).toBeVisible();
  await expectAccessible(page, 'options: customer import with problems');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'options: problems, dark');
});
