/**
 * Incidents on the lead's desk: open one (title, the approved holding reply, optionally its topic and
 * place), follow each one's progress (posts attached, fixed replies sent) and resolve it with the
 * fixed reply, which starts the agents' walk through every attached post.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useLocale } from '@/components/useLocale';
import { plural } from '@/utils/i18n/pages';
import { TOPIC_CODES, topicLabel } from '@/utils/i18n/topic-label';
import type { Incident } from '@/utils/team/desk-wire';
import { MessageLine, type SectionMessage } from '../../section-message';
import { teamErrorText } from '../team-errors';
import { askDesk } from './desk-ask';

const TITLE_MAX = 80;
const REPLY_MAX = 1_000;
type Message = SectionMessage<'open' | `resolve-${string}`>;

function IncidentItem(props: {
  incident: Incident;
  busy: boolean;
  message: Message | null;
  onResolve: (incident: Incident, fixedReply: string) => Promise<boolean>;
}) {
  const { t, formatDate, formatNumber } = useLocale();
  const id = useId();
  const { incident } = props;
  const [fixedReply, setFixedReply] = useState('');
  const when = (iso: string) => formatDate(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  async function resolve(event: FormEvent) {
    event.preventDefault();
    if (await props.onResolve(incident, fixedReply)) setFixedReply('');
  }
  return (
    <li aria-labelledby={`${id}-t`} className="desk-incident">
      <h5 id={`${id}-t`}>{incident.title}</h5>
      <p className="muted small">
        {incident.status === 'open'
          ? t('options.desk.incidents.statusOpen', { when: when(incident.openedAt) })
          : t('options.desk.incidents.statusResolved', { when: when(incident.resolvedAt ?? incident.openedAt) })}
        {incident.topic ? ` · ${topicLabel(t, incident.topic)}` : ''}
        {incident.place ? ` · ${incident.place}` : ''}
      </p>
      <p className="desk-progress">
        <progress
          max={Math.max(incident.posts, 1)}
          value={incident.fixed}
          aria-label={t('options.desk.incidents.progressLabel', { title: incident.title })}
        />
        <span>
          {plural(t, 'options.desk.incidents.progress', incident.posts, {
            n: formatNumber(incident.posts),
            fixed: formatNumber(incident.fixed),
          })}
        </span>
      </p>
      {incident.status === 'open' ? (
        <form className="desk-resolve" onSubmit={(e) => void resolve(e)}>
          <label>
            {t('options.desk.incidents.fixedReply')}
            <textarea rows={2} value={fixedReply} onChange={(e) => setFixedReply(e.target.value)} />
          </label>
          <button type="submit" disabled={props.busy}>
            {t('options.desk.incidents.resolve')}
          </button>
        </form>
      ) : (
        <p className="small">{incident.fixedReply}</p>
      )}
      <MessageLine from={`resolve-${incident.id}`} message={props.message} />
    </li>
  );
}

/** `version`: bumped each time the lead asks for the desk again, so the counts are read anew too. */
export function DeskIncidents({ serverUrl, version }: { serverUrl: string; version: number }) {
  const { t } = useLocale();
  const id = useId();
  const [incidents, setIncidents] = useState<Incident[] | null>(null);
  const [title, setTitle] = useState('');
  const [holdingReply, setHoldingReply] = useState('');
  const [topic, setTopic] = useState('');
  const [place, setPlace] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const failed = (from: Message['from'], error: unknown) =>
    setMessage({ from, ok: false, text: teamErrorText(t, error, { server: serverUrl }) });

  useEffect(() => {
    askDesk({ type: 'careline:lead-incidents' }).then(
      (answer) => setIncidents(answer.incidents),
      (error: unknown) => failed('open', error),
    );
    // Read when the desk opens and each time it is shown again; every change below answers the list as it then stands.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version]);

  async function open(event: FormEvent) {
    event.preventDefault();
    const [cleanTitle, cleanReply] = [title.trim(), holdingReply.trim()];
    if (!cleanTitle || cleanTitle.length > TITLE_MAX || !cleanReply || cleanReply.length > REPLY_MAX) {
      setMessage({ from: 'open', ok: false, text: t('options.desk.incidents.openInvalid') });
      return;
    }
    setBusy(true);
    try {
      const answer = await askDesk({
        type: 'careline:lead-incident-open',
        title: cleanTitle,
        holdingReply: cleanReply,
        ...(topic ? { topic } : {}),
        ...(place.trim() ? { place: place.trim() } : {}),
      });
      setIncidents(answer.incidents);
      setMessage({ from: 'open', ok: true, text: t('options.desk.incidents.opened', { title: cleanTitle }) });
      setTitle('');
      setHoldingReply('');
      setPlace('');
    } catch (error) {
      failed('open', error);
    }
    setBusy(false);
  }

  async function resolve(incident: Incident, fixedReply: string): Promise<boolean> {
    const from = `resolve-${incident.id}` as const;
    const clean = fixedReply.trim();
    if (!clean || clean.length > REPLY_MAX) {
      setMessage({ from, ok: false, text: t('options.desk.incidents.resolveInvalid') });
      return false;
    }
    setBusy(true);
    try {
      const answer = await askDesk({ type: 'careline:lead-incident-resolve', id: incident.id, fixedReply: clean });
      setIncidents(answer.incidents);
      setMessage({ from, ok: true, text: t('options.desk.incidents.resolved', { title: incident.title }) });
      return true;
    } catch (error) {
      failed(from, error);
      return false;
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="team-block" role="group" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t('options.desk.incidents.heading')}</h4>
      <p className="muted small">{t('options.desk.incidents.help')}</p>
      <form className="desk-open" onSubmit={(e) => void open(e)}>
        <label>
          {t('options.desk.incidents.title')}
          <input type="text" value={title} maxLength={TITLE_MAX + 20} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          {t('options.desk.incidents.holding')}
          <textarea rows={3} value={holdingReply} onChange={(e) => setHoldingReply(e.target.value)} />
        </label>
        <div className="row">
          <label>
            {t('options.desk.incidents.topic')}
            <select value={topic} onChange={(e) => setTopic(e.target.value)}>
              <option value="">{t('options.desk.incidents.noTopic')}</option>
              {TOPIC_CODES.map((code) => (
                <option key={code} value={code}>
                  {topicLabel(t, code)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('options.desk.incidents.place')}
            <input type="text" value={place} maxLength={40} onChange={(e) => setPlace(e.target.value)} />
          </label>
        </div>
        <div>
          <button type="submit" disabled={busy}>
            {t('options.desk.incidents.open')}
          </button>
        </div>
      </form>
      <MessageLine from="open" message={message} />
      {incidents && incidents.length === 0 ? <p>{t('options.desk.incidents.none')}</p> : null}
      {incidents && incidents.length > 0 ? (
        <ul className="desk-incidents" aria-label={t('options.desk.incidents.list')}>
          {incidents.map((incident) => (
            <IncidentItem key={incident.id} incident={incident} busy={busy} message={message} onResolve={resolve} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
