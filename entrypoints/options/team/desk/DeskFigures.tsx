/** The desk's figures that are not per day: time to first reply, open handoffs, templates used most and never. */
import { useLocale } from '@/components/useLocale';
import { plural } from '@/utils/i18n/pages';
import type { DeskReport } from '@/utils/team/desk-wire';
import { minutesText, ticketStateText } from './desk-format';

const MOST_USED_SHOWN = 10;

export function FirstReply({ report }: { report: DeskReport }) {
  const { t, formatNumber } = useLocale();
  const { posts, medianMinutes, p90Minutes } = report.firstReply;
  const minutes = (m: number | null) => (m === null ? '–' : minutesText(t, formatNumber, m));
  return (
    <div className="team-block">
      <h4>{t('options.desk.firstReply.heading')}</h4>
      {posts === 0 ? (
        <p>{t('options.desk.firstReply.none')}</p>
      ) : (
        <>
          <dl className="desk-figures">
            <div>
              <dt>{t('options.desk.firstReply.median')}</dt>
              <dd>{minutes(medianMinutes)}</dd>
            </div>
            <div>
              <dt>{t('options.desk.firstReply.p90')}</dt>
              <dd>{minutes(p90Minutes)}</dd>
            </div>
          </dl>
          <p className="muted small">{plural(t, 'options.desk.firstReply.posts', posts, { n: formatNumber(posts) })}</p>
        </>
      )}
    </div>
  );
}

export function OpenHandoffs({ report }: { report: DeskReport }) {
  const { t, formatDate } = useLocale();
  const when = (iso: string) => formatDate(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  const heading = t('options.desk.handoffs.heading');
  return (
    <div className="team-block">
      <h4>{heading}</h4>
      {report.openHandoffs.length === 0 ? (
        <p>{t('options.desk.handoffs.none')}</p>
      ) : (
        <div className="desk-scroll" tabIndex={0} role="group" aria-label={heading}>
          <table className="team-table">
            <caption className="desk-caption-hidden">{heading}</caption>
            <thead>
              <tr>
                <th scope="col">{t('options.desk.handoffs.customer')}</th>
                <th scope="col">{t('options.desk.handoffs.agent')}</th>
                <th scope="col">{t('options.desk.handoffs.sent')}</th>
                <th scope="col">{t('options.desk.handoffs.status')}</th>
                <th scope="col">{t('options.desk.handoffs.note')}</th>
              </tr>
            </thead>
            <tbody>
              {report.openHandoffs.map((h) => (
                <tr key={h.handoffId}>
                  <th scope="row">{h.customerHandle ? `@${h.customerHandle}` : '–'}</th>
                  <td>{h.agentName}</td>
                  <td>{when(h.at)}</td>
                  <td>
                    {ticketStateText(t, h.status)}
                    {h.updatedAt ? <span className="muted small"> · {when(h.updatedAt)}</span> : null}
                  </td>
                  <td>{h.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

export function TemplateUse({ report, neverUsed }: { report: DeskReport; neverUsed: string[] | undefined }) {
  const { t, formatNumber } = useLocale();
  const most = [...report.templates].sort((a, b) => b.uses - a.uses).slice(0, MOST_USED_SHOWN);
  return (
    <div className="team-block desk-templates">
      <h4>{t('options.desk.templates.heading')}</h4>
      <div className="desk-columns">
        <div>
          {most.length === 0 ? (
            <p>{t('options.desk.templates.mostNone')}</p>
          ) : (
            <table className="team-table">
              <caption>{t('options.desk.templates.most')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('options.desk.templates.title')}</th>
                  <th scope="col">{t('options.desk.templates.uses')}</th>
                </tr>
              </thead>
              <tbody>
                {most.map((tpl) => (
                  <tr key={tpl.templateId}>
                    <th scope="row">{tpl.title}</th>
                    <td>{formatNumber(tpl.uses)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        {neverUsed ? (
          <div>
            <h5 id="desk-never-h">{t('options.desk.templates.never')}</h5>
            {neverUsed.length === 0 ? (
              <p>{t('options.desk.templates.neverNone')}</p>
            ) : (
              <ul aria-labelledby="desk-never-h" className="desk-never">
                {neverUsed.map((title, i) => (
                  <li key={i}>{title}</li>
                ))}
              </ul>
            )}
          </div>
        ) : null}
      </div>
    </div>
  );
}
