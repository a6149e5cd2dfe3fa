/**
 * {{cursor}}: after an insert, put the caret where the template says. Every strategy leaves the
 * caret at the end of what it inserted, so we walk back over the text that follows the marker.
 */
import { afterSelectionSync, draftBlockText, draftBlocks } from './draft-dom';
import { positionOf, rangeAt } from './caret-memory';

/** Draft.js: `tail` is the inserted text after the {{cursor}} marker. */
export async function moveDraftCaretBefore(editor: HTMLElement, tail: string): Promise<boolean> {
  if (tail === '') return true;
  const selection = editor.ownerDocument.getSelection();
  const node = selection?.focusNode;
  if (!selection || !node || !editor.contains(node)) return false;
  const end = positionOf(editor, node, selection.focusOffset);
  if (!end) return false;
  const lines = tail.split('\n');
  const first = lines[0] ?? '';
  const target =
    lines.length === 1
      ? { block: end.block, offset: end.offset - first.length }
      : {
          block: end.block - (lines.length - 1),
          offset: blockLength(editor, end.block - (lines.length - 1)) - first.length,
        };
  if (target.block < 0 || target.offset < 0) return false;
  const range = rangeAt(editor, target);
  if (!range) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  await afterSelectionSync(editor.ownerDocument);
  return true;
}

function blockLength(editor: HTMLElement, block: number): number {
  return draftBlockText(draftBlocks(editor)[block]).length;
}

/** Plain textarea (X Chat): `tail` is the inserted text after the marker. */
export function moveTextareaCaretBefore(textarea: HTMLTextAreaElement, tail: string): void {
  const end = textarea.selectionEnd ?? textarea.value.length;
  const at = Math.max(0, end - tail.length);
  textarea.setSelectionRange(at, at);
}
