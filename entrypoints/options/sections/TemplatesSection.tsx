import { useLiveRead } from '@/utils/db/live-read';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocale } from '@/components/useLocale';
import { useStoredValue } from '@/components/useStoredValue';
import { templatesRepo } from '@/utils/db/templates-repo';
import type { TemplateRecord } from '@/utils/db/types';
import type { Translate } from '@/utils/i18n/pages';
import { agentSettings } from '@/utils/settings/settings';
import { createTemplateIndex } from '@/utils/templates/search';
import { FolderList } from '../templates/FolderList';
import { PacksSection } from './PacksSection';
import { filterTemplates, folderCounts, sampleValues, type FolderFilter } from '../templates/model';
import { TemplateEditor } from '../templates/TemplateEditor';
import { TemplateTable } from '../templates/TemplateTable';
import { UsageStats } from '../templates/UsageStats';
import '../templates.css';
import { errorText } from '@/utils/error-text';

const repo = templatesRepo();
/** How long a delete can be undone (the status message and its Undo button stay this long). */
const UNDO_MS = 10_000;

type Open = { kind: 'none' } | { kind: 'new'; n: number } | { kind: 'edit'; id: string };
type Notice = { text: string; undo?: TemplateRecord[] };

const titleList = (t: Translate, records: TemplateRecord[]) =>
  records.length === 1
    ? t('options.templates.oneTitle', { title: records[0]?.title ?? '' })
    : t('options.templates.manyTitles', { n: records.length });

