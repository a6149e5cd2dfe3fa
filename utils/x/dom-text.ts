/**
 * Small DOM helpers shared by the X adapter. They check node types by nodeType/localName instead of
 * `instanceof`, because the adapter runs on documents from other realms (a content script's isolated
 * world, happy-dom Windows in tests, frames) where the global constructors are not the document's.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === ELEMENT_NODE;
}

export function isHTMLElement(node: unknown): node is HTMLElement {
  return isElement(node) && node.namespaceURI === 'http://www.w3.org/1999/xhtml';
}

export function isTextarea(node: unknown): node is HTMLTextAreaElement {
  return isHTMLElement(node) && node.localName === 'textarea';
}

/**
 * The visible text of an X text element as the author typed it:
 * - emoji are <img alt="😀"> (X's Twemoji), so img alt counts as text;
 * - <br> is a line break, and text nodes keep their own "\n" (X renders with pre-wrap);
 * - a link's aria-hidden "…" (X's visual truncation marker) is dropped, but its aria-hidden
 *   "https://" and tail spans are kept: together they spell the full URL the author posted.
 */
export function visibleText(el: Element): string {
  let out = '';
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      out += node.nodeValue ?? '';
      return;
    }
    if (!isElement(node)) return;
    const tag = node.localName;
    if (tag === 'img') {
      out += node.getAttribute('alt') ?? '';
      return;
    }
    if (tag === 'br') {
      out += '\n';
      return;
    }
    if (tag === 'svg' || tag === 'script' || tag === 'style') return;
    if (isTruncationMarker(node)) return;
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(el);
  return out;
}

function isTruncationMarker(el: Element): boolean {
  return (
    el.getAttribute('aria-hidden') === 'true' &&
    el.nextSibling === null &&
    el.parentElement?.localName === 'a' &&
    (el.textContent ?? '').trim() === '…'
  );
}

/**
 * Every open shadow root under `root` (depth-first, nested ones included). X Chat renders into an
 * open shadow root; closed roots are invisible to page code and to us.
 */
export function openShadowRoots(root: ParentNode, limit = 50): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (scope: ParentNode): void => {
    for (const el of Array.from(scope.querySelectorAll('*'))) {
      if (found.length >= limit) return;
      const sr = el.shadowRoot;
      if (sr) {
        found.push(sr);
        visit(sr);
      }
    }
  };
  visit(root);
  return found;
}

/** The focused element, following focus into open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  for (let i = 0; i < 10 && active?.shadowRoot?.activeElement; i++) {
    active = active.shadowRoot.activeElement;
  }
  return active;
}
