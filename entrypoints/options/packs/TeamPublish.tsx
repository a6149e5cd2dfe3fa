import { useCallback, useEffect, useId, useState } from 'react';
import { useLocale } from '@/components/useLocale';
import { plural } from '@/utils/i18n/pages';
import type { TeamSessionRecord } from '@/utils/db/team-session-repo';
import type { TemplateRecord } from '@/utils/db/types';
import { exportPack, packToJson } from '@/utils/templates/pack/export';
import { teamPacksApi } from '@/utils/team/packs-lead';
import type { TeamPackVersions } from '@/utils/team/packs-wire';
import { folderLabel } from '../templates/folder-name';
import { teamErrorText } from '../team/team-errors';
import { slugify } from './slug';
import { TeamPackVersionsTable } from './TeamPackVersionsTable';
import { MessageLine, type PackMessage, type Report } from './messages';

interface Props {
  session: TeamSessionRecord;
  templates: readonly TemplateRecord[];
  folders: string[];
  message: PackMessage | null;
  report: Report;
}

/**
 * Lead only: publish a folder to the team server as a team pack (the folder's name is its id and
 * name), and each team pack's versions with rollback and approval.
 */
export function TeamPublish({ session, templates, folders, message, report }: Props) {
  const { t } = useLocale();
  const id = useId();
  const [folder, setFolder] = useState('');
  const [busy, setBusy] = useState(false);
  const [packs, setPacks] = useState<TeamPackVersions[] | null>(null);
  const chosen = folders.includes(folder) ? folder : (folders[0] ?? '');
  const problem = useCallback(
    (error: unknown) => teamErrorText(t, error, { server: session.serverUrl }),
    [t, session.serverUrl],
  );

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const list = await teamPacksApi.list(session);
        const all = await Promise.all(list.map((p) => teamPacksApi.versions(session, p.packId)));
        if (live) setPacks(all);
      } catch (error) {
        if (live)
          report({ from: 'team', ok: false, text: t('options.teamPacks.loadFailed', { error: problem(error) }) });
      }
    })();
    return () => {
      live = false;
    };
  }, [session, t, report, problem]);

  const show = (next: TeamPackVersions) =>
    setPacks((list) => [next, ...(list ?? []).filter((p) => p.packId !== next.packId)]);

  async function publish(): Promise<void> {
    const inFolder = templates.filter((r) => r.folder?.trim() === chosen);
    if (inFolder.length === 0) return report({ from: 'team', ok: false, text: t('options.teamPacks.empty') });
    const name = folderLabel(t, chosen);
    setBusy(true);
    report(null);
    try {
      const file = packToJson(exportPack(inFolder, { id: slugify(chosen, 'folder'), name }));
      const published = await teamPacksApi.publish(session, file);
      show(published);
      const latest = published.versions[0];
      if (latest?.state === 'waiting') {
        const titles = latest.sensitive.map((s) => `“${s.title}”`).join(', ');
        const words = { name, version: latest.version, titles };
        report({
          from: 'team',
          ok: true,
          text: plural(t, 'options.teamPacks.waiting', latest.sensitive.length, words),
        });
      } else {
        report({ from: 'team', ok: true, text: t('options.teamPacks.published', { name, n: latest?.version ?? 0 }) });
      }
    } catch (error) {
      report({ from: 'team', ok: false, text: t('options.teamPacks.failed', { error: problem(error) }) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="pack-block">
      <h4 id={`${id}-h`}>{t('options.teamPacks.heading')}</h4>
      <p className="muted small">{t('options.teamPacks.help', { team: session.team.name })}</p>
      <div className="row">
        <label>
          {t('options.teamPacks.folder')}
          <select value={chosen} onChange={(e) => setFolder(e.target.value)} disabled={folders.length === 0}>
            {folders.map((f) => (
              <option key={f} value={f}>
                {folderLabel(t, f)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="primary" onClick={() => void publish()} disabled={!chosen || busy}>
          {busy ? t('options.teamPacks.publishing') : t('options.teamPacks.publish')}
        </button>
      </div>
      <MessageLine from="team" message={message} />
      {packs === null ? null : packs.length === 0 ? (
        <p className="muted">{t('options.teamPacks.none')}</p>
      ) : (
        packs.map((p) => (
          <TeamPackVersionsTable key={p.packId} session={session} pack={p} onChanged={show} report={report} />
        ))
      )}
    </div>
  );
}
