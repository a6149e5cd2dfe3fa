/**
 * Room for the panel in X's page. The panel is docked on the right and X's layout moves aside: a
 * stylesheet Careline owns gives X's <body> a right margin as wide as the panel, so X's centred
 * columns centre themselves in what is left (X re-renders its React tree all the time; a rule in a
 * sheet of our own survives that, an inline style on X's nodes would not). X's nav and sidebar are
 * position:fixed boxes placed by the flow horizontally, so they move with it (home-twitter-complete).
 *
 * When X's columns do not fit beside the panel: first the sidebar (search, trends) goes, as X itself
 * drops it on narrower windows; then the panel gets narrower, down to MIN_WIDTH; below that it becomes
 * a rail (a strip with its essentials) that the agent can expand over X for a moment.
 *
 * X's reply dialog is centred in the whole window (it is position:fixed in #layers): it is shifted by
 * half the panel's width, so it is centred in X's part of the window instead.
 *
 * Everything here is measured from X's primary column, where the composer, its Reply button and the
 * post being answered live: the panel must never lie over it.
 */
import { X, queryFirst } from '@/utils/x/selectors';

/** The narrowest full panel; below it the rail. */
export const MIN_WIDTH = 300;
/** The rail: the panel's header stacked, and the page button under it. */
export const RAIL_WIDTH = 72;
/** The visible resize handle, left of the panel, in the room Careline takes. */
export const HANDLE_WIDTH = 8;

export interface Fit {
  /** The panel's width now (the agent's width, or less where X needs the room). */
  width: number;
  rail: boolean;
  /** Shown over X for a moment (expanded from the rail): X is not moved. */
  overlay: boolean;
}

export interface PageRoom {
  /** Makes room for a panel `wanted` px wide (or none when closed) and says what the panel gets. */
  fit(open: boolean, wanted: number, overlay: boolean): Fit;
  remove(): void;
}

export function createPageRoom(): PageRoom {
  const sheet = ownSheet();

  function rules(room: number, hideSidebar: boolean): string {
    const css = [
      `body { margin-right: ${room}px !important; }`,
      `${X.replyModal.selector} { translate: ${-Math.round(room / 2)}px 0 !important; }`,
    ];
    if (hideSidebar) css.push(`${X.sidebarColumn.selector} { display: none !important; }`);
    return css.join('\n');
  }

  return {
    fit(open, wanted, overlay) {
      if (!open || overlay) {
        sheet.set('');
        return { width: wanted, rail: false, overlay: open && overlay };
      }
      const windowWidth = document.documentElement.clientWidth;
      let width = wanted;
      let hideSidebar = false;
      sheet.set(rules(width + HANDLE_WIDTH, hideSidebar));
      const free = () => windowWidth - width - HANDLE_WIDTH;
      const sidebar = extentOf(queryFirst(document, 'sidebarColumn'));
      if (sidebar && sidebar.right > free() + 1) {
        hideSidebar = true;
        sheet.set(rules(width + HANDLE_WIDTH, hideSidebar));
      }
      const primary = boxOf(queryFirst(document, 'primaryColumn'));
      if (primary && primary.right > free() + 1) {
        // Too wide for X's centre column: X's columns overflow from the left edge, so the overflow is
        // exactly what the panel must give up.
        const narrower = Math.floor(width - (primary.right - free()));
        width = narrower >= MIN_WIDTH ? narrower : RAIL_WIDTH;
        sheet.set(rules(width + HANDLE_WIDTH, hideSidebar));
      }
      return { width, rail: width === RAIL_WIDTH, overlay: false };
    },
    remove: () => sheet.remove(),
  };
}

/**
 * Where the element and what is in it are drawn: X's sidebar column keeps its content (search,
 * trends) in position:fixed boxes, which can lie outside the column's own box (in the capture, a
 * zero-width column with a 350 px search box). The first elements are enough: search comes first.
 */
function extentOf(el: Element | null, sample = 200): DOMRect | null {
  if (!el) return null;
  let left = Infinity;
  let right = -Infinity;
  const boxes = [el, ...Array.from(el.querySelectorAll('*')).slice(0, sample)].map((e) => e.getBoundingClientRect());
  for (const box of boxes) {
    if (box.width === 0 || box.height === 0) continue;
    left = Math.min(left, box.left);
    right = Math.max(right, box.right);
  }
  return right > left ? new DOMRect(left, 0, right - left, 1) : null;
}

/** The element's box, or null when X does not show it. */
function boxOf(el: Element | null): DOMRect | null {
  const box = el?.getBoundingClientRect();
  return box && box.width > 0 ? box : null;
}

interface OwnSheet {
  set(css: string): void;
  remove(): void;
}

/**
 * A constructed stylesheet adopted into X's document (no node in X's DOM for X's re-renders to
 * drop); where the browser will not adopt a sheet made by an extension script, a <style> element.
 */
function ownSheet(): OwnSheet {
  try {
    const sheet = new CSSStyleSheet();
    const adopt = () => {
      if (!document.adoptedStyleSheets.includes(sheet))
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    };
    adopt();
    return {
      set(css) {
        sheet.replaceSync(css);
        adopt(); // the page may have dropped it
      },
      remove() {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      },
    };
  } catch {
    const style = document.createElement('style');
    return {
      set(css) {
        style.textContent = css;
        if (!style.isConnected) (document.head ?? document.documentElement).append(style);
      },
      remove: () => style.remove(),
    };
  }
}
