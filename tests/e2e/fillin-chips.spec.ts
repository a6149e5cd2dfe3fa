/**
 * Placeholders read as words: the panel's preview shows a fill-in field by its label and a value the
 * record lacks by its name (chips), the Fill in dialog shows the reply as it is being filled, and
 * what goes into X is the rendered text, never the chips' words.
 */
import type { Worker } from '@playwright/test';
import { composerState, expect, panelOf, test } from './fixtures';
import { seedCustomers, seedTemplates } from './seed';

const SARAH = '/sarah_j_miller/status/1991000000000000102';
const MINJI = '/minji_kim/status/1991000000000000101';

interface ExtensionGlobal {
  chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
}
const speakKorean = (worker: Worker) =>
  worker.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set({ uiLanguage: 'ko' }));

const BILL_KO = {
  id: 'bill-ko',
  title: '청구 요금 안내',
  lang: 'ko',
  body: '{{customer.name}}님, {{input:청구월}} 요금은 {{customer.plan}} 기준으로 청구되었습니다.{{cursor}}',
};

test('in Korean: chips in the preview, the live sentence in 항목 입력, and the text inserted as typed', async ({
  openX,
  context,
  extensionId,
  serviceWorker,
}) => {
  await speakKorean(serviceWorker);
  await seedTemplates(context, extensionId, [BILL_KO]);
  const page = await openX(SARAH);
  const panel = await panelOf(page);
  await panel.getByRole('option', { name: '청구 요금 안내' }).click();
  const preview = panel.locator('.preview-text');
  await expect(preview).toHaveText('Sarah Miller님, 청구월 요금은 요금제: 값 없음 기준으로 청구되었습니다.');
  await expect(preview.getByText('청구월', { exact: true })).toBeVisible();
  await expect(preview.getByText('요금제: 값 없음', { exact: true })).toBeVisible();
  await expect(panel.getByText('값 없음: 요금제')).toBeVisible();

  await panel.getByRole('button', { name: '삽입', exact: true }).click();
  const dialog = panel.getByRole('dialog', { name: '항목 입력' });
  const sentence = dialog.getByRole('group', { name: '답글 미리보기' });
  await expect(sentence).toHaveText('Sarah Miller님, 청구월 요금은 요금제: 값 없음 기준으로 청구되었습니다.');
  await expect(dialog.getByRole('group', { name: '고객 정보에 없는 값' })).toBeVisible();
  await dialog.getByRole('textbox', { name: '청구월' }).fill('11월');
  await expect(sentence).toHaveText('Sarah Miller님, 11월 요금은 요금제: 값 없음 기준으로 청구되었습니다.');
  await dialog.getByRole('textbox', { name: '요금제' }).fill('5G 라이트');
  await expect(sentence).toHaveText('Sarah Miller님, 11월 요금은 5G 라이트 기준으로 청구되었습니다.');
  await dialog.getByRole('button', { name: '삽입' }).click();
  await expect.poll(() => composerState(page)).toBe('Sarah Miller님, 11월 요금은 5G 라이트 기준으로 청구되었습니다.');
});

