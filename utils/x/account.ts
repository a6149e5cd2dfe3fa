/**
 * The X account the agent posts from, as X's left navigation shows it: the account menu button holds
 * the avatar, the display name and "@handle". Used to pick that account's post length limit.
 */
import { HANDLE_RE } from './handle';
import { avatarHandle, queryFirst } from './selectors';

/** The signed-in account's handle (without "@"), or undefined when the page does not show it. */
export function readAccountHandle(doc: Document): string | undefined {
  const button = queryFirst(doc, 'accountSwitcher');
  if (!button) return undefined;
  // The "@handle" line: a span of its own, so one text node that is the whole handle.
  const walker = doc.createTreeWalker(button, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').trim();
    if (text.startsWith('@') && HANDLE_RE.test(text.slice(1))) return text.slice(1);
  }
  // Should X hide the text (a collapsed nav), the avatar's testid still ends in the handle.
  const avatar = queryFirst(button, 'userAvatar');
  const handle = avatar ? avatarHandle(avatar) : null;
  return handle && HANDLE_RE.test(handle) ? handle : undefined;
}
