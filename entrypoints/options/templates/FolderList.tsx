import { useLocale } from '@/components/useLocale';
import { folderLabel } from './folder-name';
import type { FolderCount, FolderFilter } from './model';

interface Props {
  total: number;
  folders: FolderCount[];
  unfiled: number;
  current: FolderFilter;
  onChange: (filter: FolderFilter) => void;
}

/** Folder navigation: All, each folder, and "No folder", each with its count. */
export function FolderList({ total, folders, unfiled, current, onChange }: Props) {
  const { t, formatNumber } = useLocale();
  const isCurrent = (f: FolderFilter) =>
    f.kind === current.kind && (f.kind !== 'folder' || (current.kind === 'folder' && current.name === f.name));
  const item = (filter: FolderFilter, label: string, count: number) => (
    <li key={filter.kind === 'folder' ? `f:${filter.name}` : filter.kind}>
      <button type="button" className="tpl-folder" aria-pressed={isCurrent(filter)} onClick={() => onChange(filter)}>
        <span>{label}</span> <span className="tpl-count">{formatNumber(count)}</span>
      </button>
    </li>
  );
  return (
    <nav aria-label={t('options.folders.label')} className="tpl-folders">
      <ul>
        {item({ kind: 'all' }, t('options.folders.all'), total)}
        {folders.map((f) => item({ kind: 'folder', name: f.name }, folderLabel(t, f.name), f.count))}
        {item({ kind: 'none' }, t('options.folders.none'), unfiled)}
      </ul>
    </nav>
  );
}
