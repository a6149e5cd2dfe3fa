/**
 * The lead's monthly review of the access log: per agent, how many lookups, exports and erases,
 * how many customers, and the server's flags for what stands out (volumes far above the team's,
 * any export, lookups at night).
 */
import { useId, useState, type FormEvent } from 'react';
import { useLocale } from '@/components/useLocale';
import type { TeamSessionRecord } from '@/utils/db/team-session-repo';
import type { Translate } from '@/utils/i18n/pages';
import { leadApi, type AccessReview } from '@/utils/team/lead';
import { MessageLine, type SectionMessage } from '../section-message';
import { teamErrorText } from './team-errors';

type ReviewRow = AccessReview['rows'][number];

/** The server's flag codes in the page's language; a code this page does not know is shown as it came. */
function flagText(t: Translate, flag: string, row: ReviewRow, median: number | undefined): string {
  switch (flag) {
    case 'volume':
      return t('options.teamLead.review.flag.volume', { median: median ?? '?' });
    case 'export':
      return t('options.teamLead.review.flag.export');
    case 'off-hours':
      return t('options.teamLead.review.flag.offHours', { count: row.offHoursLookups ?? '?' });
    case 'daily-burst':
      return t('options.teamLead.review.flag.dailyBurst', { count: row.busiestDayLookups ?? '?' });
    default:
      return flag;
  }
}

/** This month in the agent's time zone, as YYYY-MM. */
function thisMonth(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

export function AccessReviewTable({ session }: { session: TeamSessionRecord }) {
  const { t, formatNumber } = useLocale();
  const id = useId();
  const [month, setMonth] = useState(thisMonth);
  const [review, setReview] = useState<AccessReview | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<SectionMessage<'review'> | null>(null);

  async function show(event: FormEvent): Promise<void> {
    event.preventDefault();
    setMessage(null);
    setBusy(true);
    try {
      setReview(await leadApi.accessReview(session, month));
    } catch (error) {
      setReview(null);
      setMessage({ from: 'review', ok: false, text: teamErrorText(t, error, { server: session.serverUrl }) });
    }
    setBusy(false);
  }

  return (
    <div role="group" aria-labelledby={`${id}-h`} className="team-block">
      <h4 id={`${id}-h`}>{t('options.teamLead.review.heading')}</h4>
      <p className="muted small">{t('options.teamLead.review.help')}</p>
      <form className="row" onSubmit={(e) => void show(e)}>
        <label>
          {t('options.teamLead.review.month')}
          <input type="month" value={month} required onChange={(e) => setMonth(e.target.value)} />
        </label>
        <button type="submit" disabled={busy || !/^\d{4}-\d{2}$/.test(month)}>
          {t('options.teamLead.review.show')}
        </button>
      </form>
      {review && review.rows.length === 0 ? <p>{t('options.teamLead.review.none', { month: review.month })}</p> : null}
      {review && review.rows.length > 0 ? (
        <table aria-label={t('options.teamLead.review.table', { month: review.month })} className="team-table">
          <thead>
            <tr>
              <th scope="col">{t('options.teamLead.review.agent')}</th>
              <th scope="col">{t('options.teamLead.review.lookups')}</th>
              <th scope="col">{t('options.teamLead.review.distinct')}</th>
              <th scope="col">{t('options.teamLead.review.exports')}</th>
              <th scope="col">{t('options.teamLead.review.erases')}</th>
              <th scope="col">{t('options.teamLead.review.flags')}</th>
            </tr>
          </thead>
          <tbody>
            {review.rows.map((r) => (
              <tr key={r.agentId} className={r.flags.length > 0 ? 'flagged' : undefined}>
                <th scope="row">{r.agentName}</th>
                <td>{formatNumber(r.lookups)}</td>
                <td>{formatNumber(r.distinctCustomers)}</td>
                <td>{formatNumber(r.exports)}</td>
                <td>{formatNumber(r.erases)}</td>
                <td>{r.flags.map((f) => flagText(t, f, r, review.medianLookups)).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <MessageLine from="review" message={message} />
    </div>
  );
}
