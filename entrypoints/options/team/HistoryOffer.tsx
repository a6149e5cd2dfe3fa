/**
 * Once, after joining: the agent's history from before the team may be shared with it. Nothing is
 * uploaded unless the agent says so; the answer is kept in the session, so the offer does not come back.
 */
import { useEffect, useState } from 'react';
import { useLocale } from '@/components/useLocale';
import { eventsRepo } from '@/utils/db/events-repo';
import { teamSessionRepo, type TeamSessionRecord } from '@/utils/db/team-session-repo';
import { plural } from '@/utils/i18n/pages';
import { uploadLocalHistory } from '@/utils/team/history-upload';
import { errorText } from '../section-message';
import { MessageLine, type TeamMessage, type TeamReport } from './team-message';

export function HistoryOffer({
  session,
  message,
  report,
}: {
  session: TeamSessionRecord;
  message: TeamMessage | null;
  report: TeamReport;
}) {
  const { t } = useLocale();
  const [entries, setEntries] = useState<number | null>(null);

  useEffect(() => {
    void eventsRepo()
      .count()
      .then(setEntries, () => setEntries(0));
  }, []);

  // Queued through the team outbox under each event's own id: the background pushes them in order and
  // an upload cut off halfway stores nothing twice.
  async function upload(): Promise<void> {
    try {
      const outcome = await uploadLocalHistory();
      if (!outcome.done) return;
      const uploaded = plural(t, 'options.team.count.entry', outcome.queued);
      report({
        from: 'offer',
        ok: true,
        text: t('options.team.offer.uploaded', { entries: uploaded, team: session.team.name }),
      });
    } catch (error) {
      report({ from: 'offer', ok: false, text: t('options.team.offer.failed', { error: errorText(error) }) });
    }
  }

  async function decline(): Promise<void> {
    await teamSessionRepo().update({ historyOffer: 'declined' });
    report({ from: 'offer', ok: true, text: t('options.team.offer.declined') });
  }

  if (session.historyOffer || session.state !== 'connected' || !entries)
    return <MessageLine from="offer" message={message} />;
  return (
    <div role="group" aria-labelledby="team-offer-h" className="team-offer">
      <h3 id="team-offer-h">{t('options.team.offer.heading')}</h3>
      <p>
        {t('options.team.offer.text', {
          entries: plural(t, 'options.team.count.entry', entries),
          team: session.team.name,
        })}
      </p>
      <div className="row">
        <button type="button" onClick={() => void upload()}>
          {t('options.team.offer.upload')}
        </button>
        <button type="button" onClick={() => void decline()}>
          {t('options.team.offer.decline')}
        </button>
      </div>
    </div>
  );
}
