/**
 * Failure checks, X's DOM: for EVERY key of the selectors table, the imitation loses that element
 * (removed, or its attributes renamed, as if X had changed its markup), and Careline degrades as
 * designed: the panel still names the customer it can prove, says what it could not find, Insert
 * still gets the reply to the agent (into X's box, or through "Copy" onto the clipboard), and
 * nothing throws into x.com's console (the fixtures' pageErrors check runs after every test). The
 * cases are a Record over the table's keys: a new key without a case does not compile, and the first
 * test fails should the two lists still differ.
 */
import type { Locator, Page } from '@playwright/test';
import { X, X_SELECTOR_KEYS, type XSelectorKey } from '../../utils/x/selectors';
import { expect, panelOf, test } from './fixtures';

type SceneName = 'status' | 'dialog' | 'chat';

interface Scene {
  path: string;
  /** After the page has loaded: brings up what the scene is about (X's reply dialog). */
  open?: (page: Page, card: Locator) => Promise<void>;
  customer: string;
  /** Where the reply lands when Careline still finds X's box. */
  box: 'draft' | 'chat';
}

const dm = (handle: string): string =>
  `Hi @${handle}, sorry about this! Could you send us a DM with your account number? We'll take it from there.`;

const SCENES: Record<SceneName, Scene> = {
  status: { path: '/minji_kim/status/1991000000000000101', customer: 'minji_kim', box: 'draft' },
  dialog: {
    path: '/home',
    open: async (page, card) => {
      // Careline has read Home (so it listens for the Reply click it will remember) before the click.
      await expect(card.getByText('No customer in view')).toBeVisible();
      const article = page.getByRole('article').filter({ hasText: 'no signal since the outage' }).first();
      await article.getByRole('button', { name: /Reply/ }).click();
      await expect(page).toHaveURL(/\/compose\/post$/);
    },
    customer: 'sarah_j_miller',
    box: 'draft',
  },
  chat: { path: '/i/chat/1001-2002', customer: 'minji_kim', box: 'chat' },
};

interface Case {
  scene: SceneName;
  /**
   * remove: the elements go; rename: the attributes the key's selectors name are renamed (what an X
   * deploy does); absent: the imitation never renders it, so Careline already works without it.
   */
  how: 'remove' | 'rename' | 'absent';
  /** writes: the reply still lands in X's box; copies: no box, the alert and Copy. */
  insert: 'writes' | 'copies';
  /** What the customer card says instead, when the element is about the post being answered. */
  cardHint?: RegExp;
  /**
   * The element is where the customer comes from and nothing else names them: the card says so and
   * a reply without the customer's values still goes in (never someone else's name).
   */
  customerGone?: string;
}

const NOT_READ = /could not read the post/;

const CASES: Record<XSelectorKey, Case> = {
  appRoot: { scene: 'status', how: 'remove', insert: 'copies' },
  layers: { scene: 'status', how: 'remove', insert: 'writes' },
  primaryColumn: { scene: 'status', how: 'rename', insert: 'writes' },
  sidebarColumn: { scene: 'status', how: 'remove', insert: 'writes' },
  accountSwitcher: { scene: 'status', how: 'remove', insert: 'writes' },
  tweet: { scene: 'status', how: 'remove', insert: 'writes', cardHint: NOT_READ },
  focusedTweet: { scene: 'status', how: 'remove', insert: 'writes', cardHint: NOT_READ },
  timelineCell: { scene: 'status', how: 'rename', insert: 'writes' },
  timelineSectionHeading: { scene: 'status', how: 'absent', insert: 'writes' },
  tweetUserName: { scene: 'status', how: 'remove', insert: 'writes', cardHint: NOT_READ },
  tweetText: { scene: 'status', how: 'remove', insert: 'writes', cardHint: NOT_READ },
  tweetPermalinkTime: { scene: 'status', how: 'remove', insert: 'writes' },
  statusLink: { scene: 'status', how: 'rename', insert: 'writes' },
  quotedTweet: { scene: 'status', how: 'absent', insert: 'writes' },
  socialContext: { scene: 'status', how: 'absent', insert: 'writes' },
  userAvatar: { scene: 'status', how: 'remove', insert: 'writes' },
  followButton: { scene: 'status', how: 'remove', insert: 'writes' },
  replyButton: { scene: 'status', how: 'remove', insert: 'writes' },
  draftComposer: { scene: 'status', how: 'remove', insert: 'copies' },
  draftComposerAnyPost: { scene: 'status', how: 'remove', insert: 'copies' },
  draftComposerContainer: { scene: 'status', how: 'remove', insert: 'copies' },
  draftContents: { scene: 'status', how: 'rename', insert: 'writes' },
  draftBlock: { scene: 'status', how: 'rename', insert: 'writes' },
  draftTextLeaf: { scene: 'status', how: 'rename', insert: 'writes' },
  sendInline: { scene: 'status', how: 'remove', insert: 'writes' },
  sendModal: { scene: 'dialog', how: 'remove', insert: 'writes' },
  replyModal: { scene: 'dialog', how: 'rename', insert: 'writes' },
  chatEmbedRoute: { scene: 'chat', how: 'rename', insert: 'writes' },
  chatTextarea: { scene: 'chat', how: 'remove', insert: 'copies' },
  chatSend: { scene: 'chat', how: 'remove', insert: 'writes' },
  chatHeader: { scene: 'chat', how: 'remove', insert: 'writes', customerGone: 'No customer in view' },
  chatUserName: { scene: 'chat', how: 'remove', insert: 'writes' },
};

