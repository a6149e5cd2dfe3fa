/**
 * Strategy 1 for Draft.js (X's post and reply boxes): a synthetic paste.
 * Draft ignores DOM edits, but its onPaste handler reads `clipboardData` from the event and updates the
 * EditorState, which is what X's Post button listens to. Works on empty and non-empty editors and keeps
 * line breaks as blocks (docs/architecture.md, "Inserting into Draft.js").
 */
import type { InsertMode } from './types';
import { afterSelectionSync, isDraftEmpty, placeDraftSelection, waitForDraftText } from './draft-dom';

export async function insertByPasteEvent(
  editor: HTMLElement,
  text: string,
  mode: InsertMode,
  caret: Range | null = null,
): Promise<boolean> {
  editor.focus({ preventScroll: true });
  // An empty editor has one position only: Draft's selection is already there, nothing to sync.
  if (mode === 'replace' || !isDraftEmpty(editor)) {
    placeDraftSelection(editor, mode, caret);
    await afterSelectionSync(editor.ownerDocument);
  }
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  giveClipboardData(event, text, editor.ownerDocument.defaultView);
  editor.dispatchEvent(event);
  return waitForDraftText(editor, text);
}

type PageView<T> = T & { wrappedJSObject?: T };

/**
 * Firefox gives a synthetic ClipboardEvent a new, empty DataTransfer whatever the init says, and the
 * page cannot read data that a content script put into a DataTransfer of its own (seen in Firefox
 * ESR 153): Draft would paste nothing. So there the event's `clipboardData` is defined, on the page's
 * view of the event (`wrappedJSObject`), as a DataTransfer made by the page's own constructor. In
 * Chrome the init is honoured and nothing changes.
 */
function giveClipboardData(event: ClipboardEvent, text: string, win: Window | null): void {
  const pageEvent = (event as PageView<ClipboardEvent>).wrappedJSObject ?? event;
  if (pageEvent.clipboardData?.getData('text/plain') === text) return;
  const PageDataTransfer =
    (win as PageView<Window & typeof globalThis> | null)?.wrappedJSObject?.DataTransfer ?? DataTransfer;
  const data = new PageDataTransfer();
  data.setData('text/plain', text);
  Object.defineProperty(pageEvent, 'clipboardData', { value: data, configurable: true });
}
