/**
 * The `;shortcut` list Careline shows in x.com's page, as the agent sees it. It lives in a CLOSED
 * shadow root (x.com's scripts must not read it), which Playwright's locators do not enter either; the
 * DevTools protocol does (`DOM.getDocument` with `pierce`), so the tests read it through that, and
 * click an option with the real mouse at the place the agent sees it.
 */
import type { CDPSession, Page } from '@playwright/test';

export interface ShortcutListView {
  /** The shadow root's mode as the browser reports it: 'closed' once Careline hides it from the page. */
  mode: string;
  /** The listbox's accessible name (aria-label). */
  label: string;
  options: { text: string; selected: boolean; box: { x: number; y: number; width: number; height: number } }[];
  /** The line under the options (keys that insert and close). */
  hint: string;
}

interface DomNode {
  backendNodeId: number;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

const sessions = new WeakMap<Page, CDPSession>();

async function devtools(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

function findHost(node: DomNode): DomNode | null {
  if (node.localName === 'careline-shortcuts') return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const hit = findHost(child);
    if (hit) return hit;
  }
  return null;
}

/** What the shadow root holds; runs with `this` = the shadow root (in a world of its own). */
function readRoot(this: ShadowRoot) {
  const list = this.querySelector('[role="listbox"]');
  const options = Array.from(this.querySelectorAll('[role="option"]'), (li) => {
    const r = li.getBoundingClientRect();
    return {
      text: li.textContent ?? '',
      selected: li.getAttribute('aria-selected') === 'true',
      box: { x: r.x, y: r.y, width: r.width, height: r.height },
    };
  });
  const hint = this.querySelector('[role="presentation"]')?.textContent ?? '';
  return { label: list?.getAttribute('aria-label') ?? '', options, hint, connected: this.host.isConnected };
}

/** The list while it is in the page, else null (Careline removes it when it closes). */
export async function shortcutList(page: Page): Promise<ShortcutListView | null> {
  const cdp = await devtools(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const host = findHost(root);
  const shadow = host?.shadowRoots?.[0] as (DomNode & { shadowRootType?: string }) | undefined;
  if (!shadow) return null;
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  // An isolated world: the page's own patches of querySelector & co. cannot fool the reading.
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'shortcut-list-probe',
  });
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, executionContextId });
  if (!object.objectId) return null;
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: readRoot.toString(),
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: object.objectId });
  const view = result.value as Omit<ShortcutListView, 'mode'> & { connected: boolean };
  if (!view.connected || view.options.length === 0) return null;
  return { mode: shadow.shadowRootType ?? '', label: view.label, options: view.options, hint: view.hint };
}

/** The options' texts (title, then `;shortcut`), or [] while no list is shown. */
export async function shortcutOptions(page: Page): Promise<string[]> {
  return ((await shortcutList(page))?.options ?? []).map((o) => o.text);
}

/** A real click (trusted, like the agent's) on the option whose text matches. */
export async function clickShortcutOption(page: Page, text: RegExp): Promise<void> {
  const option = (await shortcutList(page))?.options.find((o) => text.test(o.text));
  if (!option) throw new Error(`no shortcut option matching ${text}`);
  await page.mouse.click(option.box.x + option.box.width / 2, option.box.y + option.box.height / 2);
}
