/**
 * The desk's tables as one CSV file for a spreadsheet: each table under its own title row, a blank
 * line between tables, days as YYYY-MM-DD, words in the lead's language. A BOM first, so Excel
 * reads the Korean as UTF-8; cells that a spreadsheet would run as a formula are defused.
 */
import Papa from 'papaparse';
import type { Translate } from '@/utils/i18n/pages';
import { topicLabel } from '@/utils/i18n/topic-label';
import type { DeskReport } from '@/utils/team/desk-wire';
import { ticketStateText } from './desk-format';

type Row = Array<string | number>;

const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0);

/** Weeks as the server names them, in its order, each once. */
export function weeksOf(report: DeskReport): string[] {
  return [...new Set(report.topics.perWeek.map((w) => w.week))];
}

/** Per topic, the count of each week of `weeks` (0 where the server listed none). */
export function weekCounts(report: DeskReport, weeks: string[]): Array<{ topic: string; counts: number[] }> {
  const topics = [...new Set(report.topics.perWeek.map((w) => w.topic))];
  return topics.map((topic) => ({
    topic,
    counts: weeks.map((week) => report.topics.perWeek.find((w) => w.topic === topic && w.week === week)?.count ?? 0),
  }));
}

export function deskCsv(t: Translate, report: DeskReport, neverUsed: string[]): string {
  const weeks = weeksOf(report);
  const tables: Array<{ title: string; rows: Row[] }> = [
    {
      title: t('options.desk.replies.heading'),
      rows: [
        [t('options.desk.replies.agent'), ...report.days, t('options.desk.replies.total')],
        ...report.repliesPerAgent.map((a): Row => [a.agentName, ...a.perDay, a.total]),
      ],
    },
    {
      title: t('options.desk.firstReply.heading'),
      rows: [
        ['', t('options.desk.csv.minutes')],
        [t('options.desk.firstReply.median'), report.firstReply.medianMinutes ?? ''],
        [t('options.desk.firstReply.p90'), report.firstReply.p90Minutes ?? ''],
        [t('options.desk.csv.posts'), report.firstReply.posts],
      ],
    },
    {
      title: t('options.desk.topics.perDay'),
      rows: [
        [t('options.desk.topics.topic'), ...report.days, t('options.desk.replies.total')],
        ...report.topics.perDay.map((p): Row => [topicLabel(t, p.topic), ...p.counts, sum(p.counts)]),
      ],
    },
    {
      title: t('options.desk.topics.perWeek'),
      rows: [
        [t('options.desk.topics.topic'), ...weeks],
        ...weekCounts(report, weeks).map((p): Row => [topicLabel(t, p.topic), ...p.counts]),
      ],
    },
    {
      title: t('options.desk.templates.most'),
      rows: [
        [t('options.desk.templates.title'), t('options.desk.templates.uses')],
        ...report.templates.map((tpl): Row => [tpl.title, tpl.uses]),
      ],
    },
    {
      title: t('options.desk.templates.never'),
      rows: [[t('options.desk.templates.title')], ...neverUsed.map((title): Row => [title])],
    },
    {
      title: t('options.desk.handoffs.heading'),
      rows: [
        [
          t('options.desk.handoffs.customer'),
          t('options.desk.handoffs.agent'),
          t('options.desk.handoffs.sent'),
          t('options.desk.handoffs.status'),
          t('options.desk.handoffs.note'),
        ],
        ...report.openHandoffs.map((h): Row => [
          h.customerHandle ?? '',
          h.agentName,
          h.at,
          ticketStateText(t, h.status),
          h.note ?? '',
        ]),
      ],
    },
  ];
  const rows: Row[] = tables.flatMap((table, i) => [...(i > 0 ? [[]] : []), [table.title], ...table.rows]);
  return `\uFEFF${Papa.unparse(rows, { escapeFormulae: true, newline: '\r\n' })}\r\n`;
}
