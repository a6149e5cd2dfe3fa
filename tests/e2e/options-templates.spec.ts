/**
 * The template library on the options page: the editor's live preview and length, delete with Undo
 * (single and bulk), bulk move, and team items that open read-only and are duplicated to edit.
 */
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { optionsPageOpener } from './options-page';
import { SAMPLE_TEMPLATES } from '../../utils/templates/samples';

const PACKS = path.resolve(import.meta.dirname, '../fixtures/packs');
/** How many sample replies a first install seeds. */
const SAMPLES = SAMPLE_TEMPLATES.length;

const openOptionsPage = optionsPageOpener();

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await openOptionsPage(context, extensionId);
  await expect(rows(page)).toHaveCount(SAMPLES);
  return page;
}

const section = (page: Page) => page.getByRole('region', { name: 'Templates', exact: true });
const library = (page: Page) => section(page).getByRole('table', { name: 'Template library' });
const rows = (page: Page) =>
  library(page)
    .getByRole('row')
    .filter({ has: page.getByRole('button') });
const row = (page: Page, title: string) =>
  rows(page).filter({ has: page.getByRole('button', { name: title, exact: true }) });
/** The editor pane (its heading says what is open). */
const editor = (page: Page) =>
  section(page).getByRole('region', { name: /^(New template|Edit template|Team template)/ });

/** X's weighting for these texts: Hangul 2, everything else here 1. */
function xLength(text: string): number {
  return [...text].reduce((n, c) => n + (/[가-힣]/.test(c) ? 2 : 1), 0);
}

