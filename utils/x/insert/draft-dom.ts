/**
 * Reading and steering a Draft.js editor through its DOM. Draft renders every block as a
 * `[data-block]` element and every text run as a `[data-text="true"]` leaf; what it renders is its
 * EditorState, so reading the leaves reads the state X will post.
 */
import { X } from '../selectors';

/** Draft's blocks (paragraphs), in order. */
export function draftBlocks(editor: HTMLElement): HTMLElement[] {
  return Array.from(editor.querySelectorAll<HTMLElement>(X.draftBlock.selector));
}

/** Plain text as Draft holds it: blocks joined by "\n". */
export function draftText(editor: HTMLElement): string {
  const blocks = draftBlocks(editor);
  if (blocks.length === 0) return normalise(editor.textContent ?? '');
  return blocks.map((b) => normalise(b.textContent ?? '')).join('\n');
}

/** Draft keeps a zero-width space (U+200B) in empty leaves: it is not part of the text. */
export function withoutPlaceholders(s: string): string {
  return s.replace(/\u200b/g, '');
}

/** A block's text as Draft holds it (without the empty leaves' placeholders). */
export function draftBlockText(block: Element | undefined): string {
  return withoutPlaceholders(block?.textContent ?? '');
}

/** Without placeholders, and non-breaking spaces stand for spaces. */
function normalise(s: string): string {
  return withoutPlaceholders(s).replace(/\u00a0/g, ' ');
}

export function isDraftEmpty(editor: HTMLElement): boolean {
  return draftText(editor).trim() === '';
}

/**
 * Put the DOM caret (or a selection) where the mode wants it; Draft reads it back on selectionchange.
 * insert: the agent's caret when we have it, else the end; append: the end; replace: everything.
 */
export function placeDraftSelection(
  editor: HTMLElement,
  mode: 'insert' | 'append' | 'replace',
  caret: Range | null,
): void {
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return;
  let range = editor.ownerDocument.createRange();
  const leaves = editor.querySelectorAll(X.draftTextLeaf.selector);
  const last = leaves[leaves.length - 1];
  if (mode === 'insert' && caret) {
    range = caret;
  } else if (mode === 'replace') {
    const first = leaves[0];
    if (first && last) {
      range.setStart(first, 0);
      range.setEnd(last, last.childNodes.length);
    } else range.selectNodeContents(editor);
  } else if (last) {
    const textNode = last.lastChild ?? last;
    range.setStart(textNode, textNode.nodeType === Node.TEXT_NODE ? (textNode.textContent?.length ?? 0) : 0);
    range.collapse(true);
  } else {
    range.selectNodeContents(editor);
    range.collapse(false);
  }
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * Draft syncs its selection from the DOM in React's `selectionchange` listener on the document,
 * which Chromium fires as a task after the change. Our listener is added after React's, so when it
 * runs Draft already holds the new selection: resolve right there (bounded, in case no event comes
 * because the selection did not move).
 */
export function afterSelectionSync(doc: Document, maxMs = 50): Promise<void> {
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      doc.removeEventListener('selectionchange', finish);
      resolve();
    };
    const timer = setTimeout(finish, maxMs);
    doc.addEventListener('selectionchange', finish);
  });
}

/** Wait until Draft has rendered text that contains `expected` (React may commit a tick later). */
export async function waitForDraftText(editor: HTMLElement, expected: string, maxMs = 200): Promise<boolean> {
  // Normalised like draftText: a zero-width space in the text itself (U+200B) is dropped from the DOM
  // reading too, else the check fails, the next strategy runs and the reply lands twice.
  const want = normalise(expected.replace(/\r\n?/g, '\n')).trim();
  const start = performance.now();
  for (;;) {
    if (draftText(editor).includes(want)) return true;
    if (performance.now() - start > maxMs) return false;
    await nextFrame();
  }
}

/**
 * The next frame, or 32 ms if no frame comes: a hidden tab gets no animation frames at all (seen in
 * Firefox ESR 153 with the tab in the background), and the wait above must still end.
 */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      resolve();
    };
    const frame = requestAnimationFrame(done);
    const timer = setTimeout(done, 32);
  });
}