/** The attributes a selector list depends on (`#id` is the id attribute). */
function attributesOf(selector: string): string[] {
  const names = Array.from(selector.matchAll(/\[([\w-]+)/g), (m) => m[1] ?? '');
  if (/#[\w-]/.test(selector)) names.push('id');
  return [...new Set(names)].filter((n) => n !== '');
}

/** Applies the case to every element the key matches, open shadow roots included; returns how many. */
async function alter(page: Page, key: XSelectorKey, how: 'remove' | 'rename' | 'absent'): Promise<number> {
  return page.evaluate(
    ({ css, how, attributes }) => {
      const roots: ParentNode[] = [document];
      for (let i = 0; i < roots.length; i++) {
        for (const el of Array.from(roots[i]!.querySelectorAll('*'))) if (el.shadowRoot) roots.push(el.shadowRoot);
      }
      let count = 0;
      for (const root of roots) {
        for (const el of Array.from(root.querySelectorAll(css))) {
          count++;
          if (how === 'remove') el.remove();
          if (how !== 'rename') continue;
          for (const name of attributes) {
            const value = el.getAttribute(name);
            if (value === null) continue;
            el.removeAttribute(name);
            el.setAttribute(`data-renamed-${name}`, value);
          }
        }
      }
      return count;
    },
    { css: X[key].selector, how, attributes: attributesOf(X[key].selector) },
  );
}

/** "Ask for a DM" names the customer; "문의 감사 인사" reads "고객님" without one. */
const THANKS_WITHOUT_CUSTOMER = '고객님, 문의해 주셔서 감사합니다. 확인 후 바로 답변드리겠습니다.';

async function insertTemplate(page: Page, title: string): Promise<void> {
  const panel = await panelOf(page);
  await panel.getByRole('option', { name: title }).click();
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
}

async function boxText(page: Page, box: Scene['box']): Promise<string> {
  return page.evaluate((box) => {
    if (box === 'chat') {
      const roots: ParentNode[] = [document];
      for (let i = 0; i < roots.length; i++) {
        for (const el of Array.from(roots[i]!.querySelectorAll('*'))) if (el.shadowRoot) roots.push(el.shadowRoot);
      }
      return roots.map((root) => root.querySelector('textarea')?.value ?? '').join('');
    }
    return (window as unknown as { __xapp: { getComposerText(): string } }).__xapp.getComposerText();
  }, box);
}

async function expectNoCrash(page: Page): Promise<void> {
  const crashes = await page.evaluate(() => (window as unknown as { __xapp: { errors: string[] } }).__xapp.errors);
  expect(crashes, "the imitation's React error boundaries").toEqual([]);
}

test('every key of the selectors table has a case', () => {
  expect(Object.keys(CASES).sort()).toEqual([...X_SELECTOR_KEYS].sort());
});

for (const key of X_SELECTOR_KEYS) {
  const { scene: sceneName, how, insert, cardHint, customerGone } = CASES[key];
  const scene = SCENES[sceneName];
  test(`without X's ${key} (${how}, ${sceneName}) Careline degrades as designed and the reply still reaches the agent`, async ({
    openX,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://x.com' });
    const page = await openX(scene.path);
    const panel = await panelOf(page);
    const card = panel.getByRole('region', { name: 'Customer' });
    await scene.open?.(page, card);
    const handle = card.getByText(`@${scene.customer}`, { exact: true });
    await expect(handle).toBeVisible();

    const altered = await alter(page, key, how);
    if (how === 'absent') expect(altered, `the imitation does not render ${X[key].selector}`).toBe(0);
    else expect(altered, `the imitation renders ${X[key].selector}`).toBeGreaterThan(0);
    if (customerGone) {
      await expect(card.getByText(customerGone, { exact: true })).toBeVisible();
      await expect(card.getByText(/^@/)).toHaveCount(0);
      await insertTemplate(page, '문의 감사 인사');
      await expect.poll(() => boxText(page, scene.box)).toBe(THANKS_WITHOUT_CUSTOMER);
      await expectNoCrash(page);
      return;
    }
    // The customer still comes from what Careline can prove (the URL, the dialog, the chat).
    await expect(handle).toBeVisible();
    if (cardHint) await expect(card.getByText(cardHint)).toBeVisible();

    if (insert === 'copies' && scene.box === 'draft') {
      await expect(
        card.getByText("X's reply box is not open here: Insert will offer to copy the reply."),
      ).toBeVisible();
    }
    await insertTemplate(page, 'Ask for a DM');
    if (insert === 'copies') {
      const alert = panel.getByRole('alert');
      await expect(alert).toContainText('could not find');
      // The failed insert already copied; overwrite the clipboard so the check is about Copy.
      await page.evaluate(() => navigator.clipboard.writeText('something else'));
      await alert.getByRole('button', { name: 'Copy' }).click();
      await expect(alert).toContainText('on your clipboard');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(dm(scene.customer));
    } else {
      await expect.poll(() => boxText(page, scene.box)).toBe(dm(scene.customer));
      await expect(panel.getByRole('alert')).toHaveCount(0);
    }
    await expectNoCrash(page);
  });
}
