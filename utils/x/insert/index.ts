/**
 * Write text into X's composer the way X itself will register it, trying one strategy after another
 * and checking afterwards that the composer really holds the text.
 */
import type { ComposerTarget } from '../types';
import { insertByExecCommand, canUseExecCommand } from './exec-command';
import { insertByPasteEvent } from './paste-event';
import { insertIntoTextarea } from './textarea-setter';
import type { InsertMode, InsertOutcome } from './types';

export type { InsertMode, InsertOutcome, InsertStrategyName } from './types';
export { draftText } from './draft-dom';
export { createCaretMemory, type CaretMemory } from './caret-memory';

/**
 * @param caret where the agent's caret was in a Draft editor (see caret-memory.ts), for mode 'insert';
 *   without it, 'insert' lands at the end.
 */
export async function insertIntoComposer(
  target: ComposerTarget,
  text: string,
  mode: InsertMode,
  caret: Range | null = null,
): Promise<InsertOutcome> {
  if (target.kind === 'textarea') {
    return insertIntoTextarea(target.textarea, text, mode)
      ? { ok: true, strategy: 'textarea-setter' }
      : { ok: false, reason: 'not-registered' };
  }
  const editor = target.editor;
  if (await insertByPasteEvent(editor, text, mode, caret)) return { ok: true, strategy: 'paste-event' };
  if (canUseExecCommand(editor, text) && (await insertByExecCommand(editor, text, mode, caret))) {
    return { ok: true, strategy: 'exec-command' };
  }
  return { ok: false, reason: 'not-registered' };
}
