import { useEffect, useId, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { TemplateRecord } from '@/utils/db/types';
import { searchTemplates } from '@/utils/templates/search';
import { useLocale } from '@/components/useLocale';
import { usePanelStore } from '../store';
import { useShallow } from 'zustand/react/shallow';

interface Props {
  templates: TemplateRecord[] | undefined;
  onInsert: (template: TemplateRecord) => void;
  /** The selected template's preview, Length and Insert. */
  children?: ReactNode;
}

/** Search box + listbox (aria-activedescendant pattern). Enter inserts, arrows (and Home / End in the list) move, Esc clears. */
export function TemplatePicker({ templates, onInsert, children }: Props) {
  const { t: tr } = useLocale();
  const { query, setQuery, selectedId, select } = usePanelStore(useShallow((s) => ({ query: s.query, setQuery: s.setQuery, selectedId: s.selectedId, select: s.select })));
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const tweetLang = usePanelStore((st) => st.page?.context.tweet?.lang?.split('-')[0]);
  const results = useMemo(() => {
    const found = searchTemplates(templates ?? [], query);
    // Before the agent types, replies in the tweet's language come first (a Korean complaint opens
    // on Korean replies); a typed query keeps the search's own ranking.
    if (query.trim() || !tweetLang) return found;
    return [...found.filter((t) => t.lang === tweetLang), ...found.filter((t) => t.lang !== tweetLang)];
  }, [templates, query, tweetLang]);
  const selected = results.find((t) => t.id === selectedId) ?? results[0];

  useEffect(() => {
    if (selected && selected.id !== selectedId) select(selected.id);
  }, [selected, selectedId, select]);

  useEffect(() => {
    if (!selected) return;
    const list = listRef.current;
    const option = list?.querySelector(`[data-id="${CSS.escape(selected.id)}"]`);
    if (!list || !option) return;
    revealInList(list, option);
    // The list gives way when the customer card above grows (style.css): keep the selection shown.
    const resized = new ResizeObserver(() => revealInList(list, option));
    resized.observe(list);
    return () => resized.disconnect();
  }, [selected]);

  function move(delta: number, from = selected ? results.indexOf(selected) : -1): void {
    if (results.length === 0) return;
    const next = results[Math.min(results.length - 1, Math.max(0, from + delta))];
    if (next) select(next.id);
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if ((event.key === 'Home' || event.key === 'End') && event.currentTarget.getAttribute('role') === 'listbox') {
      // In the list only: in the search box Home / End move the caret.
      event.preventDefault();
      move(event.key === 'Home' ? -results.length : results.length, 0);
    } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      // isComposing: Enter that finishes a Hangul syllable in an IME must not insert.
      event.preventDefault();
      if (selected) onInsert(selected);
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
    }
  }

  const optionId = (id: string) => `${listId}-${id}`;
  return (
    <section className="card templates" aria-labelledby={`${listId}-h`}>
      <h2 id={`${listId}-h`}>{tr('panel.templates.heading')}</h2>
      <input
        type="search"
        role="searchbox"
        aria-label={tr('panel.templates.search')}
        aria-controls={listId}
        placeholder={tr('panel.templates.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        ref={listRef}
        role="listbox"
        aria-label={tr('panel.templates.list')}
        tabIndex={0}
        aria-activedescendant={selected ? optionId(selected.id) : undefined}
        onKeyDown={onKeyDown}
      >
        {results.map((t) => (
          <li
            key={t.id}
            id={optionId(t.id)}
            data-id={t.id}
            role="option"
            aria-selected={t.id === selected?.id}
            aria-labelledby={`${optionId(t.id)}-title`}
            // Named by the title alone (the contract) and so is its visible label (WCAG 2.5.3): the
            // shortcut is drawn by CSS from data-shortcut and read as the option's description.
            aria-describedby={t.shortcut ? `${optionId(t.id)}-shortcut` : undefined}
            onClick={() => select(t.id)}
            onDoubleClick={() => onInsert(t)}
          >
            <span id={`${optionId(t.id)}-title`} className="title" lang={t.lang}>{t.title}</span>
            {t.shortcut ? (
              <>
                <span className="shortcut" data-shortcut={`;${t.shortcut}`} aria-hidden="true" />
                <span id={`${optionId(t.id)}-shortcut`} hidden>{tr('panel.templates.shortcut', { shortcut: t.shortcut })}</span>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {templates && results.length === 0 ? <p className="muted">{tr('panel.templates.noMatch', { query })}</p> : null}
      {selected ? children : null}
    </section>
  );
}

/**
 * Scrolls the list, and only the list, to show the option: scrollIntoView would also scroll the panel
 * around it, which then opens half-scrolled.
 */
function revealInList(list: Element, option: Element): void {
  const outer = list.getBoundingClientRect();
  const inner = option.getBoundingClientRect();
  if (inner.top < outer.top) list.scrollTop -= outer.top - inner.top;
  else if (inner.bottom > outer.bottom) list.scrollTop += inner.bottom - outer.bottom;
}
