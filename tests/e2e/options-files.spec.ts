/**
 * Files on the options page: the drop zones (choose, Tab to, or drop a file; the chosen file named in
 * the page's language), counted results in correct plurals, the pack review screen in the page's
 * language with the new texts, and "Keep data persistent" reporting what the browser really did.
 * English and Korean.
 */
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { optionsPageOpener } from './options-page';

const PACKS = path.resolve(import.meta.dirname, '../fixtures/packs');
const openOptionsPage = optionsPageOpener();
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

const ONE_TEMPLATE = JSON.stringify({
  format: 'careline-templates',
  version: 1,
  pack: { id: 'solo', name: 'Solo', updatedAt: '2026-12-01T09:30:00Z' },
  templates: [{ id: 'only', title: 'Only reply', body: 'Thanks, {{customer.name | "there"}}!' }],
});
const packFile = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

async function speakKorean(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '한국어' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
}

/** The drop zone around a file input. */
const zoneOf = (input: Locator) => input.locator('xpath=ancestor::label[contains(@class, "drop-zone")][1]');

/** Drops a file on the zone that holds `input`, the way a browser delivers a drag from the desktop. */
async function dropOn(
  page: Page,
  input: Locator,
  files: Array<{ name: string; type: string; text: string }>,
): Promise<void> {
  const zone = zoneOf(input);
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([f.text], f.name, { type: f.type }));
    return transfer;
  }, files);
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('dragover', { dataTransfer });
  await expect(zone).toHaveClass(/\bover\b/);
  await zone.dispatchEvent('drop', { dataTransfer });
}

