/**
 * The team this browser is in: "Connected to <team> as <agent>" (or the lead's revocation, said as
 * an alert), the server and role, and "Leave team", which forgets the token and keeps every
 * customer and history entry already in this browser.
 */
import { useState } from 'react';
import { useLocale } from '@/components/useLocale';
import { plural } from '@/utils/i18n/pages';
import type { TeamSessionRecord } from '@/utils/db/team-session-repo';
import { leaveTeamKeepLocal } from '@/utils/team/leave';
import { errorText } from '../section-message';
import type { TeamReport } from './team-message';

export function TeamStatus({ session, report }: { session: TeamSessionRecord; report: TeamReport }) {
  const { t } = useLocale();
  const [busy, setBusy] = useState(false);
  const team = session.team.name;

  async function leave(): Promise<void> {
    report(null);
    setBusy(true);
    try {
      const { serverTold } = await leaveTeamKeepLocal();
      report({
        from: 'leave',
        ok: true,
        text: t(serverTold ? 'options.team.left' : 'options.team.leftOffline', { team }),
      });
    } catch (error) {
      report({ from: 'leave', ok: false, text: t('options.teamLead.agents.failed', { error: errorText(error) }) });
      setBusy(false);
    }
  }

  return (
    <div className="team-status">
      {session.state === 'revoked' ? (
        <p role="alert">{t('options.team.revoked', { team })}</p>
      ) : (
        <p role="status" className="team-connected">
          {t('options.team.connected', { team, agent: session.agent.name })}
        </p>
      )}
      <p className="muted small">
        {t('options.team.details', {
          server: session.serverUrl,
          role: t(session.agent.role === 'lead' ? 'options.team.role.lead' : 'options.team.role.agent'),
          hours: plural(t, 'options.team.count.hour', session.settings.cacheHours),
        })}
      </p>
      <div className="row">
        <button type="button" disabled={busy} onClick={() => void leave()}>
          {t('options.team.leave')}
        </button>
        <span className="muted small">{t('options.team.leaveHelp')}</span>
      </div>
    </div>
  );
}