test('in English: a template with no fill-ins offers "Type the values" next to Insert anyway', async ({
  openX,
  context,
  extensionId,
}) => {
  await seedTemplates(context, extensionId, [
    { id: 'plan', title: 'Plan check', lang: 'en', body: 'Your plan is {{customer.plan}}, {{customer.name}}.' },
  ]);
  const page = await openX(SARAH);
  const panel = await panelOf(page);
  await panel.getByRole('option', { name: 'Plan check' }).click();
  await expect(panel.locator('.preview-text')).toHaveText('Your plan is Plan: no value, Sarah Miller.');
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  const group = panel.getByRole('group', { name: 'Missing values' });
  await group.getByRole('button', { name: 'Type the values' }).click();
  const dialog = panel.getByRole('dialog', { name: 'Fill in' });
  const plan = dialog.getByRole('textbox', { name: 'Plan' });
  await expect(plan).toBeFocused();
  await plan.fill('Unlimited 5G');
  await expect(dialog.getByRole('group', { name: 'Your reply' })).toHaveText(
    'Your plan is Unlimited 5G, Sarah Miller.',
  );
  await dialog.getByRole('button', { name: 'Insert' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => composerState(page)).toBe('Your plan is Unlimited 5G, Sarah Miller.');
});

test('a value typed for one customer is not offered for another', async ({ openX, context, extensionId }) => {
  await seedTemplates(context, extensionId, [
    { id: 'plan2', title: 'Plan and month', lang: 'en', body: '{{input:Month}}: {{customer.plan}}' },
  ]);
  const page = await openX(SARAH);
  const panel = await panelOf(page);
  await panel.getByRole('option', { name: 'Plan and month' }).click();
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  const dialog = panel.getByRole('dialog', { name: 'Fill in' });
  await dialog.getByRole('textbox', { name: 'Plan' }).fill('Sarah only');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // The same panel follows X's in-app navigation to another customer.
  await page.evaluate(
    (path) => (window as unknown as { __xapp: { navigate(p: string): void } }).__xapp.navigate(path),
    MINJI,
  );
  await expect(panel.getByRole('region', { name: 'Customer' }).getByText('@minji_kim', { exact: true })).toBeVisible();
  await panel.getByRole('option', { name: 'Plan and month' }).click();
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(dialog.getByRole('textbox', { name: 'Month' })).toHaveValue('');
  await expect(dialog.getByRole('textbox', { name: 'Plan' })).toHaveValue('');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  // Back to Sarah: her entry is still there.
  await page.evaluate(
    (path) => (window as unknown as { __xapp: { navigate(p: string): void } }).__xapp.navigate(path),
    SARAH,
  );
  await expect(
    panel.getByRole('region', { name: 'Customer' }).getByText('@sarah_j_miller', { exact: true }),
  ).toBeVisible();
  await panel.getByRole('option', { name: 'Plan and month' }).click();
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(dialog.getByRole('textbox', { name: 'Plan' })).toHaveValue('Sarah only');
});

test("a public reply with a CRM field, a fill-in and a missing value: one Fill in, then the confirmation names the record's field only", async ({
  openX,
  context,
  extensionId,
}) => {
  await seedCustomers(context, extensionId, [{ handle: 'minji_kim', name: '김민정', customerId: 'C-20931' }]);
  await seedTemplates(context, extensionId, [
    {
      id: 'refund',
      title: 'Refund account',
      lang: 'en',
      body: 'Refund for {{customer.id}} on {{input:Date}} to {{customer.bank}}.',
    },
  ]);
  const page = await openX(MINJI);
  const panel = await panelOf(page);
  await panel.getByRole('option', { name: 'Refund account' }).click();
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  const fillIn = panel.getByRole('dialog', { name: 'Fill in' });
  await fillIn.getByRole('textbox', { name: 'Date' }).fill('12/9');
  await fillIn.getByRole('textbox', { name: 'Imported column "bank"' }).fill('Kookmin');
  await fillIn.getByRole('button', { name: 'Insert' }).click();
  const confirm = panel.getByRole('alertdialog', { name: 'Public reply with customer data' });
  await expect(confirm.getByRole('listitem')).toHaveText(['Customer ID: C-20931']);
  // Cancel: nothing inserted, and the typed values are still there for the next try.
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  expect(await composerState(page)).toBe('');
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(fillIn.getByRole('textbox', { name: 'Date' })).toHaveValue('12/9');
  await expect(fillIn.getByRole('textbox', { name: 'Imported column "bank"' })).toHaveValue('Kookmin');
  await fillIn.getByRole('button', { name: 'Insert' }).click();
  await confirm.getByRole('button', { name: 'Insert in public reply' }).click();
  await expect.poll(() => composerState(page)).toBe('Refund for C-20931 on 12/9 to Kookmin.');
});
