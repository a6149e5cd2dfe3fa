/**
 * The customers the agent opened in Careline's panel while joined (the panel looked them up in the
 * team's record, a request only Careline's own pages may make). A reply sent from X's composer is
 * shared with the team only for these or for customers the team's record already holds: the
 * content script names the replied-to customer and runs in x.com's renderer, so it alone cannot
 * make Careline write into the team record of anyone it likes. Kept in session storage, which
 * content scripts cannot read, for as long as the browser runs.
 */
import { browser } from 'wxt/browser';

const KEY = 'teamLookedUp';
/** Enough for a long day's customers; the oldest go first. */
const MAX = 2_000;

const keyOf = (handle: string) => handle.replace(/^@/, '').toLowerCase();

export async function rememberLookedUp(handle: string): Promise<void> {
  const key = keyOf(handle);
  if (!key) return;
  const list = await lookedUpList();
  if (list.at(-1) === key) return;
  const next = [...list.filter((h) => h !== key), key].slice(-MAX);
  await browser.storage.session.set({ [KEY]: next });
}

export async function wasLookedUp(handle: string): Promise<boolean> {
  return (await lookedUpList()).includes(keyOf(handle));
}

async function lookedUpList(): Promise<string[]> {
  const stored = (await browser.storage.session.get(KEY))[KEY];
  return Array.isArray(stored) ? stored.filter((h): h is string => typeof h === 'string') : [];
}
