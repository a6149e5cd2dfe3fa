/**
 * The lead invites an agent: a one-time code the server stores only hashed, so it is shown here
 * once, with the server's address, ready to copy into a message to the new agent.
 */
import { useId, useState, type FormEvent } from 'react';
import { useLocale } from '@/components/useLocale';
import type { TeamSessionRecord } from '@/utils/db/team-session-repo';
import { leadApi, type Invite } from '@/utils/team/lead';
import type { Role } from '@/utils/team/wire';
import { MessageLine, type SectionMessage } from '../section-message';
import { teamErrorText } from './team-errors';

export function InviteAgent({ session, onInvited }: { session: TeamSessionRecord; onInvited: () => void }) {
  const { t, formatDate } = useLocale();
  const id = useId();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('agent');
  const [busy, setBusy] = useState(false);
  const [invite, setInvite] = useState<(Invite & { name: string }) | null>(null);
  const [message, setMessage] = useState<SectionMessage<'invite'> | null>(null);

  async function create(event: FormEvent): Promise<void> {
    event.preventDefault();
    setMessage(null);
    setInvite(null);
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > 80) {
      setMessage({ from: 'invite', ok: false, text: t('options.teamLead.invite.nameMissing') });
      return;
    }
    setBusy(true);
    try {
      const created = await leadApi.invite(session, trimmed, role);
      setInvite({ ...created, name: trimmed });
      setName('');
      onInvited();
    } catch (error) {
      setMessage({ from: 'invite', ok: false, text: teamErrorText(t, error, { server: session.serverUrl }) });
    }
    setBusy(false);
  }

  const inviteText = invite
    ? t('options.teamLead.invite.message', { team: session.team.name, server: session.serverUrl, code: invite.code })
    : '';

  async function copy(): Promise<void> {
    if (!invite) return;
    await navigator.clipboard.writeText(inviteText);
    setMessage({ from: 'invite', ok: true, text: t('options.teamLead.invite.copied', { name: invite.name }) });
  }

  return (
    <div role="group" aria-labelledby={`${id}-h`} className="team-block">
      <h4 id={`${id}-h`}>{t('options.teamLead.invite.heading')}</h4>
      <form className="row" onSubmit={(e) => void create(e)}>
        <label>
          {t('options.teamLead.invite.name')}
          <input type="text" value={name} maxLength={80} autoComplete="off" onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t('options.teamLead.invite.role')}
          <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
            <option value="agent">{t('options.team.role.agent')}</option>
            <option value="lead">{t('options.team.role.lead')}</option>
          </select>
        </label>
        <button type="submit" disabled={busy}>
          {t('options.teamLead.invite.create')}
        </button>
      </form>
      {invite ? (
        <div className="team-invite">
          <p id={`${id}-created`}>
            {t('options.teamLead.invite.created', {
              name: invite.name,
              date: formatDate(new Date(invite.expiresAt), { dateStyle: 'medium', timeStyle: 'short' }),
            })}
          </p>
          <div className="row">
            <label className="team-code">
              {t('options.teamLead.invite.code', { name: invite.name })}
              <input
                type="text"
                readOnly
                value={invite.code}
                aria-describedby={`${id}-created`}
                onFocus={(e) => e.target.select()}
              />
            </label>
            <button type="button" onClick={() => void copy()}>
              {t('options.teamLead.invite.copy')}
            </button>
          </div>
        </div>
      ) : null}
      <MessageLine from="invite" message={message} />
    </div>
  );
}
