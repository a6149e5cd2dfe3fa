/**
 * Strategy 2 for Draft.js, a fallback only: `execCommand('insertText')` with the caret at the end of
 * the last text leaf. It crashes an EMPTY Draft editor (React removeChild error) and mangles "\n\n",
 * so it is used only on a non-empty editor and for single-line text.
 */
import type { InsertMode } from './types';
import { afterSelectionSync, isDraftEmpty, placeDraftSelection, waitForDraftText } from './draft-dom';

export function canUseExecCommand(editor: HTMLElement, text: string): boolean {
  return !isDraftEmpty(editor) && !/[\r\n]/.test(text);
}

export async function insertByExecCommand(
  editor: HTMLElement,
  text: string,
  mode: InsertMode,
  caret: Range | null = null,
): Promise<boolean> {
  if (!canUseExecCommand(editor, text)) return false;
  editor.focus({ preventScroll: true });
  placeDraftSelection(editor, mode, caret);
  await afterSelectionSync(editor.ownerDocument);
  // Deprecated but still the only way to type as the user would; its boolean only says it ran.
  editor.ownerDocument.execCommand('insertText', false, text);
  return waitForDraftText(editor, text);
}
