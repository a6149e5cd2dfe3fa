import { composerState, expect, panelOf, test } from './fixtures';

const MINJI = '/minji_kim/status/1991000000000000101';
const SARAH = '/sarah_j_miller/status/1991000000000000102';

test('the panel shows the customer of a status page and follows SPA navigation', async ({ openX }) => {
  const page = await openX(MINJI);
  const panel = await panelOf(page);
  const aside = panel.getByRole('complementary', { name: 'Careline' });
  await expect(aside.getByRole('heading', { name: 'Customer' })).toBeVisible();
  const card = aside.getByRole('region', { name: 'Customer' });
  await expect(card.getByText('@minji_kim', { exact: true })).toBeVisible();
  await expect(card.getByText('김민지', { exact: true })).toBeVisible();
  // Emoji come from X's <img alt>, so the excerpt is the tweet as written.
  await expect(card.getByText('개통이 3일째 안 되고 있어요 😡 언제 되나요?')).toBeVisible();

  // X's in-app navigation: no reload, the panel follows.
  await page.evaluate(
    (path) => (window as unknown as { __xapp: { navigate(p: string): void } }).__xapp.navigate(path),
    SARAH,
  );
  await expect(card.getByText('@sarah_j_miller', { exact: true })).toBeVisible();
  await expect(card.getByText('@minji_kim', { exact: true })).toHaveCount(0);
  await expect(card.getByText(/no signal since the outage/)).toBeVisible();
});

test('Home shows no customer (new post), and the sample templates are listed', async ({ openX }) => {
  const page = await openX('/home');
  const panel = await panelOf(page);
  await expect(panel.getByText('No customer in view')).toBeVisible();
  await expect(panel.getByText('New post')).toBeVisible();
  const list = panel.getByRole('listbox', { name: 'Templates' });
  await expect(list.getByRole('option', { name: '개통 지연 사과' })).toBeVisible();
  await expect(list.getByRole('option', { name: 'Ask for a DM' })).toBeVisible();
  await panel.getByRole('searchbox', { name: 'Search templates' }).fill('outage');
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(list.getByRole('option', { name: 'Network outage update' })).toBeVisible();
});

test('the page button and Alt+Shift+K toggle the panel, and it remembers closed across reloads', async ({ openX }) => {
  const page = await openX(MINJI);
  // The frame itself is in a closed shadow root: its host element is what shows or hides.
  const frame = page.locator('careline-panel');
  await expect(frame).toBeVisible();
  await page.getByRole('button', { name: 'Close Careline' }).click();
  await expect(frame).toBeHidden();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Open Careline' })).toBeVisible();
  await expect(page.locator('careline-panel')).toHaveCount(0);
  await page.getByRole('button', { name: 'Open Careline' }).click();
  await expect(page.locator('careline-panel')).toBeVisible();

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Alt+Shift+K');
  await expect(page.locator('careline-panel')).toBeHidden();
  await page.keyboard.press('Alt+Shift+K');
  await expect(page.locator('careline-panel')).toBeVisible();
});

test("the panel follows X's dark background", async ({ openX }) => {
  const page = await openX(`${MINJI}?theme=dark`);
  const html = (await panelOf(page)).locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect((await panelOf(page)).locator('body')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
});

test('the Length element counts the filled reply the way X does (Hangul weighs 2)', async ({ openX }) => {
  const page = await openX(MINJI);
  const panel = await panelOf(page);
  await panel.getByRole('option', { name: '문의 감사 인사' }).click();
  // "김민지님, 문의해 주셔서 감사합니다. 확인 후 바로 답변드리겠습니다." filled with the customer's name.
  await expect(panel.getByText('김민지님, 문의해 주셔서')).toBeVisible();
  const text = '김민지님, 문의해 주셔서 감사합니다. 확인 후 바로 답변드리겠습니다.';
  const hangul = [...text].filter((c) => /[가-힣]/.test(c)).length;
  const expected = hangul * 2 + ([...text].length - hangul);
  await expect(panel.getByLabel('Length')).toHaveText(`${expected} / 280`);
  expect(await composerState(page)).toBe('');
});

test('the panel can be widened by dragging its edge, and keeps that width after a reload', async ({ openX }) => {
  const page = await openX(MINJI);
  const wrapper = page.locator('careline-panel');
  await expect(wrapper).toBeVisible();
  const before = await wrapper.boundingBox();
  if (!before) throw new Error('panel has no box');
  // The resize handle is the 6 px strip just left of the panel (inside the closed shadow root).
  const box = { x: before.x - 6, y: before.y, width: 6 };
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + 200, { steps: 6 });
  await page.mouse.up();
  await expect
    .poll(async () => Math.round((await wrapper.boundingBox())?.width ?? 0))
    .toBe(Math.round(before.width + 120));
  await page.reload();
  await expect(page.locator('careline-panel')).toBeVisible();
  await expect
    .poll(async () => Math.round((await wrapper.boundingBox())?.width ?? 0))
    .toBe(Math.round(before.width + 120));
});

test("the panel's settings button opens Careline's settings in a tab of their own", async ({ openX, context }) => {
  const page = await openX(MINJI);
  const panel = await panelOf(page);
  const opened = context.waitForEvent('page');
  await panel.getByRole('button', { name: 'Careline settings' }).click();
  const settings = await opened;
  await expect(settings).toHaveURL(/^chrome-extension:\/\/[a-p]{32}\/options\.html$/);
  await expect(settings).toHaveTitle('Careline settings');
  await expect(settings.getByRole('region', { name: 'Customers', exact: true })).toBeVisible();
  // x.com stays where the agent left it.
  await expect(page).toHaveURL(`https://x.com${MINJI}`);
});

test('Alt+Shift+K pressed inside the panel closes it, and the next press opens it again', async ({ openX }) => {
  const page = await openX(MINJI);
  const panel = await panelOf(page);
  // The caret in template search: the key reaches the panel's document, not the page.
  await panel.getByRole('searchbox', { name: 'Search templates' }).click();
  await page.keyboard.press('Alt+Shift+K');
  await expect(page.locator('careline-panel')).toBeHidden();
  // Focus left the hidden frame, so this press reaches the page and opens the panel.
  await page.keyboard.press('Alt+Shift+K');
  await expect(page.locator('careline-panel')).toBeVisible();
  await expect(panel.getByRole('searchbox', { name: 'Search templates' })).toBeFocused();
});
