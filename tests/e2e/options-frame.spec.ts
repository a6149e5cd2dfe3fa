/**
 * The options page's frame: the section navigation that stays in view and marks the section being
 * read, the agent's name and sign-off (You) with Saves that say what they save, and every word of
 * the page in the chosen language (placeholders and Careline's own folder names included). English
 * and Korean.
 */
import type { Page } from '@playwright/test';
import { composerState, expect, panelOf, test } from './fixtures';
import { optionsPageOpener } from './options-page';
import { seedTemplates } from './seed';
import { shortcutOptions } from './shortcut-list';

const MINJI = '/minji_kim/status/1991000000000000101';
const openOptionsPage = optionsPageOpener();
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function speak(page: Page, language: 'English' | '한국어'): Promise<void> {
  await page.getByRole('combobox', { name: /^(Language|언어)$/ }).selectOption({ label: language });
  await expect(page.locator('html')).toHaveAttribute('lang', language === '한국어' ? 'ko' : 'en');
}

test('the section navigation links every section, stays in view and marks the section being read', async ({
  context,
  extensionId,
}) => {
  const page = await openOptionsPage(context, extensionId);
  const nav = page.getByRole('navigation', { name: 'Settings sections' });
  await expect(nav.getByRole('link')).toHaveText([
    'You',
    'Templates',
    'Team packs',
    'Customers',
    'Handoff',
    'Data',
    'Team',
  ]);
  await expect(nav.getByRole('link', { name: 'You' })).toHaveAttribute('aria-current', 'true');

  await nav.getByRole('link', { name: 'Handoff' }).click();
  await expect(page).toHaveURL(/#handoff-h$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Handoff', exact: true })).toBeInViewport();
  await expect(nav.getByRole('link', { name: 'Handoff' })).toHaveAttribute('aria-current', 'true');
  await expect(nav.locator('[aria-current]')).toHaveCount(1);
  await expect(nav).toBeInViewport();

  // Scrolling by hand moves the mark too; the page's end marks the last section.
  await page.keyboard.press('End');
  await expect(nav.getByRole('link', { name: 'Team', exact: true })).toHaveAttribute('aria-current', 'true');
  await expect(nav).toBeInViewport();
  await page.keyboard.press('Home');
  await expect(nav.getByRole('link', { name: 'You' })).toHaveAttribute('aria-current', 'true');

  // Arriving by a link to a section (the welcome page's "Go to Customers in settings") marks it too.
  const linked = await context.newPage();
  await linked.goto(`chrome-extension://${extensionId}/options.html#customers-h`);
  await expect(linked.getByRole('heading', { level: 2, name: 'Customers', exact: true })).toBeInViewport();
  await expect(
    linked.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Customers' }),
  ).toHaveAttribute('aria-current', 'true');
});

test('in Korean, on a narrow window, the navigation sits on top, in Korean, and follows the links', async ({
  context,
  extensionId,
}) => {
  const page = await openOptionsPage(context, extensionId);
  await page.setViewportSize({ width: 820, height: 700 });
  await speak(page, '한국어');
  const nav = page.getByRole('navigation', { name: '설정 항목' });
  await expect(nav.getByRole('link')).toHaveText(['내 정보', '템플릿', '팀 팩', '고객', '이관', '데이터', '팀']);
  await expect(nav.getByRole('link', { name: '팀 팩' })).toHaveCSS('word-break', 'keep-all');
  await nav.getByRole('link', { name: '팀 팩' }).click();
  await expect(nav.getByRole('link', { name: '팀 팩' })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('heading', { name: '팀 팩', exact: true })).toBeInViewport();
  await nav.getByRole('link', { name: '데이터' }).click();
  await expect(nav.getByRole('link', { name: '데이터' })).toHaveAttribute('aria-current', 'true');
  await expect(nav).toBeInViewport();
});

test('You: the name and sign-off have their own Save, and the sign-off signs replies in the panel and by ;shortcut', async ({
  context,
  extensionId,
  openX,
}) => {
  const page = await openOptionsPage(context, extensionId);
  const you = region(page, 'You');
  await you.getByRole('textbox', { name: 'Agent name' }).fill('  Jisoo Park ');
  await you.getByRole('textbox', { name: 'Sign-off' }).fill('^SY');
  await you.getByRole('button', { name: 'Save name and sign-off', exact: true }).click();
  await expect(you.getByRole('status')).toHaveText('Saved your name and sign-off');
  // The drafts checkbox applies at once and says what it saved.
  await you.getByRole('checkbox', { name: /Log inserted replies/ }).check();
  await expect(you.getByRole('status')).toHaveText([
    'Saved your name and sign-off',
    'Saved: unsent replies are logged as drafts',
  ]);
  await page.reload();
  await expect(region(page, 'You').getByRole('textbox', { name: 'Agent name' })).toHaveValue('Jisoo Park');
  await expect(region(page, 'You').getByRole('textbox', { name: 'Sign-off' })).toHaveValue('^SY');
  await expect(region(page, 'You').getByRole('checkbox', { name: /Log inserted replies/ })).toBeChecked();
  // The editor's placeholder list (from the variable registry) offers the sign-off.
  await region(page, 'Templates').getByRole('button', { name: 'New template' }).click();
  await region(page, 'Templates').getByText('Placeholders', { exact: true }).click();
  await expect(
    region(page, 'Templates').getByRole('button', { name: 'Add {{agent.signoff}} to the body' }),
  ).toBeVisible();

  await seedTemplates(context, extensionId, [
    {
      id: 'signed',
      title: 'Signed thanks',
      shortcut: 'signed',
      lang: 'ko',
      body: '확인 후 안내드리겠습니다. {{agent.signoff}}',
    },
  ]);
  const x = await openX(MINJI);
  const panel = await panelOf(x);
  await panel.getByRole('option', { name: 'Signed thanks' }).click();
  await expect(panel.getByText('확인 후 안내드리겠습니다. ^SY')).toBeVisible();
  // `;shortcut` renders a sign-off page-side: it is public, like the agent's name.
  await x.getByTestId('tweetTextarea_0').click();
  await x.keyboard.type(';signed');
  await expect.poll(() => shortcutOptions(x)).toEqual(['Signed thanks;signed']);
  await x.keyboard.press('Tab');
  await expect.poll(() => composerState(x)).toBe('확인 후 안내드리겠습니다. ^SY');
});

test("in Korean: You, the Saves, placeholders and Careline's folder names are all Korean", async ({
  context,
  extensionId,
}) => {
  const page = await openOptionsPage(context, extensionId);
  await speak(page, '한국어');
  const you = region(page, '내 정보');
  await you.getByRole('textbox', { name: '상담원 이름' }).fill('박지수');
  await you.getByRole('textbox', { name: '서명' }).fill('^SY');
  await you.getByRole('button', { name: '이름과 서명 저장', exact: true }).click();
  await expect(you.getByRole('status')).toHaveText('이름과 서명을 저장했습니다');
  await expect(you.getByRole('textbox', { name: '서명' })).toHaveAccessibleDescription(/\{\{agent\.signoff\}\}/);

  const templates = region(page, '템플릿');
  // The samples' folder is stored as "Samples" and shown as 샘플; the stored name is untouched.
  await expect(
    templates.getByRole('navigation', { name: '폴더' }).getByRole('button', { name: /^샘플 \d+$/ }),
  ).toBeVisible();
  await expect(templates.getByRole('table').getByRole('cell', { name: '샘플' }).first()).toBeVisible();
  await expect(templates.getByText('Samples', { exact: true })).toHaveCount(0);
  await expect(templates.getByRole('searchbox', { name: '템플릿 검색' })).toHaveAttribute(
    'placeholder',
    '제목, 단축어, 태그, 본문…',
  );
  await expect(region(page, '데이터').getByRole('button', { name: '보관 기간 저장', exact: true })).toBeVisible();

  // And English, back again: no Korean placeholder on an English page.
  await speak(page, 'English');
  await expect(region(page, 'Templates').getByRole('searchbox', { name: 'Search templates' })).toHaveAttribute(
    'placeholder',
    'Title, shortcut, tag, text…',
  );
  await expect(
    region(page, 'Templates')
      .getByRole('navigation', { name: 'Folders' })
      .getByRole('button', { name: /^Samples \d+$/ }),
  ).toBeVisible();
  await expect(region(page, 'Data').getByRole('button', { name: 'Save retention', exact: true })).toBeVisible();
});
