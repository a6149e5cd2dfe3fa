/**
 * Topics: the spike alerts ("Outage jumped…"), posts per topic per day (chart and table) and per
 * week, and for each topic a button that saves its posts as the server's CSV for the product or
 * network team.
 */
import { useLocale } from '@/components/useLocale';
import { plural } from '@/utils/i18n/pages';
import { topicLabel } from '@/utils/i18n/topic-label';
import type { DeskReport } from '@/utils/team/desk-wire';
import { weekCounts, weeksOf } from './desk-csv';
import { dayLabel, usualLevel } from './desk-format';
import { DeskTable } from './DeskTable';
import { TopicsChart } from './DeskCharts';

export function SpikeAlerts({ report }: { report: DeskReport }) {
  const { t, formatDate, formatNumber } = useLocale();
  if (report.topics.spikes.length === 0) return null;
  return (
    <div className="desk-spikes">
      {report.topics.spikes.map((s) => (
        <div key={`${s.topic}-${s.day}`} className="desk-spike">
          <p role="alert">
            {plural(t, 'options.desk.spike', s.count, {
              n: formatNumber(s.count),
              topic: topicLabel(t, s.topic),
              day: dayLabel(formatDate, s.day),
              usual: formatNumber(usualLevel(s.usual)),
            })}
          </p>
          {s.place ? <p className="small">{t('options.desk.spike.place', { place: s.place })}</p> : null}
        </div>
      ))}
    </div>
  );
}

export function DeskTopics(props: { report: DeskReport; busy: boolean; onExport: (topic: string) => void }) {
  const { t, formatDate } = useLocale();
  const { report } = props;
  // The server names a week by its first day (or, from another server, its own way: shown as it came).
  const weekLabel = (w: string) => (/^\d{4}-\d{2}-\d{2}$/.test(w) ? dayLabel(formatDate, w) : w);
  const weeks = weeksOf(report);
  const perWeek = weekCounts(report, weeks).map((p) => ({
    key: p.topic,
    name: topicLabel(t, p.topic),
    values: p.counts,
  }));
  const withPosts = report.topics.perDay.filter((p) => p.counts.some((c) => c > 0)).map((p) => p.topic);
  return (
    <div className="team-block">
      <h4>{t('options.desk.topics.heading')}</h4>
      <TopicsChart report={report} />
      {perWeek.length > 0 ? (
        <DeskTable
          caption={t('options.desk.topics.perWeek')}
          rowHeader={t('options.desk.topics.topic')}
          columns={weeks.map(weekLabel)}
          rows={perWeek}
        />
      ) : null}
      {withPosts.length > 0 ? (
        <div className="row desk-exports">
          {withPosts.map((topic) => (
            <button key={topic} type="button" disabled={props.busy} onClick={() => props.onExport(topic)}>
              {t('options.desk.topics.export', { topic: topicLabel(t, topic) })}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
