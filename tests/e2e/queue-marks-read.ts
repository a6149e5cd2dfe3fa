/**
 * The queue marks x.com shows, read the way only the browser can: each mark sits in a CLOSED shadow
 * root (the page's scripts, and Playwright's locators, cannot see into it), so the DOM is read over
 * the DevTools protocol with `pierce`. Per post (its status id): the mark's words and whether it is
 * highlighted as past the team's target.
 */
import type { Page } from '@playwright/test';

interface DomNode {
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

export interface ShownMark {
  text: string;
  state: string;
  past: boolean;
}

function attr(node: DomNode, name: string): string | undefined {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
  return undefined;
}

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
  for (const root of node.shadowRoots ?? []) yield* walk(root);
}

function textOf(node: DomNode): string {
  let text = '';
  for (const n of walk(node)) if (n.nodeName === '#text') text += n.nodeValue ?? '';
  return text;
}

/** Marks by status id of the posts on the page (posts without a mark are left out). */
export async function shownMarks(page: Page): Promise<Record<string, ShownMark>> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const marks: Record<string, ShownMark> = {};
    for (const article of walk(root)) {
      if (article.nodeName !== 'ARTICLE') continue;
      let id: string | undefined;
      let mark: ShownMark | undefined;
      for (const node of walk(article)) {
        const href = node.nodeName === 'A' ? attr(node, 'href') : undefined;
        const match = href ? /\/status\/(\d+)$/.exec(href) : null;
        if (!id && match && (node.children ?? []).some((c) => c.nodeName === 'TIME')) id = match[1];
        if (node.nodeName === 'CARELINE-QUEUE-MARK') {
          const span = [...walk(node)].find((n) => n.nodeName === 'SPAN');
          if (span)
            mark = {
              text: textOf(span),
              state: attr(span, 'data-state') ?? '',
              past: attr(span, 'data-past') !== undefined,
            };
        }
      }
      if (id && mark) marks[id] = mark;
    }
    return marks;
  } finally {
    await session.detach();
  }
}