test('a new template gets a live preview with the sample customer and its X length, and saves', async ({
  context,
  extensionId,
}) => {
  const page = await openOptions(context, extensionId);
  const templates = section(page);
  await templates.getByRole('button', { name: 'New template' }).click();
  const form = editor(page);
  await expect(form.getByRole('heading', { name: 'New template' })).toBeVisible();

  await form.getByLabel('Title').fill('택배 지연 안내');
  await form.getByLabel('Shortcut').fill(';ship');
  await form.getByLabel('Folder').fill('배송');
  await form.getByLabel('Tags').fill('배송, apology');
  await form
    .getByLabel('Body', { exact: true })
    .fill('{{customer.name | "고객"}}님, 주문하신 상품이 {{input:도착일}}에 도착할 예정입니다. {{agent.nickname}}');
  const preview = form.getByLabel('Preview text');
  const filled = '김민지님, 주문하신 상품이 [도착일]에 도착할 예정입니다. {{agent.nickname}}';
  await expect(preview).toHaveText(filled);
  await expect(form.getByRole('meter', { name: 'Length' })).toHaveText(`${xLength(filled)} / 280`);
  // An unknown path is flagged, not silently blank.
  await expect(form.getByText('No value for {{agent.nickname}}')).toBeVisible();

  // Over the limit: the count turns into a warning, live.
  await form.getByLabel('Body', { exact: true }).fill(`{{customer.name}}님, ${'가'.repeat(140)}`);
  await expect(form.getByRole('meter', { name: 'Length' })).toHaveText(
    `${xLength(`김민지님, ${'가'.repeat(140)}`)} / 280`,
  );
  await expect(form.getByText(/over X's limit/)).toBeVisible();

  const body = '{{customer.name | "고객"}}님, 주문하신 상품이 {{input:도착일}}에 도착할 예정입니다.';
  await form.getByLabel('Body', { exact: true }).fill(body);
  await form.getByLabel('English variant (en)').fill('Hi @{{customer.handle}}, your order arrives on {{input:Date}}.');
  await form.getByLabel('Preview language').selectOption('en');
  await expect(preview).toHaveText('Hi @minji_kim, your order arrives on [Date].');
  await expect(form.getByRole('meter', { name: 'Length' })).toHaveText(
    `${'Hi @minji_kim, your order arrives on [Date].'.length} / 280`,
  );

  await form.getByRole('button', { name: 'Save template', exact: true }).click();
  await expect(templates.getByRole('status', { name: 'Template library status' })).toHaveText('Saved.');
  await expect(form.getByRole('heading', { name: 'Edit template' })).toBeVisible();
  await expect(rows(page)).toHaveCount(SAMPLES + 1);
  await expect(row(page, '택배 지연 안내')).toContainText(';ship');
  await expect(row(page, '택배 지연 안내')).toContainText('Personal');
  await expect(templates.getByRole('button', { name: '배송 1' })).toBeVisible();

  // Edit a seeded personal template: the preview follows every keystroke, the list follows the save.
  await row(page, 'Ask for a DM').getByRole('button', { name: 'Ask for a DM' }).click();
  await expect(form.getByLabel('Preview text')).toContainText('Hi @minji_kim, sorry about this!');
  await form.getByLabel('Title').fill('Ask for a DM (account)');
  await form.getByLabel('Body', { exact: true }).fill('Hi {{customer.name}}, please DM us your account number.');
  await expect(form.getByLabel('Preview text')).toHaveText('Hi 김민지, please DM us your account number.');
  await form.getByRole('button', { name: 'Save template', exact: true }).click();
  await expect(row(page, 'Ask for a DM (account)')).toHaveCount(1);
  await page.reload();
  await row(page, 'Ask for a DM (account)').getByRole('button').click();
  await expect(editor(page).getByLabel('Body', { exact: true })).toHaveValue(
    'Hi {{customer.name}}, please DM us your account number.',
  );
});

test('delete is immediate and Undo brings it back, for one template and for a bulk selection', async ({
  context,
  extensionId,
}) => {
  const page = await openOptions(context, extensionId);
  const templates = section(page);

  await row(page, 'Ask for a DM').getByRole('button', { name: 'Ask for a DM' }).click();
  await editor(page).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(rows(page)).toHaveCount(SAMPLES - 1);
  await expect(templates.getByRole('status', { name: 'Template library status' })).toContainText(
    'Deleted "Ask for a DM".',
  );
  await templates
    .getByRole('status', { name: 'Template library status' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(rows(page)).toHaveCount(SAMPLES);
  await expect(templates.getByRole('status', { name: 'Template library status' })).toHaveText(
    'Restored "Ask for a DM".',
  );

  await row(page, '문의 감사 인사').getByRole('checkbox').check();
  await row(page, 'Network outage update').getByRole('checkbox').check();
  await templates.getByRole('button', { name: 'Delete selected' }).click();
  await expect(rows(page)).toHaveCount(SAMPLES - 2);
  await expect(templates.getByRole('status', { name: 'Template library status' })).toContainText(
    'Deleted 2 templates.',
  );
  await templates.getByRole('button', { name: 'Undo' }).click();
  await expect(rows(page)).toHaveCount(SAMPLES);
  await expect(row(page, '문의 감사 인사')).toHaveCount(1);

  // Bulk move to a new folder.
  await row(page, '문의 감사 인사').getByRole('checkbox').check();
  await row(page, '개통 지연 사과').getByRole('checkbox').check();
  await templates.getByLabel('Move to folder').fill('인사말');
  await templates.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(templates.getByRole('button', { name: '인사말 2' })).toBeVisible();
  await expect(templates.getByRole('button', { name: `Samples ${SAMPLES - 2}` })).toBeVisible();
  await templates.getByRole('button', { name: '인사말 2' }).click();
  await expect(rows(page)).toHaveCount(2);
  await templates.getByRole('button', { name: `All ${SAMPLES}` }).click();
  await templates.getByRole('searchbox', { name: 'Search templates' }).fill('outage');
  await expect(rows(page)).toHaveCount(1);
});

test('a team item opens read-only and "Duplicate to edit" makes an editable personal copy', async ({
  context,
  extensionId,
}) => {
  const page = await openOptions(context, extensionId);
  // A new pack goes in at once (no preview: it only adds).
  await page.getByLabel('Import templates').setInputFiles(path.join(PACKS, 'cs-care-v1.json'));
  await expect(page.getByRole('status')).toHaveText('Imported 4 templates');

  await row(page, '로밍 신청 방법').getByRole('button', { name: '로밍 신청 방법' }).click();
  const form = editor(page);
  await expect(form.getByRole('heading', { name: 'Team template (read-only)' })).toBeVisible();
  await expect(form.getByLabel('Title')).toBeDisabled();
  await expect(form.getByLabel('Body', { exact: true })).toBeDisabled();
  await expect(form.getByRole('button', { name: 'Save template', exact: true })).toHaveCount(0);
  await expect(form.getByRole('button', { name: 'Delete', exact: true })).toHaveCount(0);
  await expect(form.getByLabel('Preview text')).toHaveText(
    '출국 전 앱의 [로밍] 메뉴에서 [국가] 요금제를 신청하시면 도착 즉시 이용하실 수 있습니다.',
  );

  // A locked row cannot be bulk-deleted either.
  await row(page, '로밍 신청 방법').getByRole('checkbox').check();
  await expect(section(page).getByRole('button', { name: 'Delete selected' })).toBeDisabled();

  await form.getByRole('button', { name: 'Duplicate to edit' }).click();
  await expect(form.getByRole('heading', { name: 'Edit template' })).toBeVisible();
  await expect(form.getByLabel('Title')).toHaveValue('로밍 신청 방법 (copy)');
  await expect(form.getByLabel('Title')).toBeEnabled();
  await expect(rows(page)).toHaveCount(SAMPLES + 5);
  await expect(row(page, '로밍 신청 방법 (copy)')).toContainText('Personal');
  await form.getByLabel('Body', { exact: true }).fill('{{customer.name}}님, 로밍은 앱에서 신청하세요.');
  await form.getByRole('button', { name: 'Save template', exact: true }).click();
  await expect(section(page).getByRole('status', { name: 'Template library status' })).toHaveText('Saved.');
  await expect(row(page, '로밍 신청 방법').getByRole('img', { name: 'Locked' })).toBeVisible();
});
