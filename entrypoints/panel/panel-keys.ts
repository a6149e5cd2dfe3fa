/**
 * The panel's own keys, outside any one control: `/` jumps to template search, and Esc with nothing
 * left to cancel (no dialog, no search text) hands the caret back to X's reply box, where the agent
 * goes on typing. Alt+Shift+K (opening the panel) lands in template search too (main.tsx).
 */
import { useEffect } from 'react';
import type { PanelLink } from './link';
import { typesText } from './components/ShortcutsHelp';

const TEMPLATE_SEARCH = '.templates input[type="search"]';

/** The caret into the template search box (its text selected, so typing replaces it). */
export function focusTemplateSearch(): void {
  const box = document.querySelector<HTMLInputElement>(TEMPLATE_SEARCH);
  if (!box) return;
  window.focus();
  box.focus({ preventScroll: true });
  box.select();
  box.scrollIntoView({ block: 'nearest' });
}

/** Opened by the agent: the panel from its top (never where it was left scrolled), caret in search. */
export function panelOpened(): void {
  for (const region of Array.from(document.querySelectorAll('.panel-customer, .panel-work'))) region.scrollTop = 0;
  document.scrollingElement?.scrollTo(0, 0);
  focusTemplateSearch();
}

export function usePanelKeys(link: PanelLink | null): void {
  useEffect(() => {
    function onKey(event: KeyboardEvent): void {
      if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.altKey || event.metaKey) return;
      // A modal dialog (Fill in, Hand off, shortcuts) handles its own keys.
      if (document.querySelector('dialog[open]')) return;
      if (event.key === '/' && !typesText(event.target)) {
        event.preventDefault();
        focusTemplateSearch();
      } else if (event.key === 'Escape' && link) {
        event.preventDefault();
        void link.request({ type: 'focus-composer' }).catch(() => undefined);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [link]);
}