/** The template library: folders, search, bulk actions, the editor and usage statistics. */
export function TemplatesSection() {
  const { t } = useLocale();
  // Live: inserts counted by the panel, imports and edits in other tabs show up without a reload.
  const templates = useLiveRead(() => repo.list(), []);
  const [folder, setFolder] = useState<FolderFilter>({ kind: 'all' });
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { agentName, agentSignoff = '' } = useStoredValue(agentSettings);
  const agent = useMemo(() => ({ name: agentName, signoff: agentSignoff }), [agentName, agentSignoff]);
  const editorRef = useRef<HTMLDivElement>(null);
  const newButtonRef = useRef<HTMLButtonElement>(null);
  /** Keyboard users: where focus goes when the editor opens, and the control to return to when it closes. */
  const focusRef = useRef<{ to: 'field' | 'heading' | 'opener' | null; opener: HTMLElement | null }>({
    to: null,
    opener: null,
  });

  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => setNotice(null), UNDO_MS);
    return () => window.clearTimeout(timer);
  }, [notice]);

  useEffect(() => {
    const editor = editorRef.current;
    if (open.kind !== 'none') editor?.scrollIntoView({ block: 'nearest' });
    const { to, opener } = focusRef.current;
    focusRef.current.to = null;
    if (to === 'field')
      (editor?.querySelector<HTMLElement>('input:enabled') ?? editor?.querySelector<HTMLElement>('h3'))?.focus();
    else if (to === 'heading') editor?.querySelector<HTMLElement>('h3')?.focus();
    else if (to === 'opener') (opener?.isConnected ? opener : newButtonRef.current)?.focus();
  }, [open]);

  /** Opens the editor from a button: focus moves into it, and comes back to that button on close. */
  function openEditor(next: Open): void {
    const active = document.activeElement;
    focusRef.current = { to: 'field', opener: active instanceof HTMLElement ? active : null };
    setOpen(next);
  }

  function closeEditor(): void {
    focusRef.current.to = 'opener';
    setOpen({ kind: 'none' });
  }

  const all = useMemo(() => templates ?? [], [templates]);
  const counts = useMemo(() => folderCounts(all), [all]);
  const folderNames = useMemo(() => counts.folders.map((f) => f.name), [counts]);
  // Built only while the agent searches: a 10,000-template import then re-renders without it.
  const hasQuery = query.trim() !== '';
  const index = useMemo(() => (hasQuery ? createTemplateIndex(all) : null), [all, hasQuery]);
  const shown = useMemo(() => filterTemplates(all, index, folder, query), [all, index, folder, query]);
  const values = useMemo(() => sampleValues(agent.name, agent.signoff), [agent]);
  const openTemplate = open.kind === 'edit' ? all.find((t) => t.id === open.id) : undefined;

  async function attempt(action: () => Promise<void>): Promise<void> {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(errorText(e));
    }
  }

  function remove(ids: string[]): void {
    void attempt(async () => {
      const removed = await repo.remove(ids);
      setSelected((s) => new Set([...s].filter((id) => !ids.includes(id))));
      if (open.kind === 'edit' && ids.includes(open.id)) closeEditor();
      setNotice({ text: t('options.templates.deleted', { what: titleList(t, removed) }), undo: removed });
    });
  }

  function undo(records: TemplateRecord[]): void {
    void attempt(async () => {
      await repo.restore(records);
      setNotice({ text: t('options.templates.restored', { what: titleList(t, records) }) });
    });
  }

  function move(ids: string[], to: string): void {
    void attempt(async () => {
      for (const id of ids) await repo.update(id, { folder: to || undefined });
      const one = ids.length === 1;
      const text = to
        ? t(one ? 'options.templates.movedOne' : 'options.templates.movedMany', { n: ids.length, folder: to })
        : t(one ? 'options.templates.movedOneNoFolder' : 'options.templates.movedManyNoFolder', { n: ids.length });
      setNotice({ text });
    });
  }

  function select(ids: string[], on: boolean): void {
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }

  return (
    <section aria-labelledby="templates-h" className="options-section tpl-section">
      <h2 id="templates-h">{t('options.templates.heading')}</h2>
      {templates === undefined ? <p className="muted">{t('options.templates.loading')}</p> : null}
      <div className="tpl-layout">
        <aside className="tpl-side">
          <FolderList
            total={all.length}
            folders={counts.folders}
            unfiled={counts.unfiled}
            current={folder}
            onChange={setFolder}
          />
          <UsageStats templates={all} onOpen={(id) => openEditor({ kind: 'edit', id })} />
        </aside>
        <div className="tpl-main">
          <div className="row tpl-toolbar">
            <label className="grow">
              {t('options.templates.search')}
              <input
                type="search"
                value={query}
                placeholder={t('options.templates.searchPlaceholder')}
                onChange={(e) => setQuery(e.target.value)}
              />
            </label>
            <button
              ref={newButtonRef}
              type="button"
              className="primary"
              onClick={() => openEditor({ kind: 'new', n: open.kind === 'new' ? open.n + 1 : 0 })}
            >
              {t('options.templates.new')}
            </button>
          </div>
          {notice ? (
            <div role="status" aria-label={t('options.templates.status')} className="tpl-notice">
              {notice.text}{' '}
              {notice.undo ? (
                <button type="button" onClick={() => notice.undo && undo(notice.undo)}>
                  {t('options.templates.undo')}
                </button>
              ) : null}
            </div>
          ) : null}
          {error ? <p role="alert">{error}</p> : null}
          <div ref={editorRef}>
            {open.kind === 'new' || openTemplate ? (
              <TemplateEditor
                // A locked item follows its pack (a re-import or refresh re-renders it); a personal one
                // keeps the agent's unsaved draft while it is open.
                key={
                  open.kind === 'new'
                    ? `new-${open.n}`
                    : openTemplate?.locked
                      ? `${openTemplate.id}@${openTemplate.updatedAt}`
                      : openTemplate?.id
                }
                template={openTemplate}
                all={all}
                folders={folderNames}
                values={values}
                onSaved={(id) => {
                  // The form is re-made for the saved template (Save itself is then disabled): its heading takes the focus.
                  focusRef.current.to = 'heading';
                  setOpen({ kind: 'edit', id });
                  setNotice({ text: t('options.templates.saved') });
                }}
                onDuplicated={(id) => {
                  focusRef.current.to = 'field';
                  setOpen({ kind: 'edit', id });
                  setNotice({ text: t('options.templates.duplicated') });
                }}
                onDelete={(t) => remove([t.id])}
                onClose={closeEditor}
              />
            ) : null}
          </div>
          <TemplateTable
            templates={shown}
            folders={folderNames}
            selected={selected}
            openId={openTemplate?.id}
            onSelect={select}
            onOpen={(id) => openEditor({ kind: 'edit', id })}
            onDelete={remove}
            onMove={move}
          />
        </div>
      </div>
      <PacksSection all={templates} />
    </section>
  );
}
