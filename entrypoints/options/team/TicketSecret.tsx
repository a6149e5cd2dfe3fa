/**
 * "Call center status updates" (lead only): create or rotate the team's ticket secret, which the
 * call center signs ticket status updates with. Shown once, with the team id and the address, ready
 * to copy to the call center; rotating asks first, because the call center's updates are refused
 * until it has the new one.
 */
import { useEffect, useId, useState } from 'react';
import { useLocale } from '@/components/useLocale';
import type { TeamSessionRecord } from '@/utils/db/team-session-repo';
import type { TicketSecretCreated } from '@/utils/team/desk-wire';
import { ticketSecretApi, ticketStatusUrl } from '@/utils/team/ticket-secret';
import { MessageLine, type SectionMessage } from '../section-message';
import { teamErrorText } from './team-errors';

export function TicketSecret({ session }: { session: TeamSessionRecord }) {
  const { t, formatDate } = useLocale();
  const id = useId();
  /** undefined while asked; null: none yet. */
  const [setAt, setSetAt] = useState<string | null | undefined>(undefined);
  const [created, setCreated] = useState<TicketSecretCreated | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<SectionMessage<'ticket'> | null>(null);
  const fail = (error: unknown) =>
    setMessage({ from: 'ticket', ok: false, text: teamErrorText(t, error, { server: session.serverUrl }) });

  useEffect(() => {
    ticketSecretApi.info(session).then((info) => setSetAt(info.setAt), fail);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per session, not per render's `t`
  }, [session.serverUrl, session.token]);

  async function rotate(): Promise<void> {
    setConfirming(false);
    setMessage(null);
    setBusy(true);
    try {
      const next = await ticketSecretApi.rotate(session);
      setCreated(next);
      setSetAt(next.setAt);
    } catch (error) {
      fail(error);
    }
    setBusy(false);
  }

  async function copy(): Promise<void> {
    if (!created) return;
    await navigator.clipboard.writeText(created.secret);
    setMessage({ from: 'ticket', ok: true, text: t('options.ticketSecret.copied') });
  }

  const date = (iso: string) => formatDate(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div role="group" aria-labelledby={`${id}-h`} className="team-block">
      <h4 id={`${id}-h`}>{t('options.ticketSecret.heading')}</h4>
      <p className="muted small">{t('options.ticketSecret.help', { url: ticketStatusUrl(session.serverUrl) })}</p>
      {setAt === undefined ? null : (
        <p>{setAt ? t('options.ticketSecret.setAt', { date: date(setAt) }) : t('options.ticketSecret.none')}</p>
      )}
      {confirming ? (
        <div role="group" aria-label={t('options.ticketSecret.confirmGroup')} className="row">
          <p>{t('options.ticketSecret.confirm')}</p>
          <button type="button" className="danger" onClick={() => void rotate()}>
            {t('options.ticketSecret.confirmYes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('options.ticketSecret.cancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          disabled={busy || setAt === undefined}
          // A first secret breaks nothing; a rotation cuts the call center off until it has the new one.
          onClick={() => (setAt ? setConfirming(true) : void rotate())}
        >
          {setAt ? t('options.ticketSecret.rotate') : t('options.ticketSecret.create')}
        </button>
      )}
      {created ? (
        <div className="team-invite">
          <p id={`${id}-created`}>{t('options.ticketSecret.created')}</p>
          <div className="row">
            <label className="team-code">
              {t('options.ticketSecret.teamId')}
              <input type="text" readOnly value={created.teamId} onFocus={(e) => e.target.select()} />
            </label>
            <label className="team-code">
              {t('options.ticketSecret.secret')}
              <input
                type="text"
                readOnly
                value={created.secret}
                aria-describedby={`${id}-created`}
                onFocus={(e) => e.target.select()}
              />
            </label>
            <button type="button" onClick={() => void copy()}>
              {t('options.ticketSecret.copy')}
            </button>
          </div>
        </div>
      ) : null}
      <MessageLine from="ticket" message={message} />
    </div>
  );
}
