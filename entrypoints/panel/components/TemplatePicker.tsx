import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { TemplateRecord } from '@/utils/db/types';
import { keepOrder, searchAnyLayout } from '@/utils/templates/search-layouts';
import { useLocale } from '@/components/useLocale';
import { postKey, usePanelStore } from '../store';
import { useSuggestions } from '../useSuggestions';
import { TemplateOption } from './TemplateOption';

const NONE: TemplateRecord[] = [];

interface Props {
  templates: TemplateRecord[] | undefined;
  onInsert: (template: TemplateRecord) => void;
  /** Replies to suggest before the library's (an incident's holding or fixed reply for this post). */
  first?: TemplateRecord[];
  /** The selected template's preview, Length and Insert. */
  children?: ReactNode;
}

/**
 * Search box + listbox (aria-activedescendant pattern). Enter inserts, arrows (and Home / End in the
 * list) move, Esc clears. On a post, before the agent types, a "Suggested" group comes first and
 * its first template is preselected.
 */
export function TemplatePicker({ templates, onInsert, first = NONE, children }: Props) {
  const { t: tr } = useLocale();
  const query = usePanelStore((s) => s.query);
  const setQuery = usePanelStore((s) => s.setQuery);
  const selectedId = usePanelStore((s) => s.selectedId);
  const select = usePanelStore((s) => s.select);
  const follow = usePanelStore((s) => s.follow);
  const preselect = usePanelStore((s) => s.preselect);
  const setSuggested = usePanelStore((s) => s.setSuggested);
  const post = usePanelStore((s) => postKey(s.page));
  const listId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const tweetLang = usePanelStore((st) => st.page?.context.tweet?.lang?.split('-')[0]);
  const fromLibrary = useSuggestions(templates);
  const suggestions = useMemo(
    () => (fromLibrary === undefined || first.length === 0 ? fromLibrary : [...first.map((t) => t.id), ...fromLibrary]),
    [fromLibrary, first],
  );
  const typing = query.trim() !== '';
  const [order, setOrder] = useState<{ key: string; ids: string[] }>({ key: '', ids: [] });

  const found = useMemo(() => {
    const hits = searchAnyLayout(templates ?? [], query);
    // Before the agent types, replies in the tweet's language come first (a Korean complaint opens
    // on Korean replies); a typed query keeps the search's own ranking.
    if (typing || !tweetLang) return hits;
    return [...hits.filter((t) => t.lang === tweetLang), ...hits.filter((t) => t.lang !== tweetLang)];
  }, [templates, query, typing, tweetLang]);

  // The list keeps its order while the agent stays on this post and query: counting a send as a
  // use (or a library update) must not move the template under their pointer.
  const key = `${post ?? ''}\n${query}`;
  const stable = order.key === key ? keepOrder(order.ids, found) : found;
  const ids = stable.map((t) => t.id);
  if (order.key !== key || ids.length !== order.ids.length || ids.some((id, i) => id !== order.ids[i]))
    setOrder({ key, ids });

  const suggested = useMemo(() => {
    if (typing || !templates || !suggestions?.length) return [];
    const byId = new Map([...templates, ...first].map((t) => [t.id, t]));
    return suggestions.map((id) => byId.get(id)).filter((t): t is TemplateRecord => t !== undefined);
  }, [typing, templates, suggestions, first]);
  const rest = suggested.length ? stable.filter((t) => !suggested.includes(t)) : stable;
  const results = [...suggested, ...rest];
  const selected = suggestions === undefined ? undefined : (results.find((t) => t.id === selectedId) ?? results[0]);

  // A new post: its best suggestion is preselected, unless the agent already picked one there.
  useEffect(() => {
    setSuggested(suggestions?.[0] ?? null);
    if (post && suggestions) preselect(post, suggestions[0] ?? null);
  }, [post, suggestions, preselect, setSuggested]);

  useEffect(() => {
    if (selected && selected.id !== selectedId) follow(selected.id);
  }, [selected, selectedId, follow]);

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
    } else if (
      (event.key === 'Home' || event.key === 'End') &&
      event.currentTarget.getAttribute('role') === 'listbox'
    ) {
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
  const options = (list: TemplateRecord[]) =>
    list.map((t) => (
      <TemplateOption
        key={t.id}
        template={t}
        optionId={optionId(t.id)}
        selected={t.id === selected?.id}
        onSelect={() => select(t.id)}
        onInsert={() => onInsert(t)}
      />
    ));
  const group = (name: 'suggested' | 'others', list: TemplateRecord[]) => (
    <div role="group" aria-labelledby={`${listId}-${name}`} className={`option-group ${name}`}>
      <span id={`${listId}-${name}`} className="group-label">
        {tr(`panel.templates.${name}`)}
      </span>
      <ul role="presentation" className="option-list">
        {options(list)}
      </ul>
    </div>
  );
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
      <div
        id={listId}
        ref={listRef}
        role="listbox"
        aria-label={tr('panel.templates.list')}
        tabIndex={0}
        aria-activedescendant={selected ? optionId(selected.id) : undefined}
        onKeyDown={onKeyDown}
      >
        {/* Nothing until the suggestions are known: the list must not reorder once it is shown. */}
        {suggestions === undefined ? null : suggested.length ? (
          <>
            {group('suggested', suggested)}
            {rest.length ? group('others', rest) : null}
          </>
        ) : (
          <ul role="presentation" className="option-list">
            {options(rest)}
          </ul>
        )}
      </div>
      {suggestions !== undefined && results.length === 0 ? (
        <p className="muted">{tr('panel.templates.noMatch', { query })}</p>
      ) : null}
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
