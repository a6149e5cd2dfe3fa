/**
 * Onboarding: the first install opens the welcome page, which lists the sample replies
 * from the library, hands out the sample team pack, and leads to the settings an agent needs first
 * (Customers, Handoff) and to x.com. It opens once: not again when the browser starts with the same
 * profile. Launched by hand (like handoff-restart.spec.ts): the `context` fixture closes this tab.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { launchCareline } from '../../scripts/chromium';
import { SAMPLE_TEMPLATES } from '../../utils/templates/samples';
import { expect, isWelcomePage, panelOf, test, welcomePage } from './fixtures';

/** Clicks a link that opens in a new tab and returns that tab, loaded. */
async function follow(context: BrowserContext, page: Page, name: string): Promise<Page> {
  const [opened] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('link', { name, exact: true }).click(),
  ]);
  await opened.waitForLoadState();
  return opened;
}

test('the first install opens the welcome page, and a restart does not open it again', async ({ xServer }) => {
  test.setTimeout(90_000);
  const profile = mkdtempSync(path.join(tmpdir(), 'careline-welcome-'));
  try {
    const first = await launchCareline({ port: xServer.port, userDataDir: profile });
    const context = first.context;
    const welcome = await welcomePage(context);
    const errors: string[] = [];
    welcome.on('pageerror', (error) => errors.push(error.message));
    await expect(welcome).toHaveTitle('Welcome to Careline');
    await expect(welcome.getByRole('heading', { level: 1, name: 'Welcome to Careline' })).toBeVisible();
    for (const heading of ['What Careline does', 'Try it', 'Import your customers', 'Set up the handoff', 'Keyboard']) {
      await expect(welcome.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    }
    await expect(welcome.getByRole('region', { name: 'Keyboard' })).toContainText('Alt+Shift+K');

    // The sample replies, read from the library the background seeded at install.
    const samples = welcome.getByRole('list', { name: 'Sample replies in your library' });
    await expect(samples.getByRole('listitem')).toHaveCount(SAMPLE_TEMPLATES.length);
    for (const sample of SAMPLE_TEMPLATES) {
      const item = samples.getByRole('listitem').filter({ hasText: sample.title });
      await expect(item).toContainText(`;${sample.shortcut ?? ''}`);
    }
    await expect(samples.getByRole('listitem').filter({ hasText: '개통 지연 사과' })).toContainText(
      '{{customer.name | "고객"}}님, 개통이 늦어져',
    );

    // The sample team pack is a real pack: the options page imports it.
    const [download] = await Promise.all([
      welcome.waitForEvent('download'),
      welcome.getByRole('button', { name: 'Download the sample team pack' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('careline-sample-pack.json');
    const packFile = await download.path();

    // Links into the settings land on the section they name.
    const customers = await follow(context, welcome, 'Go to Customers in settings');
    await expect(customers).toHaveURL(/\/options\.html#customers-h$/);
    await expect(customers.getByRole('heading', { level: 2, name: 'Customers', exact: true })).toBeInViewport();
    await expect(customers.getByLabel('Import customers')).toBeAttached();
    await customers.getByLabel('Import templates').setInputFiles(packFile);
    await expect(customers.getByRole('status').filter({ hasText: /^Imported \d+ templates$/ })).toHaveText(
      `Imported ${SAMPLE_TEMPLATES.length} templates`,
    );
    // The welcome page follows the library live: a sample deleted in the options page leaves its list.
    const library = customers.getByRole('region', { name: 'Templates' });
    await library
      .getByRole('table', { name: 'Template library' })
      .getByRole('row')
      .filter({ hasText: 'Personal' })
      .filter({ hasText: 'Ask for a DM' })
      .getByRole('checkbox', { name: 'Select Ask for a DM' })
      .check();
    await library.getByRole('button', { name: 'Delete selected' }).click();
    await expect(samples.getByRole('listitem')).toHaveCount(SAMPLE_TEMPLATES.length - 1);
    await expect(samples.getByRole('listitem').filter({ hasText: 'Ask for a DM' })).toHaveCount(0);
    await customers.close();

    const handoff = await follow(context, welcome, 'Go to Handoff in settings');
    await expect(handoff).toHaveURL(/\/options\.html#handoff-h$/);
    await expect(handoff.getByRole('heading', { level: 2, name: 'Handoff', exact: true })).toBeInViewport();
    await expect(
      handoff.getByRole('region', { name: 'Handoff' }).getByRole('textbox', { name: 'Webhook URL' }),
    ).toBeVisible();
    await handoff.close();

    const settings = await follow(context, welcome, 'Open settings');
    await expect(settings.getByRole('region', { name: 'Templates' })).toBeVisible();
    await settings.close();

    // x.com opens with Careline's panel on it.
    const x = await follow(context, welcome, 'Open x.com');
    expect(x.url()).toBe('https://x.com/home');
    await expect((await panelOf(x)).getByRole('complementary', { name: 'Careline' })).toBeVisible();
    await expect((await panelOf(x)).getByRole('option', { name: '개통 지연 사과' }).first()).toBeVisible();
    expect(errors).toEqual([]);
    await context.close();

    // Same profile, browser started again: Careline is installed already, no welcome page.
    const second = await launchCareline({ port: xServer.port, userDataDir: profile });
    const options = await second.context.newPage();
    await options.goto(`chrome-extension://${second.extensionId ?? ''}/options.html`);
    await expect(options.getByRole('region', { name: 'Templates' })).toBeVisible();
    // The welcome tab opened well within this on the first start (tabs.create right after the seeding).
    await options.waitForTimeout(3_000);
    expect(second.context.pages().filter(isWelcomePage)).toEqual([]);
    await second.context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the welcome page has no serious accessibility problems, light or dark', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/welcome.html`);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(page.getByRole('list', { name: 'Sample replies in your library' }).getByRole('listitem')).toHaveCount(
      SAMPLE_TEMPLATES.length,
    );
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`),
      colorScheme,
    ).toEqual([]);
  }
});

test("the welcome page asks for the agent's name and sign-off, and options → You has them", async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/welcome.html`);
  const you = page.getByRole('region', { name: 'Your name and sign-off' });
  await expect(you).toContainText('{{agent.signoff}}');
  await you.getByRole('textbox', { name: 'Agent name' }).fill('Jisoo Park');
  await you.getByRole('textbox', { name: 'Sign-off' }).fill(' ^SY ');
  await you.getByRole('button', { name: 'Save name and sign-off', exact: true }).click();
  await expect(you.getByRole('status')).toHaveText('Saved your name and sign-off');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const section = options.getByRole('region', { name: 'You', exact: true });
  await expect(section.getByRole('textbox', { name: 'Agent name' })).toHaveValue('Jisoo Park');
  await expect(section.getByRole('textbox', { name: 'Sign-off' })).toHaveValue('^SY');
});

test('in Korean the welcome page asks for 상담원 이름 and 서명 in Korean', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await serviceWorker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
    ).chrome.storage.local.set({ uiLanguage: 'ko' }),
  );
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/welcome.html`);
  const you = page.getByRole('region', { name: '내 이름과 서명' });
  await expect(you.getByRole('textbox', { name: '서명' })).toHaveAccessibleDescription(/\{\{agent\.signoff\}\}.*\^SY/);
  await you.getByRole('textbox', { name: '상담원 이름' }).fill('박지수');
  await you.getByRole('textbox', { name: '서명' }).fill('^JS');
  await you.getByRole('button', { name: '이름과 서명 저장', exact: true }).click();
  await expect(you.getByRole('status')).toHaveText('이름과 서명을 저장했습니다');
  await expect(you.getByRole('heading', { level: 2 })).toHaveCSS('word-break', 'keep-all');
  await page.reload();
  await expect(page.getByRole('textbox', { name: '서명' })).toHaveValue('^JS');

  // The sample pack comes named in Korean; imported, its "Samples" folder reads 샘플 (stored as is).
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '샘플 팀 팩 다운로드' }).click(),
  ]);
  expect(JSON.parse(await readFile(await download.path(), 'utf8'))).toMatchObject({
    pack: { id: 'careline-samples', name: 'Careline 샘플 답장' },
  });
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const packs = options.getByRole('region', { name: '팀 팩' });
  await packs.getByLabel('템플릿 가져오기', { exact: true }).setInputFiles(await download.path());
  await expect(packs.getByRole('status')).toHaveText(`템플릿 ${SAMPLE_TEMPLATES.length}개를 가져왔습니다`);
  await expect(packs.getByText(/^Careline 샘플 답장: /)).toBeVisible();
  await expect(
    options
      .getByRole('navigation', { name: '폴더' })
      .getByRole('button', { name: `샘플 ${SAMPLE_TEMPLATES.length * 2}` }),
  ).toBeVisible();
});
