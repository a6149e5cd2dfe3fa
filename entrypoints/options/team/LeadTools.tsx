/** What only a team lead sees in the Team section: invites, agents, team settings, the team's data and the lead's desk. */
import { useState } from 'react';
import { useLocale } from '@/components/useLocale';
import type { TeamSessionRecord } from '@/utils/db/team-session-repo';
import { AccessReviewTable } from './AccessReviewTable';
import { AgentList } from './AgentList';
import { LeadDesk } from './desk/LeadDesk';
import { InviteAgent } from './InviteAgent';
import { TeamErase } from './TeamErase';
import { TeamImport } from './TeamImport';
import { TeamSettingsForm } from './TeamSettingsForm';
import { TicketSecret } from './TicketSecret';

export function LeadTools({ session }: { session: TeamSessionRecord }) {
  const { t } = useLocale();
  /** Bumped after an invite, so the agents list shows the new (not yet joined) agent. */
  const [version, setVersion] = useState(0);
  return (
    <div className="team-lead">
      <h3>{t('options.teamLead.heading')}</h3>
      <InviteAgent session={session} onInvited={() => setVersion((v) => v + 1)} />
      <AgentList session={session} version={version} />
      <TeamSettingsForm session={session} />
      <TicketSecret session={session} />
      <TeamImport session={session} />
      <TeamErase session={session} />
      <AccessReviewTable session={session} />
      <LeadDesk session={session} />
    </div>
  );
}
