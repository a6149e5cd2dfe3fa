/**
 * The options page reads the same registry of template variables as the panel: the editor's
 * placeholder list (what each becomes, a click puts it at the caret), the "unknown variable"
 * warnings with the variable a typo was meant to be, and the CRM form's address, in English and Korean.
 */
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { optionsPageOpener } from './options-page';

const openOptionsPage = optionsPageOpener();
const templatesSection = (page: Page) => page.getByRole('region', { name: 'Templates', exact: true });
const handoffSection = (page: Page) => page.getByRole('region', { name: 'Handoff', exact: true });

interface ExtensionGlobal {
  chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
}
const speakKorean = (worker: Worker) =>
  worker.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set({ uiLanguage: 'ko' }));

test('the editor lists the placeholders, puts a picked one at the caret, and names a typo with its fix', async ({
  context,
  extensionId,
}) => {
  const page = await openOptionsPage(context, extensionId);
  const section = templatesSection(page);
  await section.getByRole('button', { name: 'New template' }).click();
  const form = section.getByRole('region', { name: 'New template' });
  const body = form.getByLabel('Body', { exact: true });
  await body.fill('Hi , thanks!');
  await body.evaluate((area: HTMLTextAreaElement) => area.setSelectionRange(3, 3));

  await form.getByText('Placeholders', { exact: true }).click();
  await expect(form.getByRole('listitem').filter({ hasText: '{{customer.plan}}' })).toContainText(
    "the customer's plan on file",
  );
  await expect(form.getByRole('listitem').filter({ hasText: '{{customer.plan}}' })).toContainText(
    'customer data: a public reply asks the agent first',
  );
  await form.getByRole('button', { name: 'Add {{customer.name}} to the body' }).click();
  await expect(body).toHaveValue('Hi {{customer.name}}, thanks!');
  await expect(body).toBeFocused();
  await expect(form.getByLabel('Preview text')).toHaveText('Hi 김민지, thanks!');

  await body.fill('{{custmer.plan}} {{agent.nickname}} {{input:Date}}');
  await expect(
    form.getByText('Careline has no variable {{custmer.plan}}. Did you mean {{customer.plan}}?'),
  ).toBeVisible();
  await expect(form.getByText('Careline has no variable {{agent.nickname}}. Did you mean {{agent.name}}?')).toHaveCount(
    0,
  );
  await expect(
    form.getByText(/Careline has no variable \{\{agent\.nickname\}\}: it will never get a value/),
  ).toBeVisible();
  // The author's preview keeps the codes (a typo shows as typed), marked apart from the text.
  await expect(form.getByLabel('Preview text')).toHaveText('{{custmer.plan}} {{agent.nickname}} [Date]');
  await expect(form.getByLabel('Preview text').locator('.ph-chip')).toHaveCount(3);
  await body.fill('{{customer.plan}} {{customer.가입매장}}');
  await expect(form.getByText(/Careline has no variable/)).toHaveCount(0);
});

test('in Korean: the list and the warnings speak Korean', async ({ context, extensionId, serviceWorker }) => {
  await speakKorean(serviceWorker);
  const page = await openOptionsPage(context, extensionId);
  const section = page.getByRole('region', { name: '템플릿', exact: true });
  await section.getByRole('button', { name: '새 템플릿' }).click();
  const form = section.getByRole('region', { name: '새 템플릿' });
  await form.getByText('자리 표시자', { exact: true }).click();
  await expect(form.getByRole('listitem').filter({ hasText: '{{customer.plan}}' })).toContainText('저장된 고객 요금제');
  await form.getByLabel('본문', { exact: true }).fill('{{custmer.name}}님');
  await expect(
    form.getByText('Careline에 {{custmer.name}} 변수가 없습니다. {{customer.name}}을(를) 쓰려고 하셨나요?'),
  ).toBeVisible();
});

test('the CRM form address warns of a placeholder it does not know', async ({ context, extensionId }) => {
  const page = await openOptionsPage(context, extensionId);
  const section = handoffSection(page);
  await section
    .getByRole('radiogroup')
    .getByRole('radio', { name: /^CRM form/ })
    .check();
  const url = section.getByRole('textbox', { name: 'CRM URL template' });
  await url.fill('https://crm.example.com/new?h={{customer.handle}}&r={{reasn}}&x={{weather}}');
  await expect(section.getByText('Careline has no variable {{reasn}}. Did you mean {{reason}}?')).toBeVisible();
  await expect(
    section.getByText(
      'Careline has no CRM placeholder {{weather}}: it will be left empty. Check it against the table below.',
    ),
  ).toBeVisible();
  await url.fill('https://crm.example.com/new?h={{customer.handle}}&r={{reason}}');
  await expect(section.getByText(/Careline has no/)).toHaveCount(0);
});
