import { useState } from 'react';
import { useLocale } from '@/components/useLocale';
import { folderLabel } from './folder-name';
import { plural } from '@/utils/i18n/pages';
import type { TemplateRecord } from '@/utils/db/types';
import { formatWhen } from '@/utils/i18n/when';

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
  const { t, locale, formatNumber } = useLocale();
  const [target, setTarget] = useState('');
  const shown = templates.slice(0, MAX_ROWS);
  const chosen = templates.filter((r) => selected.has(r.id));
  const personal = chosen.filter((r) => !r.locked).map((r) => r.id);
  const lockedCount = chosen.length - personal.length;
  const allShown = shown.length > 0 && shown.every((r) => selected.has(r.id));

  return (
    <div className="tpl-table-wrap">
      <div className="tpl-bulk row" role="group" aria-label={t('options.table.bulk')}>
        <span className="muted">{t('options.table.selected', { n: chosen.length })}</span>
        <button type="button" className="danger" disabled={personal.length === 0} onClick={() => onDelete(personal)}>
          {t('options.table.deleteSelected')}
        </button>
        <label className="inline">
          {t('options.table.moveTo')}
          <input
            type="text"
            list="tpl-move-folders"
            value={target}
            placeholder={t('options.table.noFolder')}
            onChange={(e) => setTarget(e.target.value)}
          />
        </label>
        <datalist id="tpl-move-folders">
          {folders.map((f) => (
            <option key={f} value={f} />
          ))}
        </datalist>
        <button type="button" disabled={personal.length === 0} onClick={() => onMove(personal, target.trim())}>
          {t('options.table.move')}
        </button>
        {lockedCount > 0 ? (
          <span className="muted small">{plural(t, 'options.count.lockedSelected', lockedCount)}</span>
        ) : null}
      </div>
      <table className="tpl-table" aria-label={t('options.table.label')}>
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label={t('options.table.selectAll')}
                checked={allShown}
                onChange={(e) =>
                  onSelect(
                    shown.map((r) => r.id),
                    e.target.checked,
                  )
                }
              />
            </th>
            <th scope="col">{t('options.table.title')}</th>
            <th scope="col">{t('options.table.shortcut')}</th>
            <th scope="col">{t('options.table.folder')}</th>
            <th scope="col">{t('options.table.source')}</th>
            <th scope="col">{t('options.table.uses')}</th>
            <th scope="col">{t('options.table.lastUsed')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.id} className={r.id === openId ? 'open' : undefined}>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('options.table.select', { title: r.title })}
                  checked={selected.has(r.id)}
                  onChange={(e) => onSelect([r.id], e.target.checked)}
                />
              </td>
              <td>
                <button type="button" className="link" lang={r.lang} onClick={() => onOpen(r.id)}>
                  {r.title}
                </button>
              </td>
              <td>{r.shortcut ? <code>;{r.shortcut}</code> : null}</td>
              <td>{r.folder ? folderLabel(t, r.folder) : <span className="muted">—</span>}</td>
              <td>
                {r.packId ? (
                  <span
                    className="tpl-badge"
                    title={r.packVersion ? t('options.table.version', { version: r.packVersion }) : undefined}
                  >
                    {r.locked ? (
                      <span role="img" aria-label={t('options.table.locked')}>
                        🔒
                      </span>
                    ) : null}{' '}
                    {r.packId}
                  </span>
                ) : (
                  <span className="muted">{t('options.table.personal')}</span>
                )}
              </td>
              <td>{formatNumber(r.usageCount)}</td>
              <td>{r.lastUsedAt ? formatWhen(r.lastUsedAt, locale) : t('options.templates.never')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {templates.length === 0 ? <p className="muted">{t('options.table.noMatch')}</p> : null}
      {templates.length > shown.length ? (
        <p className="muted small">{t('options.table.showing', { shown: shown.length, total: templates.length })}</p>
      ) : null}
    </div>
  );
}
