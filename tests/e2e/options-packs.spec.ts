/**
 * Team packs on the options page: import with a preview, re-import showing what changed, bad packs
 * refused with the reason and the library untouched, export, subscription; then the panel on the
 * x.com imitation lists what was imported.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, panelOf, test } from './fixtures';
import { optionsPageOpener } from './options-page';
import { SAMPLE_TEMPLATES } from '../../utils/templates/samples';

const PACKS = path.resolve(import.meta.dirname, '../fixtures/packs');
const pack = (name: string) => path.join(PACKS, name);
const MINJI = '/minji_kim/status/1991000000000000101';
/** How many sample replies a first install seeds. */
const SAMPLES = SAMPLE_TEMPLATES.length;

const openOptionsPage = optionsPageOpener();

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await openOptionsPage(context, extensionId);
  // Seeding happens on install, in the background: wait until the library is there.
  await expect(library(page).getByRole('button', { name: '문의 감사 인사' })).toBeVisible();
  return page;
}

const templatesSection = (page: Page) => page.getByRole('region', { name: 'Templates', exact: true });
const packsSection = (page: Page) => page.getByRole('region', { name: 'Team packs' });
const library = (page: Page) => templatesSection(page).getByRole('table', { name: 'Template library' });
/** Template rows in the library table (the header row excluded). */
const rows = (page: Page) =>
  library(page)
    .getByRole('row')
    .filter({ has: page.getByRole('button') });
const summary = (page: Page) => packsSection(page).getByRole('list', { name: 'Import summary' });

test('a new Korean + English pack goes in locked, a new version is previewed with its changes, and both reach the panel', async ({
  context,
  extensionId,
  openX,
}) => {
  const page = await openOptions(context, extensionId);
  await expect(rows(page)).toHaveCount(SAMPLES);
  const packs = packsSection(page);

  // A pack Careline has never seen only adds: imported at once, with its titles and an Undo.
  await packs.getByLabel('Import templates').setInputFiles(pack('cs-care-v1.json'));
  await expect(packs.getByRole('status')).toHaveText('Imported 4 templates');
  await expect(
    packs.getByText(
      '고객지원팀 답변 (CS care): 환불 진행 안내, Router restart steps, 로밍 신청 방법, Bill breakdown offer',
    ),
  ).toBeVisible();
  await expect(rows(page)).toHaveCount(SAMPLES + 4);
  const refund = rows(page).filter({ hasText: '환불 진행 안내' });
  await expect(refund.getByRole('img', { name: 'Locked' })).toBeVisible();
  await expect(refund).toContainText('cs-care');
  await expect(refund).toContainText(';refund');
  await expect(templatesSection(page).getByRole('button', { name: '결제 2' })).toBeVisible();
  const listed = packs.getByRole('table').getByRole('row', { name: /고객지원팀 답변/ });
  await expect(listed.getByRole('cell').nth(1)).toHaveText('4');

  // Version 2: refund body + tags edited, bill retitled, roaming dropped, a plan-change reply added.
  await packs.getByLabel('Import templates').setInputFiles(pack('cs-care-v2.json'));
  await expect(summary(page).getByRole('listitem')).toHaveText(['1 added', '2 changed', '1 removed', '1 unchanged']);
  await expect(packs.getByRole('list', { name: 'Added' })).toHaveText('5G 요금제 변경 안내');
  // Changed fields in the pack format's field order.
  await expect(packs.getByRole('list', { name: 'Changed' }).getByRole('listitem')).toHaveText([
    '환불 진행 안내 (body, tags)',
    'Monthly bill walkthrough (title)',
  ]);
  await expect(packs.getByRole('list', { name: 'Removed' })).toHaveText('로밍 신청 방법');
  await packs.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(packs.getByRole('status')).toHaveText('Imported 4 templates');
  await expect(rows(page)).toHaveCount(SAMPLES + 4);
  await expect(rows(page).filter({ hasText: '로밍 신청 방법' })).toHaveCount(0);
  await expect(
    rows(page).filter({ hasText: '5G 요금제 변경 안내' }).getByRole('img', { name: 'Locked' }),
  ).toBeVisible();

  const x = await openX(MINJI);
  await expect((await panelOf(x)).getByRole('option', { name: '5G 요금제 변경 안내' })).toBeVisible();
  await expect((await panelOf(x)).getByRole('option', { name: 'Monthly bill walkthrough' })).toBeVisible();
});

