/**
 * `;shortcut` hijacked with the agent's own key presses. x.com's scripts
 * (`page.evaluate`, the page's main world) plant a fake post box, move the caret, restyle and read
 * Careline's suggestion list and rename the post's author; the agent's typing is `page.keyboard`
 * (trusted). Nothing of the customer's record may reach the page, and nothing may be expanded
 * anywhere but in X's reply box with the list on screen.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { composerState, expect, panelOf, test } from './fixtures';
import { seedCustomers, seedTemplates } from './seed';
import { clickShortcutOption, shortcutList, shortcutOptions } from './shortcut-list';

const JIHOON = '/jihoon_park/status/1991000000000000103';
const SARAH = '/sarah_j_miller/status/1991000000000000102';
const MINE = { id: 'CRM-HIJACK-5D21', phone: '010-7777-0420' };
/** Another customer's record: what renaming the post's User-Name would point at. */
const OTHER = { id: 'CRM-OTHER-9Q88', phone: '010-3333-1288' };
const SECRETS = [MINE.id, MINE.phone, OTHER.id, OTHER.phone];
const SECID = {
  id: 'sec-id',
  title: 'Customer number',
  shortcut: 'secid',
  lang: 'en',
  body: 'Your number is {{customer.id}}, phone {{customer.phone}}.',
};
const HELLO = {
  id: 'sec-hello',
  title: 'Friendly hello',
  shortcut: 'hello',
  lang: 'en',
  body: 'Hello {{customer.name}}!',
};

async function openJihoon(
  openX: (path: string) => Promise<Page>,
  context: BrowserContext,
  extensionId: string,
): Promise<Page> {
  await seedCustomers(context, extensionId, [
    { handle: 'jihoon_park', name: '박지훈', customerId: MINE.id, phone: MINE.phone },
    { handle: 'minji_kim', name: '김민지', customerId: OTHER.id, phone: OTHER.phone },
  ]);
  await seedTemplates(context, extensionId, [SECID, HELLO]);
  const page = await openX(JIHOON);
  await expect((await panelOf(page)).getByRole('region', { name: 'Customer' }).getByText(MINE.id)).toBeVisible();
  return page;
}

interface Loot {
  pastes: string[];
  titles: string[];
}
const loot = (page: Page) => page.evaluate(() => (window as unknown as { __loot: Loot }).__loot);

/** The page's side: collects every paste and whatever it can read out of Careline's list. */
async function watchForLoot(page: Page, hideList?: string): Promise<void> {
  await page.evaluate((css) => {
    const found: Loot = { pastes: [], titles: [] };
    (window as unknown as { __loot: Loot }).__loot = found;
    window.addEventListener('paste', (e) => found.pastes.push(e.clipboardData?.getData('text/plain') ?? ''), true);
    window.addEventListener(
      'beforeinput',
      (e) => {
        if (e.data) found.pastes.push(e.data);
      },
      true,
    );
    setInterval(() => {
      const text = document.querySelector('careline-shortcuts')?.shadowRoot?.textContent;
      const titles = text?.slice(text.lastIndexOf('}') + 1).trim(); // past the <style>
      if (titles && !found.titles.includes(titles)) found.titles.push(titles);
    }, 20);
    if (css) {
      const style = document.createElement('style');
      style.id = 'hide-careline';
      style.textContent = css;
      document.head.append(style);
    }
  }, hideList);
}

