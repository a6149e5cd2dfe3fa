/**
 * The X account the agent posts from, as X's left navigation shows it: the account menu button holds
 * the avatar, the display name and "@handle". Used to pick that account's post length limit.
 */
import { queryFirst } from './selectors';

/** X handles: 1 to 15 letters, digits or underscores. */
const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
const AVATAR_PREFIX = 'UserAvatar-Container-';

/** The signed-in account's handle (without "@"), or undefined when the page does not show it. */
export function readAccountHandle(doc: Document): string | undefined {
  const button = queryFirst(doc, 'accountSwitcher');
  if (!button) return undefined;
  // The "@handle" line: a span of its own, so one text node that is the whole handle.
  const walker = doc.createTreeWalker(button, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').trim();
    if (text.startsWith('@') && HANDLE.test(text.slice(1))) return text.slice(1);
  }
  // Should X hide the text (a collapsed nav), the avatar's testid still ends in the handle.
  const avatar = queryFirst(button, 'accountAvatar')?.getAttribute('data-testid')?.slice(AVATAR_PREFIX.length);
  return avatar && HANDLE.test(avatar) ? avatar : undefined;
}
