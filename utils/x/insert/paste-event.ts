/**
 * Strategy 1 for Draft.js (X's post and reply boxes): a synthetic paste.
 * Draft ignores DOM edits, but its onPaste handler reads `clipboardData` from the event and updates the
 * EditorState, which is what X's Post button listens to. Works on empty and non-empty editors and keeps
 * line breaks as blocks (design.md, "Inserting text").
 */
import type { InsertMode } from './types';
import { afterSelectionSync, isDraftEmpty, placeDraftSelection, waitForDraftText } from './draft-dom';

export async function insertByPasteEvent(editor: HTMLElement, text: string, mode: InsertMode, caret: Range | null = null): Promise<boolean> {
  editor.focus({ preventScroll: true });
  // An empty editor has one position only: Draft's selection is already there, nothing to sync.
  if (mode === 'replace' || !isDraftEmpty(editor)) {
    placeDraftSelection(editor, mode, caret);
    await afterSelectionSync(editor.ownerDocument);
  }
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  editor.dispatchEvent(event);
  return waitForDraftText(editor, text);
}
