/** The team's agents as the server lists them, each with "Revoke <name>" (after a confirm). */
import { useCallback, useEffect, useId, useState } from 'react';
import { useLocale } from '@/components/useLocale';
import type { TeamSessionRecord } from '@/utils/db/team-session-repo';
import { leadApi, type AgentRow } from '@/utils/team/lead';
import { MessageLine, type SectionMessage } from '../section-message';
import { teamErrorText } from './team-errors';

export function AgentList({ session, version }: { session: TeamSessionRecord; version: number }) {
  const { t, formatDate } = useLocale();
  const id = useId();
  const [agents, setAgents] = useState<AgentRow[] | null>(null);
  const [pending, setPending] = useState<AgentRow | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<SectionMessage<'agents'> | null>(null);
  const failed = useCallback(
    (error: unknown) =>
      setMessage({ from: 'agents', ok: false, text: teamErrorText(t, error, { server: session.serverUrl }) }),
    [t, session.serverUrl],
  );

  const load = useCallback(() => leadApi.agents(session).then(setAgents, failed), [session, failed]);
  useEffect(() => {
    void load();
  }, [load, version]);

  async function revoke(agent: AgentRow): Promise<void> {
    setBusy(true);
    try {
      await leadApi.revoke(session, agent.id);
      setMessage({ from: 'agents', ok: true, text: t('options.teamLead.agents.revoked', { name: agent.name }) });
      await load();
    } catch (error) {
      failed(error);
    }
    setPending(null);
    setBusy(false);
  }

  const access = (a: AgentRow) =>
    t(
      !a.active
        ? 'options.teamLead.agents.revokedState'
        : a.joinedAt
          ? 'options.teamLead.agents.active'
          : 'options.teamLead.agents.invited',
    );

  return (
    <div role="group" aria-labelledby={`${id}-h`} className="team-block">
      <h4 id={`${id}-h`}>{t('options.teamLead.agents.heading')}</h4>
      {agents ? (
        <table aria-label={t('options.teamLead.agents.table')} className="team-table">
          <thead>
            <tr>
              <th scope="col">{t('options.teamLead.agents.name')}</th>
              <th scope="col">{t('options.teamLead.agents.role')}</th>
              <th scope="col">{t('options.teamLead.agents.joined')}</th>
              <th scope="col">{t('options.teamLead.agents.access')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('options.teamLead.agents.revokeConfirm')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {agents.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  {a.id === session.agent.id ? t('options.teamLead.agents.you', { name: a.name }) : a.name}
                </th>
                <td>{t(a.role === 'lead' ? 'options.team.role.lead' : 'options.team.role.agent')}</td>
                <td>{a.joinedAt ? formatDate(new Date(a.joinedAt), { dateStyle: 'medium' }) : '—'}</td>
                <td>{access(a)}</td>
                <td>
                  {a.active && a.id !== session.agent.id ? (
                    <button type="button" className="danger" disabled={busy} onClick={() => setPending(a)}>
                      {t('options.teamLead.agents.revoke', { name: a.name })}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {pending ? (
        <div role="group" aria-label={t('options.teamLead.agents.confirmGroup')} className="data-confirm">
          <p>{t('options.teamLead.agents.confirm', { name: pending.name })}</p>
          <div className="row">
            <button type="button" className="danger" disabled={busy} onClick={() => void revoke(pending)}>
              {t('options.teamLead.agents.revokeConfirm')}
            </button>
            <button type="button" disabled={busy} onClick={() => setPending(null)}>
              {t('options.teamLead.agents.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <div className="row">
        <button type="button" onClick={() => void load()}>
          {t('options.teamLead.agents.refresh')}
        </button>
      </div>
      <MessageLine from="agents" message={message} />
    </div>
  );
}