test('the pack drop zone: styled, reachable with Tab, names the chosen file, takes a drop and refuses the wrong one', async ({
  context,
  extensionId,
}) => {
  const page = await openOptionsPage(context, extensionId);
  const packs = page.getByRole('region', { name: 'Team packs' });
  const input = packs.getByLabel('Import templates', { exact: true });
  await expect(input).toHaveAccessibleName('Import templates');
  await expect(input).toHaveAccessibleDescription('No file chosen');
  // The native control's own words ("Choose File", "No file chosen") are not drawn: the zone is.
  expect((await input.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
  await expect(packs.getByText('Choose a file', { exact: true })).toBeVisible();

  // From the keyboard: Shift+Tab from the next field lands on the chooser, with a visible ring.
  await packs.getByRole('textbox', { name: 'Pack id' }).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(input).toBeFocused();
  await expect(zoneOf(input)).toHaveCSS('outline-style', 'solid');

  // One template: the singular.
  await input.setInputFiles(packFile('solo.json', ONE_TEMPLATE));
  await expect(packs.getByRole('status')).toHaveText('Imported 1 template');
  await expect(input).toHaveAccessibleDescription('Chosen: solo.json');

  // A dropped file of another type is refused with the reason; nothing is imported.
  await dropOn(page, input, [{ name: 'notes.txt', type: 'text/plain', text: 'hello' }]);
  await expect(packs.getByRole('alert')).toHaveText('notes.txt is not a JSON file: choose a JSON file.');
  await dropOn(page, input, [
    { name: 'a.json', type: 'application/json', text: '{}' },
    { name: 'b.json', type: 'application/json', text: '{}' },
  ]);
  await expect(packs.getByRole('alert')).toHaveText('Drop one file at a time.');
  // A dropped pack goes in like a chosen one.
  await dropOn(page, input, [
    {
      name: 'cs-care.json',
      type: 'application/json',
      text: (await import('node:fs')).readFileSync(path.join(PACKS, 'cs-care-v1.json'), 'utf8'),
    },
  ]);
  await expect(packs.getByRole('status')).toHaveText('Imported 4 templates');
  await expect(input).toHaveAccessibleDescription('Chosen: cs-care.json');

  // The backup's zone is the same control.
  const restore = region(page, 'Data').getByLabel('Restore backup', { exact: true });
  await expect(restore).toHaveAccessibleName('Restore backup');
  await dropOn(page, restore, [{ name: 'customers.csv', type: 'text/csv', text: 'handle\nx' }]);
  await expect(region(page, 'Data').getByRole('alert')).toHaveText(
    'customers.csv is not a JSON file: choose a JSON file.',
  );
});

test('in Korean the drop zone, the counted result and the file name speak Korean', async ({ context, extensionId }) => {
  const page = await openOptionsPage(context, extensionId);
  await speakKorean(page);
  const packs = page.getByRole('region', { name: '팀 팩' });
  const input = packs.getByLabel('템플릿 가져오기', { exact: true });
  await expect(input).toHaveAccessibleDescription('선택한 파일 없음');
  await expect(packs.getByText('파일 선택', { exact: true })).toBeVisible();
  await expect(packs.getByText('또는 여기에 끌어다 놓기', { exact: true })).toBeVisible();
  await input.setInputFiles(packFile('solo.json', ONE_TEMPLATE));
  await expect(packs.getByRole('status')).toHaveText('템플릿 1개를 가져왔습니다');
  await expect(input).toHaveAccessibleDescription('선택한 파일: solo.json');
  await dropOn(page, input, [{ name: '메모.txt', type: 'text/plain', text: '안녕' }]);
  await expect(packs.getByRole('alert')).toHaveText('메모.txt은(는) JSON 파일이 아닙니다. JSON 파일을 선택해 주세요.');
});

test('the review of a pack update in Korean: Korean field names, a readable date, the new texts', async ({
  context,
  extensionId,
}) => {
  const page = await openOptionsPage(context, extensionId);
  await speakKorean(page);
  const packs = page.getByRole('region', { name: '팀 팩' });
  const input = packs.getByLabel('템플릿 가져오기', { exact: true });
  await input.setInputFiles(path.join(PACKS, 'cs-care-v1.json'));
  await expect(packs.getByRole('status')).toHaveText('템플릿 4개를 가져왔습니다');
  await input.setInputFiles(path.join(PACKS, 'cs-care-v2.json'));

  const preview = packs.getByRole('region', { name: /^미리 보기:/ });
  await expect(preview.getByRole('list', { name: '변경' }).getByRole('listitem')).toHaveText([
    '환불 진행 안내 (본문, 태그)',
    'Monthly bill walkthrough (제목)',
  ]);
  // pack.updatedAt (2026-12-08T00:00:00Z) as Korean dates are written, never the raw ISO string.
  await expect(preview).toContainText(/버전 2026\. 12\. [78]\./);
  await expect(preview).not.toContainText('2026-12-08T');
  // What the changed and added replies would now say, placeholders set apart.
  const texts = preview.getByRole('list', { name: '새 본문' }).getByRole('listitem');
  await expect(texts).toHaveCount(2);
  await expect(texts.filter({ hasText: '환불 진행 안내' })).toContainText('환불 요청이 접수되었으며 영업일 기준 3~5일');
  await expect(texts.filter({ hasText: '환불 진행 안내' })).toContainText('your refund request is in');
  await expect(texts.filter({ hasText: '환불 진행 안내' }).locator('code.placeholder').first()).toHaveText(
    '{{customer.name | "고객"}}',
  );
  await expect(texts.filter({ hasText: '5G 요금제 변경 안내' })).toContainText('요금제 폴더');
});

test('the review of a pack update in English names the fields as the pack format does and shows the new texts', async ({
  context,
  extensionId,
}) => {
  const page = await openOptionsPage(context, extensionId);
  const packs = page.getByRole('region', { name: 'Team packs' });
  const input = packs.getByLabel('Import templates', { exact: true });
  await input.setInputFiles(path.join(PACKS, 'cs-care-v1.json'));
  await expect(packs.getByRole('status')).toHaveText('Imported 4 templates');
  await input.setInputFiles(path.join(PACKS, 'cs-care-v2.json'));
  const preview = packs.getByRole('region', { name: /^Preview:/ });
  await expect(preview.getByRole('list', { name: 'Changed' }).getByRole('listitem').first()).toHaveText(
    '환불 진행 안내 (body, tags)',
  );
  await expect(preview).toContainText(/version Dec [78], 2026/);
  await expect(preview.getByRole('list', { name: 'New text' }).getByRole('listitem')).toHaveCount(2);
});

for (const language of ['English', '한국어'] as const) {
  test(`"Keep data persistent" reports what the browser says afterwards (${language})`, async ({
    context,
    extensionId,
  }) => {
    const page = await openOptionsPage(context, extensionId);
    if (language === '한국어') await speakKorean(page);
    const ko = language === '한국어';
    const data = region(page, ko ? '데이터' : 'Data');
    const persisted = () => page.evaluate(() => navigator.storage.persisted());
    const keep = data.getByRole('button', { name: ko ? '데이터 영구 보관' : 'Keep data persistent' });
    const stateLine = ko ? /^영구 저장: / : /^Persistent: /;
    const notLine = ko ? /^영구 저장 아님: / : /^Not persistent: /;
    if (await persisted()) {
      // Already persistent: said so, nothing to ask.
      await expect(data.getByText(stateLine)).toBeVisible();
      await expect(keep).toHaveCount(0);
      return;
    }
    await expect(data.getByText(notLine)).toBeVisible();
    await keep.click();
    // Chromium grants or refuses by its own rules: whatever it did, the page says what persisted() now answers.
    const outcome = data.getByRole('status').or(data.getByRole('alert'));
    await expect(outcome).toBeVisible();
    const after = await persisted();
    // Which way this Chromium went, for the report (the assertions below follow either).
    test.info().annotations.push({ type: 'persisted after asking', description: String(after) });
    if (after) {
      await expect(data.getByRole('status')).toHaveText(
        ko ? /^영구 저장: 브라우저가 허용했으며/ : /^Persistent: the browser granted it/,
      );
      await expect(data.getByText(stateLine).first()).toBeVisible();
      await expect(keep).toHaveCount(0);
    } else {
      await expect(data.getByRole('alert')).toHaveText(
        ko ? /^브라우저가 영구 저장을 허용하지 않았습니다/ : /^The browser did not make the storage persistent/,
      );
      await expect(data.getByText(notLine)).toBeVisible();
    }
  });
}

test('the customers CSV has the same drop zone: a dropped CSV opens the column check, a JSON is refused', async ({
  context,
  extensionId,
}) => {
  const page = await openOptionsPage(context, extensionId);
  const customers = page.getByRole('region', { name: 'Customers' });
  const input = customers.getByLabel('Import customers', { exact: true });
  await expect(input).toHaveAccessibleDescription('No file chosen');
  expect((await input.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);

  await dropOn(page, input, [{ name: 'notes.json', type: 'application/json', text: '{}' }]);
  await expect(customers.getByRole('alert')).toHaveText('notes.json is not a CSV file: choose a CSV file.');

  await dropOn(page, input, [{ name: 'crm.csv', type: 'text/csv', text: 'handle,name\r\nsolo_one,Solo\r\n' }]);
  await expect(input).toHaveAccessibleDescription('Chosen: crm.csv');
  await customers.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(customers.getByRole('status')).toHaveText('Imported 1 customer');
});
