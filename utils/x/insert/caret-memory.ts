/**
 * Where the agent's caret was in X's composer. Clicking into the panel (another frame) takes focus
 * and Chromium drops the page's selection, so by the time Insert arrives the caret is gone. We keep
 * it as (block index, text offset) rather than a DOM Range because Draft re-renders its text nodes.
 */
import { X } from '../selectors';
import { draftBlockText, draftBlocks, withoutPlaceholders } from './draft-dom';

export interface CaretPosition {
  block: number;
  offset: number;
}

export interface CaretMemory {
  /** Call on the page's `selectionchange`: remembers the caret when it is in a composer. */
  update(): void;
  /** The remembered caret as a Range in this editor, or null when we have none for it. */
  rangeFor(editor: HTMLElement): Range | null;
}

export function createCaretMemory(doc: Document): CaretMemory {
  let remembered: { editor: HTMLElement; position: CaretPosition } | null = null;
  return {
    update() {
      const caret = caretInDraft(doc);
      // Selection left the composer: keep the last caret we saw there.
      if (caret) remembered = { editor: caret.editor, position: caret.position };
    },
    rangeFor(editor) {
      if (!remembered || remembered.editor !== editor || !editor.isConnected) return null;
      return rangeAt(editor, remembered.position);
    },
  };
}

const blocksOf = draftBlocks;

/** The caret, if it sits in one of X's Draft composers: the editor, its position, the block's text before it. */
export function caretInDraft(
  doc: Document,
): { editor: HTMLElement; position: CaretPosition; textBefore: string } | null {
  const selection = doc.getSelection();
  const node = selection?.focusNode;
  if (!selection || selection.rangeCount === 0 || !node) return null;
  const element = node instanceof Element ? node : node.parentElement;
  const editor = element?.closest<HTMLElement>(X.draftComposerAnyPost.selector);
  if (!editor) return null;
  const position = positionOf(editor, node, selection.focusOffset);
  const block = position ? blocksOf(editor)[position.block] : undefined;
  if (!position || !block) return null;
  return { editor, position, textBefore: draftBlockText(block).slice(0, position.offset) };
}

/** The text Draft renders, leaf by leaf: only text inside `[data-text="true"]` counts. */
function leafTexts(block: HTMLElement): Text[] {
  const texts: Text[] = [];
  for (const leaf of Array.from(block.querySelectorAll(X.draftTextLeaf.selector))) {
    for (const child of Array.from(leaf.childNodes)) if (child.nodeType === Node.TEXT_NODE) texts.push(child as Text);
  }
  return texts;
}

const visibleLength = (text: Text): number => withoutPlaceholders(text.data).length;

export function positionOf(editor: HTMLElement, node: Node, offset: number): CaretPosition | null {
  const blocks = blocksOf(editor);
  const block = blocks.findIndex((b) => b.contains(node));
  const blockEl = blocks[block];
  if (!blockEl) return null;
  const caret = editor.ownerDocument.createRange();
  caret.setStart(node, offset);
  caret.collapse(true);
  let before = 0;
  for (const text of leafTexts(blockEl)) {
    if (text === node) return { block, offset: before + withoutPlaceholders(text.data.slice(0, offset)).length };
    // Count a leaf only when it ends before the caret (-1: that point lies before the caret).
    if (caret.comparePoint(text, text.data.length) !== -1) break;
    before += visibleLength(text);
  }
  return { block, offset: before };
}

export function rangeAt(editor: HTMLElement, position: CaretPosition): Range | null {
  const blockEl = blocksOf(editor)[position.block];
  if (!blockEl) return null;
  const range = editor.ownerDocument.createRange();
  const texts = leafTexts(blockEl);
  let left = position.offset;
  for (const text of texts) {
    if (left <= visibleLength(text)) {
      range.setStart(text, Math.min(left, text.data.length));
      range.collapse(true);
      return range;
    }
    left -= visibleLength(text);
  }
  const last = texts[texts.length - 1];
  if (last) range.setStart(last, last.data.length);
  else range.setStart(blockEl, 0); // an empty block: Draft renders a <br> leaf with no text node
  range.collapse(true);
  return range;
}
