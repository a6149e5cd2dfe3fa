import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { MessageKey } from '@/utils/i18n/pages';
import { useLocale } from '@/components/useLocale';
import { useModalDialog } from './useModalDialog';

const SHORTCUTS: Array<{ keys: (then: string) => ReactNode; does: MessageKey }> = [
  {
    keys: () => (
      <>
        <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>K</kbd>
      </>
    ),
    does: 'panel.shortcuts.toggle',
  },
  {
    keys: (then) => (
      <>
        <kbd>;shortcut</kbd> {then} <kbd>Tab</kbd>
      </>
    ),
    does: 'panel.shortcuts.expand',
  },
  { keys: () => <kbd>/</kbd>, does: 'panel.shortcuts.search' },
  {
    keys: () => (
      <>
        <kbd>↑</kbd> / <kbd>↓</kbd>
      </>
    ),
    does: 'panel.shortcuts.move',
  },
  { keys: () => <kbd>Enter</kbd>, does: 'panel.shortcuts.insert' },
  { keys: () => <kbd>Esc</kbd>, does: 'panel.shortcuts.escape' },
  {
    keys: () => (
      <>
        <kbd>Ctrl</kbd>+<kbd>Enter</kbd> / <kbd>Cmd</kbd>+<kbd>Enter</kbd>
      </>
    ),
    does: 'panel.shortcuts.send',
  },
  { keys: () => <kbd>?</kbd>, does: 'panel.shortcuts.help' },
];

/** The "?" help: every keyboard shortcut Careline adds or relies on. Esc or Close closes it. */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const { t } = useLocale();
  useModalDialog(ref);
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-h`}
      className="fill-in shortcuts-help"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-h`}>{t('panel.shortcuts.heading')}</h2>
      <dl className="shortcuts">
        {SHORTCUTS.map((s) => (
          <div key={s.does}>
            <dt>{s.keys(t('panel.shortcuts.then'))}</dt>
            <dd>{t(s.does)}</dd>
          </div>
        ))}
      </dl>
      <div className="dialog-bar">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          {t('panel.shortcuts.close')}
        </button>
      </div>
    </dialog>
  );
}

const TEXT_INPUT = /^(text|search|email|url|tel|password|number)$/;

/** Typing "?" goes into a field (or an IME); anywhere else in the panel it asks for the help. */
export function typesText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true;
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
