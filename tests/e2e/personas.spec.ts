/**
 * Brand accounts and personas: the panel follows the account X's account switcher shows. Templates
 * limited to an account are offered only on it, {{agent.signoff}} is that account's sign-off (options
 * → You), and the reply sent carries the account it went out from.
 */
import type { BrowserContext, Frame, Page, Worker } from '@playwright/test';
import type { CustomerEventRecord } from '../../utils/db/types';
import { composerState, expect, panelOf, test } from './fixtures';
import { optionsPageOpener } from './options-page';
import { seedTemplates } from './seed';
import { shortcutOptions } from './shortcut-list';

const openOptions = optionsPageOpener();

interface ExtensionGlobal {
  chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
}
const speakKorean = (worker: Worker) =>
  worker.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set({ uiLanguage: 'ko' }));
const SARAH = '/sarah_j_miller/status/1991000000000000102';

const TEMPLATES = [
  {
    id: 'p-outage',
    title: 'Outage update',
    lang: 'en',
    body: 'We are on it. {{agent.signoff}}',
    accounts: ['acme_care'],
  },
  {
    id: 'p-roles',
    title: 'Open roles',
    lang: 'en',
    body: 'See our open roles. {{agent.signoff}}',
    accounts: ['acme_careers'],
  },
  { id: 'p-thanks', title: 'Thanks for writing', lang: 'en', body: 'Thanks for writing! {{agent.signoff}}' },
];

/** The panel's "Answering as @handle". */
const answeringAs = (panel: Frame) => panel.getByRole('note', { name: /Answering as|계정으로 답변 중/ });

/** X's own account switcher on the page: the account menu, then the account to switch to. */
async function switchTo(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('menuitem', { name }).click();
}

/** The reply-sent events in Careline's IndexedDB, read from one of its own pages. */
async function sentEvents(context: BrowserContext, extensionId: string): Promise<CustomerEventRecord[]> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const rows = await page.evaluate(
    () =>
      new Promise<CustomerEventRecord[]>((resolve, reject) => {
        const open = indexedDB.open('careline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('events').objectStore('events').getAll();
          all.onsuccess = () => resolve(all.result as CustomerEventRecord[]);
          all.onerror = () => reject(all.error);
        };
      }),
  );
  await page.close();
  return rows.filter((e) => e.kind === 'reply-sent');
}

test('account-scoped templates on two X accounts: switching accounts changes the list and the sign-off', async ({
  openX,
  context,
  extensionId,
}) => {
  await seedTemplates(context, extensionId, TEMPLATES);
  const options = await openOptions(context, extensionId);
  await options.getByRole('textbox', { name: 'Sign-off', exact: true }).fill('^SY');
  await options.getByRole('button', { name: 'Save name and sign-off' }).click();
  const signoffs = options.getByRole('group', { name: 'Sign-off per account' });
  await signoffs.getByRole('textbox', { name: 'Brand account' }).fill('@Acme_Careers');
  await signoffs.getByRole('textbox', { name: 'Its signature' }).fill('– Acme Careers');
  await signoffs.getByRole('button', { name: 'Add sign-off' }).click();
  await expect(signoffs.getByRole('textbox', { name: 'Signature for @acme_careers' })).toHaveValue('– Acme Careers');
  await options.close();

  const page = await openX(SARAH);
  const panel = await panelOf(page);
  const list = panel.getByRole('listbox', { name: 'Templates' });
  await expect(answeringAs(panel)).toHaveText('Answering as @acme_care');
  await expect(list.getByRole('option', { name: 'Outage update', exact: true })).toBeVisible();
  await expect(list.getByRole('option', { name: 'Open roles', exact: true })).toHaveCount(0);
  await list.getByRole('option', { name: 'Thanks for writing', exact: true }).click();
  await expect(panel.locator('.preview-text')).toHaveText('Thanks for writing! ^SY');

  await switchTo(page, 'Acme Careers @acme_careers');
  await expect(answeringAs(panel)).toHaveText('Answering as @acme_careers');
  await expect(list.getByRole('option', { name: 'Open roles', exact: true })).toBeVisible();
  await expect(list.getByRole('option', { name: 'Outage update', exact: true })).toHaveCount(0);
  await list.getByRole('option', { name: 'Thanks for writing', exact: true }).click();
  await expect(panel.locator('.preview-text')).toHaveText('Thanks for writing! – Acme Careers');
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect.poll(() => composerState(page)).toBe('Thanks for writing! – Acme Careers');
  await page.getByTestId('tweetButtonInline').click();

  // The reply went out from @acme_careers, and Careline's log says so (what the team's events carry).
  const sent = () => page.evaluate(() => (window as unknown as { __xapp: { sent: { from?: string }[] } }).__xapp.sent);
  await expect.poll(async () => (await sent()).at(-1)?.from).toBe('acme_careers');
  await expect
    .poll(async () => (await sentEvents(context, extensionId)).map((e) => [e.text, e.account]))
    .toEqual([['Thanks for writing! – Acme Careers', 'acme_careers']]);

  // And back: the care account's list and sign-off again.
  await switchTo(page, 'Acme Care @acme_care');
  await expect(answeringAs(panel)).toHaveText('Answering as @acme_care');
  await expect(list.getByRole('option', { name: 'Open roles', exact: true })).toHaveCount(0);
  await list.getByRole('option', { name: 'Thanks for writing', exact: true }).click();
  await expect(panel.locator('.preview-text')).toHaveText('Thanks for writing! ^SY');
});