/** The whole attack of the issue: fake `tweetTextarea_9`, caret moved in a window-capture input listener. */
async function plantFakeEditor(page: Page, renameTo?: string): Promise<void> {
  await watchForLoot(page, 'careline-shortcuts { opacity: 0 !important; }');
  await page.evaluate((rename) => {
    const fake = document.createElement('div');
    fake.contentEditable = 'true';
    fake.setAttribute('role', 'textbox');
    fake.dataset.testid = 'tweetTextarea_9';
    fake.style.cssText = 'position: fixed; left: -10000px; top: 0; width: 200px;';
    fake.innerHTML =
      '<div data-contents="true"><div data-block="true"><div><span><span data-text="true">;secid</span></span></div></div></div>';
    document.body.append(fake);
    let saved: Range | null = null;
    // Before every other listener: the caret goes into the fake box while Careline reads it ...
    window.addEventListener(
      'input',
      (e) => {
        const selection = getSelection();
        if (!e.isTrusted || !selection || selection.rangeCount === 0) return;
        saved = selection.getRangeAt(0).cloneRange();
        const leaf = fake.querySelector('[data-text="true"]')?.firstChild;
        if (leaf instanceof Text) selection.collapse(leaf, leaf.length);
      },
      true,
    );
    // ... and is back right after it (capture on <html> runs after document's), before X's handlers.
    document.documentElement.addEventListener(
      'input',
      () => {
        const selection = getSelection();
        if (!saved || !selection) return;
        selection.removeAllRanges();
        selection.addRange(saved);
        saved = null;
      },
      true,
    );
    if (rename) {
      const handle = Array.from(document.querySelectorAll('[data-testid="User-Name"] a span')).find((s) =>
        s.textContent?.startsWith('@'),
      );
      if (handle) handle.textContent = `@${rename}`;
    }
  }, renameTo);
}

async function expectNothingLeaked(page: Page): Promise<void> {
  const { pastes, titles } = await loot(page);
  for (const secret of SECRETS) {
    expect(pastes.join('\n'), 'a paste event carried the customer record').not.toContain(secret);
    expect(await composerState(page)).not.toContain(secret);
  }
  const fake = await page.evaluate(
    () => document.querySelector('[data-testid="tweetTextarea_9"]')?.textContent ?? null,
  );
  if (fake !== null) expect(fake, 'something was pasted into the fake box').toBe(';secid');
  expect(titles, 'the page read the suggestion list').toEqual([]);
}

for (const key of ['Tab', 'Enter'] as const) {
  test(`${key} after typing in X's reply box does not expand a ;token the page keeps in a hidden fake tweetTextarea_9`, async ({
    openX,
    context,
    extensionId,
  }) => {
    const page = await openJihoon(openX, context, extensionId);
    await plantFakeEditor(page);
    await page.getByTestId('tweetTextarea_0').click();
    await page.keyboard.type('Hello');
    await page.waitForTimeout(500); // whatever suggestions there are have arrived
    await page.keyboard.press(key);
    await page.waitForTimeout(800);
    await expectNothingLeaked(page);
    // (The page's caret games may cost the agent a typed letter; Careline adds nothing.)
    expect(await composerState(page)).toMatch(/^H[elo]*\n?$/);
  });
}

test("renaming the post's User-Name first does not get another customer's record rendered into the page", async ({
  openX,
  context,
  extensionId,
}) => {
  const page = await openJihoon(openX, context, extensionId);
  await plantFakeEditor(page, 'minji_kim');
  // Careline's reply context follows the page; the attack counts on it.
  await expect((await panelOf(page)).getByRole('region', { name: 'Customer' }).getByText(OTHER.id)).toBeVisible();
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.type('Hello');
  await page.waitForTimeout(500);
  await page.keyboard.press('Tab');
  await page.waitForTimeout(800);
  await expectNothingLeaked(page);
});

const HIDINGS = [
  ['Tab', 'careline-shortcuts { opacity: 0 !important; }'],
  ['Enter', 'careline-shortcuts { display: block !important; transform: translateX(-5000px) !important; }'],
  // A cover over the whole page that lets clicks through (elementFromPoint looks through it too).
  [
    'Tab',
    'html::after { content: ""; position: fixed; inset: 0; z-index: 2147483647; background: #fff; pointer-events: none; }',
  ],
] as const;
for (const [key, css] of HIDINGS) {
  test(`the list lives in a closed shadow root, and ${key} expands nothing while the page hides it (${css})`, async ({
    openX,
    context,
    extensionId,
  }) => {
    const page = await openJihoon(openX, context, extensionId);
    await watchForLoot(page, css);
    await page.getByTestId('tweetTextarea_0').click();
    await page.keyboard.type(';hel');
    await expect.poll(() => shortcutOptions(page)).toEqual(['Friendly hello;hello']);
    await page.keyboard.press(key);
    await page.waitForTimeout(800);
    expect(await composerState(page)).not.toContain('Hello 박지훈');
    expect((await loot(page)).titles).toEqual([]);
    expect((await shortcutList(page))?.mode ?? 'closed').toBe('closed');

    // The page's rule gone, the list is really on screen: the agent's Tab expands, in X's own box.
    await page.evaluate(() => document.getElementById('hide-careline')?.remove());
    await page.getByTestId('tweetTextarea_0').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Backspace'); // Draft handles it without an input event ...
    await page.keyboard.type('l'); // ... this one is the agent's input at the token: the list comes back
    await expect.poll(() => shortcutOptions(page)).toEqual(['Friendly hello;hello']);
    await page.keyboard.press('Tab');
    await expect.poll(() => composerState(page)).toMatch(/Hello 박지훈!$/);
    await expectNothingLeaked(page);
  });
}

