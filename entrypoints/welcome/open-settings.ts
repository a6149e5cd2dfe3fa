/**
 * Links from the welcome page to one section of the options page. The options page renders after
 * it has loaded (React, then its data), so the browser's own jump to `options.html#customers-h`
 * finds no such element yet and stays at the top. Instead the welcome page opens the options page
 * in a tab and, once the section exists there, navigates that page to the fragment: the browser
 * then scrolls to it, moves the keyboard's starting point there, and its scroll anchoring keeps the
 * section in view while the sections above finish loading.
 * (Not `window.open`: Chrome gives an extension page opened that way no extension APIs.)
 */
import type { MouseEvent } from 'react';
import { browser } from 'wxt/browser';

const WAIT_MS = 10_000;
const POLL_MS = 50;

/** The link's own fragment (`options.html#customers-h`) names the section. */
export function openSettingsAt(event: MouseEvent<HTMLAnchorElement>): void {
  // Ctrl/Shift/middle clicks keep the browser's own behaviour (a plain link to the same place).
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const url = new URL(event.currentTarget.href);
  const sectionId = url.hash.slice(1);
  url.hash = '';
  void browser.tabs.create({ url: url.href }).then((tab) => {
    if (tab.id !== undefined) scrollWhenReady(tab.id, url.pathname, sectionId);
  });
}

function scrollWhenReady(tabId: number, pathname: string, sectionId: string): void {
  const started = Date.now();
  const timer = window.setInterval(() => {
    // The polyfill types these views loosely; they are this extension's own pages, same origin.
    const view = (browser.extension.getViews({ type: 'tab', tabId }) as unknown as Array<typeof window>)[0];
    if (view?.location.pathname === pathname && view.document.getElementById(sectionId)) {
      window.clearInterval(timer);
      view.location.hash = sectionId;
    } else if (Date.now() - started > WAIT_MS) {
      window.clearInterval(timer); // the page went elsewhere or never rendered: leave it as it is
    }
  }, POLL_MS);
}
