/**
 * The text on either side of where an insert lands, read from X's composer: for the separator
 * (separator.ts) and for the panel's length meter. A Draft.js editor is read through its blocks and
 * leaves (what its EditorState holds); X Chat's textarea through its value and selection.
 */
import { positionOf, type CaretPosition } from './caret-memory';
import { draftBlockText, draftBlocks, draftText } from './draft-dom';

export interface TextAround {
  /** The composer's text before the insert point (or the selection it replaces). */
  before: string;
  /** The composer's text after it. */
  after: string;
}

/**
 * Draft.js: `range` is where the insert goes (the remembered caret, a `;token`); null means the
 * end, which is where the strategies insert without a caret.
 */
export function draftTextAround(editor: HTMLElement, range: Range | null): TextAround {
  const text = draftText(editor);
  if (!range) return { before: text, after: '' };
  const start = positionOf(editor, range.startContainer, range.startOffset);
  const end = range.collapsed ? start : positionOf(editor, range.endContainer, range.endOffset);
  if (!start || !end) return { before: text, after: '' };
  return { before: text.slice(0, offsetIn(editor, start)), after: text.slice(offsetIn(editor, end)) };
}

/** A (block, offset) position as an offset in draftText's "\n"-joined text. */
function offsetIn(editor: HTMLElement, position: CaretPosition): number {
  const blocks = draftBlocks(editor);
  let offset = 0;
  for (let i = 0; i < position.block && i < blocks.length; i++) offset += blockLength(blocks[i]!) + 1;
  const current = blocks[position.block];
  return offset + Math.min(position.offset, current ? blockLength(current) : 0);
}

function blockLength(block: HTMLElement): number {
  return draftBlockText(block).length;
}

/** X Chat's textarea: it keeps its selection while the agent is in the panel; the insert replaces it. */
export function textareaTextAround(textarea: HTMLTextAreaElement): TextAround {
  const value = textarea.value;
  const start = textarea.selectionStart ?? value.length;
  const end = textarea.selectionEnd ?? value.length;
  return { before: value.slice(0, start), after: value.slice(end) };
}
