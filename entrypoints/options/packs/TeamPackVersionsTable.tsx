import { useState } from 'react';
import { useLocale } from '@/components/useLocale';
import type { TeamSessionRecord } from '@/utils/db/team-session-repo';
import { formatWhen } from '@/utils/i18n/when';
import type { MessageKey } from '@/utils/i18n/pages';
import { TeamError } from '@/utils/team/client';
import { teamPacksApi } from '@/utils/team/packs-lead';
import type { PackVersionState, TeamPackVersion, TeamPackVersions } from '@/utils/team/packs-wire';
import { teamErrorText } from '../team/team-errors';
import type { Report } from './messages';

interface Props {
  session: TeamSessionRecord;
  pack: TeamPackVersions;
  onChanged: (pack: TeamPackVersions) => void;
  report: Report;
}

const STATE_WORDS: Record<PackVersionState, MessageKey> = {
  released: 'options.teamPacks.state.released',
  waiting: 'options.teamPacks.state.waiting',
  superseded: 'options.teamPacks.state.superseded',
};

/** One team pack's versions, newest first: roll back to a released one, approve one that waits. */
export function TeamPackVersionsTable({ session, pack, onChanged, report }: Props) {
  const { t, locale } = useLocale();
  const [busy, setBusy] = useState(false);
  const caption = t('options.teamPacks.versionsOf', { name: pack.name });

  async function act(version: TeamPackVersion, kind: 'rollBack' | 'approve'): Promise<void> {
    setBusy(true);
    report(null);
    try {
      const next = await teamPacksApi[kind](session, pack.packId, version.version);
      onChanged(next);
      const text =
        kind === 'approve'
          ? t('options.teamPacks.approved', { name: pack.name, n: version.version })
          : t('options.teamPacks.rolledBack', { name: pack.name, from: version.version, n: next.current ?? 0 });
      report({ from: 'team', ok: true, text });
    } catch (error) {
      const words =
        error instanceof TeamError && error.serverCode === 'another-lead'
          ? t('options.teamPacks.anotherLead')
          : teamErrorText(t, error, { server: session.serverUrl });
      report({ from: 'team', ok: false, text: t('options.teamPacks.actionFailed', { name: pack.name, error: words }) });
    } finally {
      setBusy(false);
    }
  }

  const stateOf = (v: TeamPackVersion) => {
    const parts = [t(v.current ? 'options.teamPacks.state.current' : STATE_WORDS[v.state])];
    if (v.rolledBackFrom !== null) parts.push(t('options.teamPacks.rolledBackFrom', { n: v.rolledBackFrom }));
    if (v.approvedBy) parts.push(t('options.teamPacks.approvedBy', { name: v.approvedBy.name }));
    return parts.join(' · ');
  };

  return (
    <table className="pack-table" aria-label={caption}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('options.teamPacks.col.version')}</th>
          <th scope="col">{t('options.teamPacks.col.published')}</th>
          <th scope="col">{t('options.teamPacks.col.state')}</th>
          <th scope="col">{t('options.teamPacks.col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {pack.versions.map((v) => (
          <tr key={v.version}>
            <th scope="row">{t('options.teamPacks.version', { n: v.version })}</th>
            <td>{t('options.teamPacks.by', { when: formatWhen(v.publishedAt, locale), name: v.publishedBy.name })}</td>
            <td>
              {stateOf(v)}
              {v.sensitive.length > 0 && v.state === 'waiting' ? (
                <ul className="small" aria-label={t('options.teamPacks.sensitiveList', { n: v.version })}>
                  {v.sensitive.map((s) => (
                    <li key={s.id}>
                      <strong>{s.title}</strong>: {s.body}
                    </li>
                  ))}
                </ul>
              ) : null}
            </td>
            <td>
              {v.state === 'waiting' ? (
                <button type="button" className="primary" disabled={busy} onClick={() => void act(v, 'approve')}>
                  {t('options.teamPacks.approve')}
                </button>
              ) : null}
              {v.state === 'released' && !v.current ? (
                <button type="button" disabled={busy} onClick={() => void act(v, 'rollBack')}>
                  {t('options.teamPacks.rollBack', { n: v.version })}
                </button>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
