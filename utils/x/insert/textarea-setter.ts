/**
 * Strategy for plain textareas (X Chat's composer): React tracks a textarea's value through the
 * native setter, so set it with HTMLTextAreaElement.prototype's setter and fire `input`; assigning
 * `.value` directly would be swallowed by React's value tracker.
 */
import type { InsertMode } from './types';

export function insertIntoTextarea(textarea: HTMLTextAreaElement, text: string, mode: InsertMode): boolean {
  const current = textarea.value;
  let start = current.length;
  let end = current.length;
  if (mode === 'replace') {
    start = 0;
  } else if (mode === 'insert') {
    // A textarea keeps its own selection while blurred: the agent's caret survives the panel click.
    start = textarea.selectionStart ?? current.length;
    end = textarea.selectionEnd ?? current.length;
  }
  const next = current.slice(0, start) + text + current.slice(end);
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  if (!setter) return false;
  setter.call(textarea, next);
  textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  const caret = start + text.length;
  textarea.focus({ preventScroll: true });
  textarea.setSelectionRange(caret, caret);
  return textarea.value === next;
}
