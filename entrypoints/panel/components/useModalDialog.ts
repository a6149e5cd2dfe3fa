import { useEffect, useRef, useState, type RefObject } from 'react';
import { watchDialogVisibility } from '../visibility';

const TABBABLE =
  'a[href], button:enabled, input:enabled, select:enabled, textarea:enabled, summary, [tabindex]:not([tabindex="-1"])';

/**
 * Tab from the last control wraps to the first, and Shift+Tab back: a modal dialog in the panel's
 * frame would otherwise let the focus out into X's page (the browser lets it leave a modal).
 */
function wrapTab(this: HTMLDialogElement, event: KeyboardEvent): void {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  const stops = [...this.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => el.tabIndex >= 0 && el.checkVisibility(),
  );
  const first = stops[0];
  const last = stops.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey ? active === first || active === this : active === last) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}

/**
 * A native `<dialog>` shown as modal while its component is mounted: the rest of the panel is inert,
 * Tab cycles inside it, and the browser turns Esc into its `cancel` event (the component's onCancel
 * unmounts it). When it goes away, focus returns to the control that opened it, unless `keepFocus()`
 * was called first (an insert hands the focus to X's composer, and the panel must not take it back).
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>): { keepFocus: () => void } {
  const restore = useRef(true);
  // Read when the dialog is first rendered: by its effects, React's autoFocus may have moved the focus.
  const [opener] = useState(() => {
    const active = document.activeElement;
    return active instanceof HTMLElement && active !== document.body ? active : null;
  });
  useEffect(() => {
    const dialog = ref.current;
    restore.current = true;
    // showModal focuses the dialog's first control (or the one with the autofocus attribute).
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.addEventListener('keydown', wrapTab);
    // Lying over the rest of the panel, the dialog is what the visibility guard must see (visibility.ts).
    const unwatch = dialog ? watchDialogVisibility(dialog) : undefined;
    return () => {
      unwatch?.();
      dialog?.removeEventListener('keydown', wrapTab);
      // A passive effect's cleanup runs after React removed the dialog (no native focus restore then).
      if (dialog?.open) dialog.close();
      if (restore.current && opener?.isConnected) opener.focus();
    };
  }, [ref, opener]);
  return {
    keepFocus: () => {
      restore.current = false;
    },
  };
}
