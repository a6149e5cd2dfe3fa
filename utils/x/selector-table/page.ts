import type { SelectorEntry } from './evidence';

const BIG_PAGES = { 'home-twitter-complete.html': 1, 'mario-zechner-twitter.html': 1 } as const;

/** X's app shell: its roots, its columns and the signed-in account in the left navigation. */
export const PAGE_SELECTORS = {
  appRoot: {
    fallbacks: [
      // React root holding the whole app, #layers included.
      { css: '#react-root', seen: BIG_PAGES },
    ],
  },
  layers: {
    fallbacks: [
      // Where X mounts dialogs, the Grok drawer and toasts.
      { css: '#layers', seen: BIG_PAGES },
    ],
  },
  primaryColumn: {
    fallbacks: [
      // The timeline / status column.
      { css: '[data-testid="primaryColumn"]', seen: BIG_PAGES },
      // Its landmark parent.
      { css: 'main[role="main"]', seen: BIG_PAGES },
      // Any <main>, should X drop the role attribute.
      { css: 'main', seen: BIG_PAGES },
    ],
  },
  sidebarColumn: {
    fallbacks: [
      // Search box + trends beside the primary column, its content in a position:fixed box. X itself
      // drops it below ~1000 px: Careline hides it the same way when the panel needs its room.
      { css: '[data-testid="sidebarColumn"]', seen: BIG_PAGES },
    ],
  },
  accountSwitcher: {
    fallbacks: [
      // <button aria-label="Account menu"> with the signed-in account's avatar, name and "@handle"; a
      // click opens X's switcher, and the button shows the account switched to.
      { css: '[data-testid="SideNav_AccountSwitcher_Button"]', seen: { 'home-twitter-complete.html': 1 } },
      // The same button by its place and name, should X rename the testid. English X only: the label
      // is translated ("계정 메뉴"), so it is the second choice.
      { css: 'header[role="banner"] button[aria-label="Account menu"]', seen: { 'home-twitter-complete.html': 1 } },
    ],
  },
} as const satisfies Record<string, SelectorEntry>;
