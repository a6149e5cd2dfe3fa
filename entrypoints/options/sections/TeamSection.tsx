/**
 * "Team": joining the team's Careline server with an invite code (or the company's sign-in), the
 * team this browser is in, leaving it (local data kept), and, for a lead, the team's tools. The
 * session lives in the secrets database, which this page may read; a live read follows the
 * background when it marks the session revoked.
 */
import { useEffect, useState } from 'react';
import { useLocale } from '@/components/useLocale';
import { teamSessionRepo } from '@/utils/db/team-session-repo';
import { useLiveRead } from '@/utils/db/live-read';
import { readManagedConfig, type ManagedTeamConfig } from '@/utils/team/managed';
import { refreshSession } from '@/utils/team/membership';
import { HistoryOffer } from '../team/HistoryOffer';
import { JoinForm } from '../team/JoinForm';
import { LeadTools } from '../team/LeadTools';
import type { TeamMessage } from '../team/team-message';
import { MessageLine } from '../team/team-message';
import { TeamStatus } from '../team/TeamStatus';
import '../team/team.css';

export function TeamSection() {
  const { t } = useLocale();
  const read = useLiveRead(async () => ({ session: (await teamSessionRepo().get()) ?? null }), []);
  const session = read?.session;
  /** What IT set by policy; null until read, so the form starts with the pre-filled address. */
  const [managed, setManaged] = useState<ManagedTeamConfig | null>(null);
  const [message, setMessage] = useState<TeamMessage | null>(null);
  // Leaving says so at once, while the live read may still hold the old session for a moment: one
  // state decides, so "Connected to…" and "Left…" never show together.
  const left = message?.from === 'leave' && message.ok;
  const shown = left ? undefined : session;

  useEffect(() => {
    void readManagedConfig().then(setManaged);
    // Team name, role and settings as the server has them now; a revoked token shows as such.
    refreshSession().catch(() => undefined);
  }, []);

  return (
    <section aria-labelledby="team-h" className="options-section">
      <h2 id="team-h">{t('options.team.heading')}</h2>
      <p className="muted">{t('options.team.intro')}</p>
      {session === null && managed ? <JoinForm managed={managed} message={message} report={setMessage} /> : null}
      {shown ? (
        <>
          <TeamStatus session={shown} report={setMessage} />
          <HistoryOffer session={shown} message={message} report={setMessage} />
          {shown.state === 'connected' && shown.agent.role === 'lead' ? <LeadTools session={shown} /> : null}
        </>
      ) : null}
      <MessageLine from="leave" message={message} />
    </section>
  );
}
