import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useModalDialog } from './useModalDialog';

const SHORTCUTS: Array<{ keys: ReactNode; does: string }> = [
  { keys: <><kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>K</kbd></>, does: 'Open or close the Careline panel (Option+Shift+K on a Mac)' },
  { keys: <><kbd>;shortcut</kbd> then <kbd>Tab</kbd></>, does: "Expand a template in X's reply box (Enter picks from the suggestions)" },
  { keys: <><kbd>↑</kbd> / <kbd>↓</kbd></>, does: 'Move through the template list (from the search box or the list)' },
  { keys: <kbd>Enter</kbd>, does: 'Insert the selected template into X\'s reply box' },
  { keys: <kbd>Esc</kbd>, does: 'Close a dialog; clear the template search' },
  { keys: <><kbd>Ctrl</kbd>+<kbd>Enter</kbd> / <kbd>Cmd</kbd>+<kbd>Enter</kbd></>, does: 'Send the reply in X (X\'s own shortcut)' },
  { keys: <kbd>?</kbd>, does: 'Show these shortcuts (when not typing in a field)' },
];

/** The "?" help: every keyboard shortcut Careline adds or relies on. Esc or Close closes it. */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  useModalDialog(ref);
  return (
    <dialog ref={ref} aria-labelledby={`${id}-h`} className="fill-in shortcuts-help" onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <h2 id={`${id}-h`}>Keyboard shortcuts</h2>
      <dl className="shortcuts">
        {SHORTCUTS.map((s) => (
          <div key={s.does}>
            <dt>{s.keys}</dt>
            <dd>{s.does}</dd>
          </div>
        ))}
      </dl>
      <div className="dialog-bar">
        <button type="button" className="primary" onClick={onClose} autoFocus>Close</button>
      </div>
    </dialog>
  );
}

const TEXT_INPUT = /^(text|search|email|url|tel|password|number)$/;

/** Typing "?" goes into a field (or an IME); anywhere else in the panel it asks for the help. */
function typesText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT.test(target.type);
}

/** Open state of the help, and "?" (outside text fields, with no other dialog open) to open it. */
export function useShortcutsHelp(): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    function onKey(event: KeyboardEvent): void {
      if (event.key !== '?' || event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return;
      if (typesText(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      setOpen(true);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return [open, setOpen];
}
