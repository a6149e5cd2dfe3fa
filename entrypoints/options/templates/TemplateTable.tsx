import { useState } from 'react';
import type { TemplateRecord } from '@/utils/db/types';
import { formatWhen } from './model';

/** Rendering 10,000 rows would freeze the page; search narrows the list instead. */
const MAX_ROWS = 300;

interface Props {
  templates: readonly TemplateRecord[];
  folders: string[];
  selected: ReadonlySet<string>;
  openId: string | undefined;
  onSelect: (ids: string[], on: boolean) => void;
  onOpen: (id: string) => void;
  onDelete: (ids: string[]) => void;
  onMove: (ids: string[], folder: string) => void;
}

/** The library as a table: checkboxes for bulk actions, one row per template. */
export function TemplateTable({ templates, folders, selected, openId, onSelect, onOpen, onDelete, onMove }: Props) {
  const [target, setTarget] = useState('');
  const shown = templates.slice(0, MAX_ROWS);
  const chosen = templates.filter((t) => selected.has(t.id));
  const personal = chosen.filter((t) => !t.locked).map((t) => t.id);
  const lockedCount = chosen.length - personal.length;
  const allShown = shown.length > 0 && shown.every((t) => selected.has(t.id));

  return (
    <div className="tpl-table-wrap">
      <div className="tpl-bulk row" role="group" aria-label="Bulk actions">
        <span className="muted">{chosen.length} selected</span>
        <button type="button" className="danger" disabled={personal.length === 0} onClick={() => onDelete(personal)}>
          Delete selected
        </button>
        <label className="inline">
          Move to folder
          <input type="text" list="tpl-move-folders" value={target} placeholder="(no folder)" onChange={(e) => setTarget(e.target.value)} />
        </label>
        <datalist id="tpl-move-folders">
          {folders.map((f) => (
            <option key={f} value={f} />
          ))}
        </datalist>
        <button type="button" disabled={personal.length === 0} onClick={() => onMove(personal, target.trim())}>
          Move
        </button>
        {lockedCount > 0 ? (
          <span className="muted small">{lockedCount} team item(s) selected: they stay as the pack has them.</span>
        ) : null}
      </div>
      <table className="tpl-table" aria-label="Template library">
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label="Select all shown"
                checked={allShown}
                onChange={(e) => onSelect(shown.map((t) => t.id), e.target.checked)}
              />
            </th>
            <th scope="col">Title</th>
            <th scope="col">Shortcut</th>
            <th scope="col">Folder</th>
            <th scope="col">Source</th>
            <th scope="col">Uses</th>
            <th scope="col">Last used</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((t) => (
            <tr key={t.id} className={t.id === openId ? 'open' : undefined}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Select ${t.title}`}
                  checked={selected.has(t.id)}
                  onChange={(e) => onSelect([t.id], e.target.checked)}
                />
              </td>
              <td>
                <button type="button" className="link" lang={t.lang} onClick={() => onOpen(t.id)}>
                  {t.title}
                </button>
              </td>
              <td>{t.shortcut ? <code>;{t.shortcut}</code> : null}</td>
              <td>{t.folder ?? <span className="muted">—</span>}</td>
              <td>
                {t.packId ? (
                  <span className="tpl-badge" title={t.packVersion ? `Version ${t.packVersion}` : undefined}>
                    {t.locked ? <span role="img" aria-label="Locked">🔒</span> : null} {t.packId}
                  </span>
                ) : (
                  <span className="muted">Personal</span>
                )}
              </td>
              <td>{t.usageCount}</td>
              <td>{formatWhen(t.lastUsedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {templates.length === 0 ? <p className="muted">No templates match.</p> : null}
      {templates.length > shown.length ? (
        <p className="muted small">
          Showing {shown.length} of {templates.length}: search or pick a folder to narrow the list.
        </p>
      ) : null}
    </div>
  );
}
