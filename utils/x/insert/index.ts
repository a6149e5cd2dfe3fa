/**
 * Write text into X's composer the way X itself will register it, trying one strategy after another
 * and checking afterwards that the composer really holds the text.
 */
import type { ComposerTarget } from '../types';
import { insertByExecCommand, canUseExecCommand } from './exec-command';
import { insertByPasteEvent } from './paste-event';
import { insertIntoTextarea } from './textarea-setter';
import type { InsertMode, InsertOutcome, InsertStrategyName } from './types';
import { moveDraftCaretBefore, moveTextareaCaretBefore } from './cursor';

export type { InsertMode, InsertOutcome, InsertStrategyName } from './types';
export { draftText } from './draft-dom';
export { createCaretMemory, type CaretMemory } from './caret-memory';

export interface InsertOptions {
  /** Where the agent's caret was in a Draft editor (caret-memory.ts), for mode 'insert'; else the end. */
  caret?: Range | null;
  /** UTF-16 offset in `text` where the caret should land afterwards ({{cursor}}). */
  cursor?: number;
}

export async function insertIntoComposer(
  target: ComposerTarget,
  text: string,
  mode: InsertMode,
  options: InsertOptions = {},
): Promise<InsertOutcome> {
  const tail = options.cursor === undefined ? '' : text.slice(options.cursor);
  if (target.kind === 'textarea') {
    if (!insertIntoTextarea(target.textarea, text, mode)) return { ok: false, reason: 'not-registered' };
    moveTextareaCaretBefore(target.textarea, tail);
    return { ok: true, strategy: 'textarea-setter' };
  }
  const editor = target.editor;
  const caret = options.caret ?? null;
  let strategy: InsertStrategyName | null = null;
  if (await insertByPasteEvent(editor, text, mode, caret)) strategy = 'paste-event';
  else if (canUseExecCommand(editor, text) && (await insertByExecCommand(editor, text, mode, caret)))
    strategy = 'exec-command';
  if (!strategy) return { ok: false, reason: 'not-registered' };
  await moveDraftCaretBefore(editor, tail);
  return { ok: true, strategy };
}