test('bad packs are refused with the reason and where, and the library stays as it was', async ({
  context,
  extensionId,
}) => {
  const page = await openOptions(context, extensionId);
  const packs = packsSection(page);
  const input = packs.getByLabel('Import templates');
  await expect(rows(page)).toHaveCount(SAMPLES);

  const cases: Array<[string, RegExp]> = [
    ['bad-invalid-json.json', /Not valid JSON at line 7, column 3/],
    ['bad-missing-title.json', /templates\[1\]\.title: required/],
    ['bad-duplicate-ids.json', /templates\[2\]\.id: "greet" is also the id of templates\[0\]; ids must be unique/],
  ];
  for (const [file, reason] of cases) {
    await input.setInputFiles(pack(file));
    await expect(packs.getByRole('alert')).toContainText(file);
    await expect(packs.getByRole('alert')).toContainText(reason);
    await expect(packs.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
    await expect(rows(page)).toHaveCount(SAMPLES);
  }
  // A newer format version, and a file past the 5 MB limit (refused by its size, before parsing).
  const v2 = JSON.stringify({
    format: 'careline-templates',
    version: 2,
    pack: { id: 'next', name: '다음 버전' },
    templates: [],
  });
  await input.setInputFiles({ name: 'next-version.json', mimeType: 'application/json', buffer: Buffer.from(v2) });
  await expect(packs.getByRole('alert')).toContainText('version: Careline reads version 1 packs; this is version 2');
  await input.setInputFiles({
    name: 'huge.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 32),
  });
  await expect(packs.getByRole('alert')).toContainText('Careline reads packs up to 5 MB');
  await expect(rows(page)).toHaveCount(SAMPLES);
  await expect(templatesSection(page).getByRole('button', { name: `All ${SAMPLES}` })).toBeVisible();
  await expect(packs.getByText('No team pack yet')).toBeVisible();

  // Undo takes a new pack out again; Cancel on an update's preview changes nothing.
  await input.setInputFiles(pack('cs-care-v1.json'));
  await expect(rows(page)).toHaveCount(SAMPLES + 4);
  await packs.getByRole('button', { name: 'Undo import' }).click();
  await expect(rows(page)).toHaveCount(SAMPLES);
  await input.setInputFiles(pack('cs-care-v1.json'));
  await expect(rows(page)).toHaveCount(SAMPLES + 4);
  await input.setInputFiles(pack('cs-care-v2.json'));
  await expect(packs.getByRole('heading', { name: /^Preview/ })).toBeVisible();
  await packs.getByRole('button', { name: 'Cancel' }).click();
  await expect(packs.getByRole('heading', { name: /^Preview/ })).toHaveCount(0);
  await expect(rows(page)).toHaveCount(SAMPLES + 4);
  await expect(rows(page).filter({ hasText: '로밍 신청 방법' })).toHaveCount(1);
});

test('a folder exports as a pack file in the contract format', async ({ context, extensionId }) => {
  const page = await openOptions(context, extensionId);
  const packs = packsSection(page);
  await packs.getByLabel('Folder to export').selectOption('Samples');
  await packs.getByLabel('Pack id').fill('seoul-care');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    packs.getByRole('button', { name: 'Export folder' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('seoul-care.json');
  const file = JSON.parse(await readFile(await download.path(), 'utf8')) as {
    format: string;
    version: number;
    pack: { id: string; name: string };
    templates: Array<{ title: string; folder: string }>;
  };
  expect(file).toMatchObject({ format: 'careline-templates', version: 1, pack: { id: 'seoul-care', name: 'Samples' } });
  expect(file.templates.map((t) => t.title).sort()).toEqual(
    [
      'Ask for a DM',
      'Network outage update',
      '개통 지연 사과',
      '문의 감사 인사',
      '요금제 안내 (DM)',
      '인터넷 끊김 점검 안내',
      '배송 지연 안내',
      '요금 청구 확인',
    ].sort(),
  );
  await expect(packs.getByRole('status')).toHaveText(`Exported ${SAMPLES} templates to seoul-care.json`);
});

test('subscribing to a pack URL previews, imports, and lists the subscription', async ({ context, extensionId }) => {
  const versions = [await readFile(pack('cs-care-v1.json'), 'utf8'), await readFile(pack('cs-care-v2.json'), 'utf8')];
  let published = 0;
  // The team's pack server, stood in for by Playwright: ETag per version, 304 when the agent has it.
  await context.route('https://packs.careline.test/**', (route) => {
    const cors = {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Headers': 'If-None-Match',
      'Access-Control-Expose-Headers': 'ETag',
    };
    const etag = `"v${published + 1}"`;
    if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    if (route.request().headers()['if-none-match'] === etag)
      return route.fulfill({ status: 304, headers: { ...cors, ETag: etag } });
    return route.fulfill({
      status: 200,
      body: versions[published],
      contentType: 'application/json',
      headers: { ...cors, ETag: etag },
    });
  });
  const page = await openOptions(context, extensionId);
  const packs = packsSection(page);
  const url = packs.getByRole('textbox', { name: 'Pack URL' });

  await url.fill('http://packs.careline.test/cs-care.json');
  await packs.getByRole('button', { name: 'Subscribe' }).click();
  await expect(packs.getByRole('alert')).toContainText('must use https://');

  await url.fill('https://packs.careline.test/cs-care.json');
  await packs.getByRole('button', { name: 'Subscribe' }).click();
  await expect(summary(page).getByRole('listitem')).toHaveText(['4 added', '0 changed', '0 removed', '0 unchanged']);
  await packs.getByRole('button', { name: 'Subscribe and import' }).click();
  await expect(packs.getByRole('status')).toHaveText('Subscribed to 고객지원팀 답변 (CS care): imported 4 templates');
  const listed = packs.getByRole('table').getByRole('row', { name: /고객지원팀 답변/ });
  await expect(listed).toContainText('https://packs.careline.test/cs-care.json');
  await expect(rows(page)).toHaveCount(SAMPLES + 4);

  await listed.getByRole('button', { name: 'Check now' }).click();
  await expect(packs.getByRole('status')).toHaveText('고객지원팀 답변 (CS care) is up to date');
  published = 1;
  await listed.getByRole('button', { name: 'Check now' }).click();
  await expect(packs.getByRole('status')).toHaveText('고객지원팀 답변 (CS care) updated: 4 templates');
  await expect(rows(page).filter({ hasText: '5G 요금제 변경 안내' })).toHaveCount(1);
  await expect(rows(page).filter({ hasText: '로밍 신청 방법' })).toHaveCount(0);
});

test('a subscription update that adds a private placeholder waits in the pack list until it is reviewed and applied', async ({
  context,
  extensionId,
}) => {
  const v1 = await readFile(pack('cs-care-v1.json'), 'utf8');
  // The attacker (or a careless edit) makes the refund reply fill in the customer's phone number.
  const v2json = JSON.parse(v1) as { pack: { updatedAt: string }; templates: Array<{ id: string; body: string }> };
  v2json.pack.updatedAt = '2026-12-05T00:00:00Z';
  const refund = v2json.templates.find((t) => t.id === 'refund-status')!;
  const phoneBody = `${refund.body} 확인 전화는 {{customer.phone}}(으)로 드립니다.`;
  refund.body = phoneBody;
  const versions = [v1, JSON.stringify(v2json)];
  let published = 0;
  await context.route('https://packs.careline.test/**', (route) => {
    const cors = {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Headers': 'If-None-Match',
      'Access-Control-Expose-Headers': 'ETag',
    };
    const etag = `"v${published + 1}"`;
    if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    if (route.request().headers()['if-none-match'] === etag)
      return route.fulfill({ status: 304, headers: { ...cors, ETag: etag } });
    return route.fulfill({
      status: 200,
      body: versions[published],
      contentType: 'application/json',
      headers: { ...cors, ETag: etag },
    });
  });
  const page = await openOptions(context, extensionId);
  const packs = packsSection(page);
  await packs.getByRole('textbox', { name: 'Pack URL' }).fill('https://packs.careline.test/cs-care.json');
  await packs.getByRole('button', { name: 'Subscribe' }).click();
  await packs.getByRole('button', { name: 'Subscribe and import' }).click();
  await expect(packs.getByRole('status')).toHaveText('Subscribed to 고객지원팀 답변 (CS care): imported 4 templates');
  const listed = packs.getByRole('table').getByRole('row', { name: /고객지원팀 답변/ });

  published = 1;
  await listed.getByRole('button', { name: 'Check now' }).click();
  await expect(packs.getByRole('status')).toHaveText(
    '고객지원팀 답변 (CS care) has an update waiting for review: it adds “환불 진행 안내”: {{customer.phone}}',
  );
  await expect(listed).toContainText(
    // formatWhen: the day and time, the year only when it is not this year's.
    /The update of Dec 5,( 2026,)? \d{1,2}:\d\d\s[AP]M waits for review: it adds “환불 진행 안내”: \{\{customer\.phone\}\}/,
  );
  // The old version is still the live one.
  const openRefund = async () => {
    await rows(page).getByRole('button', { name: '환불 진행 안내' }).click();
    return templatesSection(page)
      .getByRole('region', { name: /^Team template/ })
      .getByLabel('Body', { exact: true });
  };
  await expect(await openRefund()).not.toHaveValue(phoneBody);

  await listed.getByRole('button', { name: 'Review update' }).click();
  await expect(packs.getByRole('list', { name: 'New private placeholders' })).toHaveText(
    '환불 진행 안내 ({{customer.phone}})',
  );
  await expect(packs.getByRole('list', { name: 'Changed' })).toHaveText('환불 진행 안내 (body)');
  await packs.getByRole('button', { name: 'Apply update' }).click();
  await expect(packs.getByRole('status')).toHaveText('고객지원팀 답변 (CS care) updated: 4 templates');
  await expect(listed).not.toContainText('waits for review');
  await expect(listed.getByRole('button', { name: 'Review update' })).toHaveCount(0);
  await expect(await openRefund()).toHaveValue(phoneBody);
});
