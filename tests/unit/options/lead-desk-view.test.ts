import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { deskCsv, weekCounts, weeksOf } from '@/entrypoints/options/team/desk/desk-csv';
import { checkRange, defaultRange } from '@/entrypoints/options/team/desk/desk-range';
import { translator } from '@/utils/i18n/pages';
import type { DeskReport } from '@/utils/team/desk-wire';

const report: DeskReport = {
  days: ['2026-12-06', '2026-12-07'],
  repliesPerAgent: [{ agentId: 'a1', agentName: '서연', perDay: [2, 5], total: 7 }],
  firstReply: { posts: 7, medianMinutes: 9, p90Minutes: 16.5 },
  openHandoffs: [
    {
      handoffId: 'h1',
      customerHandle: 'handoff_kim',
      agentName: '서연',
      at: '2026-12-06T06:00:00.000Z',
      status: null,
      note: null,
      updatedAt: null,
    },
  ],
  templates: [{ templateId: 't1', title: '=HYPERLINK("x")', uses: 3 }],
  topics: {
    perDay: [{ topic: 'outage', counts: [1, 9] }],
    perWeek: [
      { week: '2026-11-30', topic: 'outage', count: 1 },
      { week: '2026-12-07', topic: 'outage', count: 9 },
      { week: '2026-12-07', topic: 'billing', count: 2 },
    ],
    spikes: [{ topic: 'outage', day: '2026-12-07', count: 9, usual: 1, place: null }],
  },
  incidents: [],
  accounts: [{ account: 'skt', replies: 7 }],
};

describe("the lead's desk CSV", () => {
  it('writes each table under its title, in the lead’s language, with a BOM for Excel', () => {
    const csv = deskCsv(translator('ko'), report, ['문의 감사 인사']);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(rows).toContainEqual(['상담원별 일일 답변']);
    expect(rows).toContainEqual(['상담원', '2026-12-06', '2026-12-07', '합계']);
    expect(rows).toContainEqual(['서연', '2', '5', '7']);
    expect(rows).toContainEqual(['중앙값', '9']);
    expect(rows).toContainEqual(['90번째 백분위수', '16.5']);
    expect(rows).toContainEqual(['장애', '1', '9', '10']);
    expect(rows).toContainEqual(['문의 감사 인사']);
    expect(rows).toContainEqual(['handoff_kim', '서연', '2026-12-06T06:00:00.000Z', '소식 없음', '']);
  });

  it('defuses a template title a spreadsheet would run as a formula', () => {
    const csv = deskCsv(translator('en'), report, []);
    expect(csv).not.toMatch(/^"?=HYPERLINK/m);
    expect(csv).toContain(`'=HYPERLINK`);
  });

  it('fills the weeks a topic had no posts in with 0', () => {
    const weeks = weeksOf(report);
    expect(weeks).toEqual(['2026-11-30', '2026-12-07']);
    expect(weekCounts(report, weeks)).toEqual([
      { topic: 'outage', counts: [1, 9] },
      { topic: 'billing', counts: [0, 2] },
    ]);
  });
});

describe("the lead's range of days", () => {
  it('is the last 7 Korean days by default, today in Seoul included', () => {
    // 16:00 UTC on Dec 7 is already Dec 8 in Seoul.
    expect(defaultRange(new Date('2026-12-07T16:00:00Z'))).toEqual({ from: '2026-12-02', to: '2026-12-08' });
    expect(defaultRange(new Date('2026-12-07T14:59:00Z'))).toEqual({ from: '2026-12-01', to: '2026-12-07' });
  });

  it('takes real days, the first not after the last, at most 92 days', () => {
    expect(checkRange('2026-12-01', '2026-12-07')).toEqual({ from: '2026-12-01', to: '2026-12-07' });
    expect(checkRange('2026-12-07', '2026-12-01')).toBeNull();
    expect(checkRange('2026-02-30', '2026-03-01')).toBeNull();
    expect(checkRange('', '2026-03-01')).toBeNull();
    expect(checkRange('2026-01-01', '2026-04-02')).toEqual({ from: '2026-01-01', to: '2026-04-02' });
    expect(checkRange('2026-01-01', '2026-04-03')).toBeNull();
  });
});