test('a ;shortcut whose template uses customer fields opens in the panel with the filled text; nothing of it is rendered in the page', async ({
  openX,
  context,
  extensionId,
}) => {
  const page = await openJihoon(openX, context, extensionId);
  await watchForLoot(page);
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.type('Hi! ;secid');
  // The list says Tab opens it in the panel; titles only, never a value.
  await expect.poll(() => shortcutOptions(page)).toEqual(['Customer number · opens in the panel;secid']);
  // ... and the keys line says what Tab does with it.
  expect((await shortcutList(page))?.hint).toBe('Tab or Enter to open it in the Careline panel · Esc to close');
  await page.keyboard.press('Tab');
  const panel = await panelOf(page);
  await expect(panel.getByRole('option', { name: 'Customer number' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByText(`Your number is ${MINE.id}, phone ${MINE.phone}.`)).toBeVisible();
  // The agent's next step is in view, whatever the customer card's length.
  await expect(panel.getByRole('button', { name: 'Insert', exact: true })).toBeInViewport();
  await page.waitForTimeout(500);
  expect(await composerState(page)).toBe('Hi! ;secid');
  await expectNothingLeaked(page);
  // The agent's Insert in the panel replaces the token (the agent has seen what goes out).
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  // A public reply: the agent confirms the CRM fields by name before they go in.
  const confirm = panel.getByRole('alertdialog', { name: 'Public reply with customer data' });
  await expect(confirm.getByRole('listitem')).toHaveText([`Customer ID: ${MINE.id}`, `Phone: ${MINE.phone}`]);
  await confirm.getByRole('button', { name: 'Insert in public reply' }).click();
  await expect.poll(() => composerState(page)).toBe(`Hi! Your number is ${MINE.id}, phone ${MINE.phone}.`);
});

test("the page-side render names the customer as X shows them, never by the CRM's name", async ({
  openX,
  context,
  extensionId,
}) => {
  await seedCustomers(context, extensionId, [
    { handle: 'sarah_j_miller', name: 'CRM-LEGAL Sarah Jane Miller', customerId: 'C-1' },
  ]);
  await seedTemplates(context, extensionId, [HELLO]);
  const page = await openX(SARAH);
  await panelOf(page);
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.type(';hello');
  await expect.poll(() => shortcutOptions(page)).toEqual(['Friendly hello;hello']);
  await clickShortcutOption(page, /Friendly hello/);
  await expect.poll(() => composerState(page)).toBe('Hello Sarah Miller!');
});

test('Tab with no suggestion list on screen (closed with Esc) leaves the ;token alone; the list back, Tab expands', async ({
  openX,
}) => {
  const page = await openX('/minji_kim/status/1991000000000000101');
  await panelOf(page);
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.type(';thanks');
  await expect.poll(() => shortcutOptions(page)).toEqual(['문의 감사 인사;thanks']);
  await page.keyboard.press('Escape');
  await expect.poll(() => shortcutList(page)).toBeNull();
  await page.keyboard.press('Tab');
  await page.waitForTimeout(600);
  expect(await composerState(page)).toBe(';thanks');

  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('s');
  await expect.poll(() => shortcutOptions(page)).toEqual(['문의 감사 인사;thanks']);
  await page.keyboard.press('Tab');
  await expect
    .poll(() => composerState(page))
    .toBe('김민지님, 문의해 주셔서 감사합니다. 확인 후 바로 답변드리겠습니다.');
});
