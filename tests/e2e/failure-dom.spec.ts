/**
 * Failure checks, X's DOM: on the imitation's status page, the elements of one composer- or
 * tweet-related entry of the selectors table are removed at a time (as if X had renamed them). The
 * panel then says what it could not find, Insert still gets the reply to the agent (into X's box,
 * or through "Copy" onto the clipboard), and nothing throws into x.com's console (the fixtures'
 * pageErrors check runs after every test).
 */
import type { Page } from '@playwright/test';
import { X, type XSelectorKey } from '../../utils/x/selectors';
import { composerState, expect, panelOf, test } from './fixtures';

const MINJI = '/minji_kim/status/1991000000000000101';
const DM =
  "Hi @minji_kim, sorry about this! Could you send us a DM with your account number? We'll take it from there.";

interface Case {
  key: XSelectorKey;
  /** Without these elements there is no reply box to write into: the alert + Copy path. */
  composerGone: boolean;
  /** What the card says instead, when the element is about the post being answered. */
  cardHint?: RegExp;
}

const CASES: Case[] = [
  { key: 'draftComposer', composerGone: true },
  { key: 'draftComposerContainer', composerGone: true },
  { key: 'sendInline', composerGone: false },
  { key: 'tweet', composerGone: false, cardHint: /could not read the post/ },
  { key: 'focusedTweet', composerGone: false, cardHint: /could not read the post/ },
  { key: 'tweetUserName', composerGone: false, cardHint: /could not read the post/ },
  { key: 'tweetText', composerGone: false, cardHint: /could not read the post/ },
];

/** Removes every element any fallback of the entry matches; returns how many went. */
async function removeAll(page: Page, selector: string): Promise<number> {
  return page.evaluate((css) => {
    const hits = Array.from(document.querySelectorAll(css));
    for (const el of hits) el.remove();
    return hits.length;
  }, selector);
}

async function insertDm(page: Page): Promise<void> {
  const panel = await panelOf(page);
  await panel.getByRole('option', { name: 'Ask for a DM' }).click();
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
}

for (const { key, composerGone, cardHint } of CASES) {
  test(`without X's ${key} the panel says so and the reply still reaches the agent`, async ({ openX, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://x.com' });
    const page = await openX(MINJI);
    const panel = await panelOf(page);
    const card = panel.getByRole('region', { name: 'Customer' });
    await expect(card.getByText('@minji_kim', { exact: true })).toBeVisible();
    await expect(card.getByText(/reply box is not open here/)).toHaveCount(0);

    expect(await removeAll(page, X[key].selector), `the imitation renders ${X[key].selector}`).toBeGreaterThan(0);
    // The customer still comes from the URL, never from another post on the page (our own reply).
    await expect(card.getByText('@minji_kim', { exact: true })).toBeVisible();
    await expect(card.getByText('@acme_care', { exact: true })).toHaveCount(0);
    if (cardHint) await expect(card.getByText(cardHint)).toBeVisible();

    if (composerGone) {
      await expect(
        card.getByText("X's reply box is not open here: Insert will offer to copy the reply."),
      ).toBeVisible();
      await insertDm(page);
      const alert = panel.getByRole('alert');
      await expect(alert).toContainText("could not find X's reply box");
      await expect(alert).toContainText('tweetTextarea_0');
      // The failed insert already copied; overwrite the clipboard so the check is about Copy.
      await page.evaluate(() => navigator.clipboard.writeText('something else'));
      await alert.getByRole('button', { name: 'Copy' }).click();
      await expect(alert).toContainText('on your clipboard');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(DM);
    } else {
      // Careline does not need these to write: the reply lands in X's box as usual.
      await insertDm(page);
      await expect.poll(() => composerState(page)).toBe(DM);
      await expect(panel.getByRole('alert')).toHaveCount(0);
    }
    const crashes = await page.evaluate(() => (window as unknown as { __xapp: { errors: string[] } }).__xapp.errors);
    expect(crashes, "the imitation's React error boundaries").toEqual([]);
  });
}