test("the editor's Accounts field limits a template to an account, named wrong until it is a handle", async ({
  openX,
  context,
  extensionId,
}) => {
  const options = await openOptions(context, extensionId);
  const templates = options.getByRole('region', { name: 'Templates', exact: true });
  await templates.getByRole('button', { name: 'New template' }).click();
  const form = templates.getByRole('region', { name: 'New template' });
  await form.getByLabel('Title').fill('Recruiter hours');
  await form.getByLabel('Body', { exact: true }).fill('Our recruiters answer 9 to 6. {{agent.signoff}}');
  const accounts = form.getByRole('textbox', { name: 'Accounts' });
  const save = form.getByRole('button', { name: 'Save template', exact: true });
  await accounts.fill('@acme_careers acme careers!');
  await expect(form.getByText('“careers!” is not an X handle', { exact: false })).toBeVisible();
  await expect(save).toBeDisabled();
  await accounts.fill('@Acme_Careers');
  await save.click();

  // Stored as X compares handles: lower-case, shown back with its "@".
  await options.reload();
  const library = templates.getByRole('table', { name: 'Template library' });
  await library.getByRole('button', { name: 'Recruiter hours', exact: true }).click();
  await expect(templates.getByRole('textbox', { name: 'Accounts' })).toHaveValue('@acme_careers');
  await options.close();

  const page = await openX(SARAH);
  const panel = await panelOf(page);
  const list = panel.getByRole('listbox', { name: 'Templates' });
  await expect(answeringAs(panel)).toHaveText('Answering as @acme_care');
  await expect(list.getByRole('option', { name: 'Network outage update', exact: true })).toBeVisible();
  await expect(list.getByRole('option', { name: 'Recruiter hours', exact: true })).toHaveCount(0);
  await switchTo(page, 'Acme Careers @acme_careers');
  await expect(answeringAs(panel)).toHaveText('Answering as @acme_careers');
  await expect(list.getByRole('option', { name: 'Recruiter hours', exact: true })).toBeVisible();
});

test('in Korean: the panel says which account it answers as, after a reload too, and You has the sign-offs', async ({
  openX,
  context,
  extensionId,
  serviceWorker,
}) => {
  await speakKorean(serviceWorker);
  const page = await openX(SARAH);
  let panel = await panelOf(page);
  await expect(answeringAs(panel)).toHaveText('@acme_care 계정으로 답변 중');
  await switchTo(page, 'Acme Careers @acme_careers');
  await expect(answeringAs(panel)).toHaveText('@acme_careers 계정으로 답변 중');
  // X keeps the account for the tab: after a reload the panel reads it off the page again.
  await page.reload();
  panel = await panelOf(page);
  await expect(answeringAs(panel)).toHaveText('@acme_careers 계정으로 답변 중');

  const options = await openOptions(context, extensionId);
  const signoffs = options.getByRole('group', { name: '계정별 서명' });
  await signoffs.getByRole('textbox', { name: '브랜드 계정' }).fill('acme careers');
  await signoffs.getByRole('button', { name: '서명 추가' }).click();
  await expect(signoffs.getByRole('alert')).toHaveText(/“acme careers”은\(는\) X 핸들이 아닙니다/);
  await expect(signoffs.getByRole('list', { name: '계정별 서명 목록' }).getByRole('listitem')).toHaveCount(0);
});

test("a ;shortcut offers and expands only the account's templates, signed as that account", async ({
  openX,
  context,
  extensionId,
  serviceWorker,
}) => {
  await seedTemplates(context, extensionId, [
    {
      id: 's-roles',
      title: 'Open roles',
      shortcut: 'roles',
      lang: 'en',
      body: 'See our open roles. {{agent.signoff}}',
      accounts: ['acme_careers'],
    },
    { id: 's-route', title: 'Route update', shortcut: 'route', lang: 'en', body: 'Your order is on its way.' },
  ]);
  await serviceWorker.evaluate(() =>
    (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set({
      personaSignoffs: { accounts: [{ handle: 'acme_careers', signoff: '– Acme Careers' }] },
    }),
  );
  const page = await openX(SARAH);
  const editor = page.getByTestId('tweetTextarea_0');
  await editor.click();
  await page.keyboard.type(';ro');
  await expect.poll(() => shortcutOptions(page)).toEqual(['Route update;route']);
  await page.keyboard.press('Escape');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  await expect.poll(() => composerState(page)).toBe('');

  await switchTo(page, 'Acme Careers @acme_careers');
  await expect(answeringAs(await panelOf(page))).toHaveText('Answering as @acme_careers');
  await editor.click();
  await page.keyboard.type(';ro');
  await expect
    .poll(async () => (await shortcutOptions(page)).sort())
    .toEqual(['Open roles;roles', 'Route update;route']);
  await page.keyboard.type('l');
  await expect.poll(() => shortcutOptions(page)).toEqual(['Open roles;roles']);
  await page.keyboard.press('Tab');
  await expect.poll(() => composerState(page)).toBe('See our open roles. – Acme Careers');
});
