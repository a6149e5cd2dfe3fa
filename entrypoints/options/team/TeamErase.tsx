/**
 * The lead erases a customer from the whole team (a data subject's request): the server deletes the
 * record and its events, leaves a tombstone so every agent's browser drops its copy at the next
 * sync, and logs the erase. Asked to confirm first.
 */
import { useId, useState, type FormEvent } from 'react';
import { useLocale } from '@/components/useLocale';
import type { TeamSessionRecord } from '@/utils/db/team-session-repo';
import { leadApi } from '@/utils/team/lead';
import { CustomerRef } from '@/utils/team/wire';
import { MessageLine, type SectionMessage } from '../section-message';
import { teamErrorText } from './team-errors';

type Kind = 'handle' | 'crmId' | 'xUserId';

/** The reference the server takes, and how the lead sees it ("@handle", or the id as typed). */
function refFor(kind: Kind, value: string): { ref: CustomerRef; shown: string } | undefined {
  const text = kind === 'handle' ? value.trim().replace(/^@/, '') : value.trim();
  const parsed = CustomerRef.safeParse({ [kind]: text });
  if (!parsed.success) return undefined;
  return { ref: parsed.data, shown: kind === 'handle' ? `@${text}` : text };
}

export function TeamErase({ session }: { session: TeamSessionRecord }) {
  const { t } = useLocale();
  const id = useId();
  const [kind, setKind] = useState<Kind>('handle');
  const [value, setValue] = useState('');
  const [pending, setPending] = useState<{ ref: CustomerRef; shown: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<SectionMessage<'erase'> | null>(null);

  function ask(event: FormEvent): void {
    event.preventDefault();
    setMessage(null);
    const found = refFor(kind, value);
    if (!found) {
      setMessage({
        from: 'erase',
        ok: false,
        text: t('options.teamLead.erase.invalid', { kind: t(`options.teamLead.erase.kind.${kind}`) }),
      });
      return;
    }
    setPending(found);
  }

  async function erase(p: { ref: CustomerRef; shown: string }): Promise<void> {
    setBusy(true);
    try {
      const { erased } = await leadApi.erase(session, p.ref);
      setMessage({
        from: 'erase',
        ok: erased,
        text: t(erased ? 'options.teamLead.erase.done' : 'options.teamLead.erase.notFound', { customer: p.shown }),
      });
      if (erased) setValue('');
    } catch (error) {
      setMessage({ from: 'erase', ok: false, text: teamErrorText(t, error, { server: session.serverUrl }) });
    }
    setPending(null);
    setBusy(false);
  }

  return (
    <div role="group" aria-labelledby={`${id}-h`} className="team-block">
      <h4 id={`${id}-h`}>{t('options.teamLead.erase.heading')}</h4>
      <p className="muted small">{t('options.teamLead.erase.help')}</p>
      <form className="row" onSubmit={ask}>
        <label>
          {t('options.teamLead.erase.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            <option value="handle">{t('options.teamLead.erase.kind.handle')}</option>
            <option value="crmId">{t('options.teamLead.erase.kind.crmId')}</option>
            <option value="xUserId">{t('options.teamLead.erase.kind.xUserId')}</option>
          </select>
        </label>
        <label>
          {t('options.teamLead.erase.value')}
          <input
            type="text"
            value={value}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => {
              setValue(e.target.value);
              setPending(null);
            }}
          />
        </label>
        <button type="submit" className="danger" disabled={busy || !value.trim()}>
          {t('options.teamLead.erase.button')}
        </button>
      </form>
      {pending ? (
        <div role="group" aria-label={t('options.teamLead.erase.confirmGroup')} className="data-confirm">
          <p>{t('options.teamLead.erase.confirm', { customer: pending.shown })}</p>
          <div className="row">
            <button type="button" className="danger" disabled={busy} onClick={() => void erase(pending)}>
              {t('options.teamLead.erase.erase')}
            </button>
            <button type="button" disabled={busy} onClick={() => setPending(null)}>
              {t('options.teamLead.agents.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <MessageLine from="erase" message={message} />
    </div>
  );
}
