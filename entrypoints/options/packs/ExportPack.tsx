import { useId, useState } from 'react';
import { useLocale } from '@/components/useLocale';
import { folderLabel } from '../templates/folder-name';
import type { TemplateRecord } from '@/utils/db/types';
import { PACK_ID_PATTERN } from '@/utils/templates/pack/format';
import { exportPack, packToJson } from '@/utils/templates/pack/export';
import { downloadText } from '../download';
import { slugify } from './slug';
import { MessageLine, type PackMessage, type Report } from './messages';

interface Props {
  templates: readonly TemplateRecord[];
  folders: string[];
  message: PackMessage | null;
  report: Report;
}

/** Export the library or one folder as a pack file the rest of the team can import. */
export function ExportPack({ templates, folders, message, report }: Props) {
  const { t } = useLocale();
  const id = useId();
  const [packId, setPackId] = useState('');
  const [name, setName] = useState('');
  const [folder, setFolder] = useState('');
  const chosenFolder = folders.includes(folder) ? folder : (folders[0] ?? '');

  // Blank fields fall back to names derived from what is exported, shown as placeholders.
  const defaults = (scope: string | undefined) => ({
    id: scope ? slugify(scope, 'folder') : 'my-templates',
    name: scope ? folderLabel(t, scope) : t('options.packs.export.defaultName'),
  });

  function run(scope: string | undefined): void {
    const meta = { id: packId.trim() || defaults(scope).id, name: name.trim() || defaults(scope).name };
    if (!PACK_ID_PATTERN.test(meta.id)) {
      report({ from: 'export', ok: false, text: t('options.packs.export.badId') });
      return;
    }
    const chosen = scope === undefined ? [...templates] : templates.filter((r) => r.folder?.trim() === scope);
    if (chosen.length === 0) {
      report({ from: 'export', ok: false, text: t('options.packs.export.empty') });
      return;
    }
    const fileName = `${meta.id}.json`;
    downloadText(fileName, packToJson(exportPack(chosen, meta)));
    report({
      from: 'export',
      ok: true,
      text: t(chosen.length === 1 ? 'options.packs.export.doneOne' : 'options.packs.export.doneMany', {
        n: chosen.length,
        file: fileName,
      }),
    });
  }

  const hint = defaults(chosenFolder || undefined);
  return (
    <div className="pack-block">
      <h4 id={`${id}-h`}>{t('options.packs.export.heading')}</h4>
      <p className="muted small">{t('options.packs.export.help')}</p>
      <div className="row">
        <label>
          {t('options.packs.export.id')}
          <input
            type="text"
            value={packId}
            placeholder={`my-templates / ${hint.id}`}
            onChange={(e) => setPackId(e.target.value)}
          />
        </label>
        <label>
          {t('options.packs.export.name')}
          <input
            type="text"
            value={name}
            placeholder={`${t('options.packs.export.defaultName')} / ${hint.name}`}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <button type="button" onClick={() => run(undefined)} disabled={templates.length === 0}>
          {t('options.packs.export.all')}
        </button>
      </div>
      <div className="row">
        <label>
          {t('options.packs.export.folder')}
          <select value={chosenFolder} onChange={(e) => setFolder(e.target.value)} disabled={folders.length === 0}>
            {folders.map((f) => (
              <option key={f} value={f}>
                {folderLabel(t, f)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => run(chosenFolder)} disabled={!chosenFolder}>
          {t('options.packs.export.folderButton')}
        </button>
      </div>
      <MessageLine from="export" message={message} />
    </div>
  );
}
