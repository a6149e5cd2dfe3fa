/**
 * The desk's two charts (recharts, SVG): replies per agent per day, stacked, and posts per topic per
 * day, one line a topic. Each is an image to assistive technology; the table below it has the figures.
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useLocale } from '@/components/useLocale';
import { topicLabel } from '@/utils/i18n/topic-label';
import type { DeskReport } from '@/utils/team/desk-wire';
import { dayLabel } from './desk-format';
import { DeskTable } from './DeskTable';

/** Distinct on white and to most colour-blind eyes, in order of use. */
const COLOURS = ['#1d6fd8', '#d9480f', '#2b8a3e', '#862e9c', '#c2255c', '#0b7285', '#a65b00', '#495057'];
const colour = (i: number) => COLOURS[i % COLOURS.length];
const CHART_HEIGHT = 240;

interface Series {
  key: string;
  name: string;
  values: number[];
}

/** recharts' rows: one a day, a field a series. */
function chartRows(days: string[], labels: string[], series: Series[]): Array<Record<string, string | number>> {
  return days.map((_, i) => ({
    day: labels[i] ?? '',
    ...Object.fromEntries(series.map((s) => [s.key, s.values[i] ?? 0])),
  }));
}

function ChartBox({ label, children }: { label: string; children: React.ReactElement }) {
  const { t } = useLocale();
  return (
    <div role="img" aria-label={`${label}. ${t('options.desk.chartNote')}`} className="desk-chart">
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        {children}
      </ResponsiveContainer>
    </div>
  );
}

export function RepliesChart({ report }: { report: DeskReport }) {
  const { t, formatDate } = useLocale();
  const heading = t('options.desk.replies.heading');
  const labels = report.days.map((d) => dayLabel(formatDate, d));
  const series = report.repliesPerAgent.map((a) => ({ key: a.agentId, name: a.agentName, values: a.perDay }));
  return (
    <div className="team-block">
      <h4>{heading}</h4>
      {series.length === 0 ? (
        <p>{t('options.desk.replies.none')}</p>
      ) : (
        <>
          <ChartBox label={heading}>
            <BarChart data={chartRows(report.days, labels, series)} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="day" />
              <YAxis allowDecimals={false} width={40} />
              <Tooltip />
              <Legend />
              {series.map((s, i) => (
                <Bar
                  key={s.key}
                  dataKey={s.key}
                  name={s.name}
                  stackId="replies"
                  fill={colour(i)}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          </ChartBox>
          <DeskTable
            caption={heading}
            rowHeader={t('options.desk.replies.agent')}
            columns={labels}
            rows={series}
            total={t('options.desk.replies.total')}
            captionHidden
          />
        </>
      )}
    </div>
  );
}

export function TopicsChart({ report }: { report: DeskReport }) {
  const { t, formatDate } = useLocale();
  const heading = t('options.desk.topics.perDay');
  const labels = report.days.map((d) => dayLabel(formatDate, d));
  const series = report.topics.perDay.map((p) => ({ key: p.topic, name: topicLabel(t, p.topic), values: p.counts }));
  if (series.length === 0) return <p>{t('options.desk.topics.none')}</p>;
  return (
    <>
      <ChartBox label={heading}>
        <LineChart data={chartRows(report.days, labels, series)} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="day" />
          <YAxis allowDecimals={false} width={40} />
          <Tooltip />
          <Legend />
          {series.map((s, i) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stroke={colour(i)}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ChartBox>
      <DeskTable
        caption={heading}
        rowHeader={t('options.desk.topics.topic')}
        columns={labels}
        rows={series}
        total={t('options.desk.replies.total')}
      />
    </>
  );
}
