/**
 * Opening a post in the tab the way X's own links do: a client-side navigation (history entry plus
 * popstate, which X's router follows), so the page does not reload and the panel beside it stays,
 * with whatever it was doing. Only a post's own path on this origin is opened.
 */

const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
const STATUS_ID = /^\d{1,25}$/;

/** `/<handle>/status/<id>`, or null when either part is not X's shape. */
export function statusPath(handle: string, statusId: string): string | null {
  const bare = handle.replace(/^@/, '');
  return HANDLE.test(bare) && STATUS_ID.test(statusId) ? `/${bare}/status/${statusId}` : null;
}

/** Opens the post; false when the handle or id is not a post's. Already there: nothing happens. */
export function openPost(handle: string, statusId: string, win: Window = window): boolean {
  const path = statusPath(handle, statusId);
  if (!path) return false;
  if (win.location.pathname === path) return true;
  win.history.pushState(null, '', path);
  win.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  return true;
}
