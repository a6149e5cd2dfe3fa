import { describe, expect, it } from 'vitest';
import { countMarks, durationOf, markView } from '@/entrypoints/x.content/queue-mark-view';

const MIN = 60_000;
const now = Date.parse('2026-12-07T12:00:00.000Z');
const post = (minutesAgo: number | null, author = 'minji_kim') => ({
  statusId: '1',
  postedAt: minutesAgo === null ? null : now - minutesAgo * MIN,
  author,
});

describe('what a post’s queue mark says', () => {
  it('answered: how long the answer took; handed off and claimed: the state alone', () => {
    expect(markView(post(30), { postId: '1', state: 'answered', at: now - 18 * MIN }, now, 60, 'acme_care')).toEqual({
      state: 'answered',
      minutes: 12,
      past: false,
    });
    expect(markView(post(null), { postId: '1', state: 'answered', at: now }, now, 60, undefined)?.minutes).toBeNull();
    expect(markView(post(90), { postId: '1', state: 'handed-off', at: now }, now, 60, undefined)).toEqual({
      state: 'handed-off',
      minutes: null,
      past: false,
    });
    expect(markView(post(90), { postId: '1', state: 'claimed', at: now + MIN }, now, 60, undefined)?.state).toBe(
      'claimed',
    );
  });

  it('waiting: minutes since the post, highlighted from the target on', () => {
    expect(markView(post(59), undefined, now, 60, undefined)).toEqual({ state: 'waiting', minutes: 59, past: false });
    expect(markView(post(60), undefined, now, 60, undefined)).toEqual({ state: 'waiting', minutes: 60, past: true });
    // A post dated ahead of the clock has waited 0 minutes.
    expect(markView(post(-3), undefined, now, 60, undefined)?.minutes).toBe(0);
  });

  it("no mark for the agent's own account, a post without a time, or one older than the queue's 7 days", () => {
    expect(markView(post(5, 'acme_care'), undefined, now, 60, 'Acme_Care')).toBeNull();
    expect(markView(post(null), undefined, now, 60, undefined)).toBeNull();
    expect(markView(post(7 * 24 * 60 + 1), undefined, now, 60, undefined)).toBeNull();
  });

  it('durations in minutes, then hours, then days; counts one a post', () => {
    expect([durationOf(0), durationOf(59), durationOf(60), durationOf(1439), durationOf(2880)]).toEqual([
      { unit: 'minutes', n: 0 },
      { unit: 'minutes', n: 59 },
      { unit: 'hours', n: 1 },
      { unit: 'hours', n: 23 },
      { unit: 'days', n: 2 },
    ]);
    const views = [
      { state: 'waiting' as const, minutes: 5, past: false },
      { state: 'waiting' as const, minutes: 90, past: true },
      { state: 'claimed' as const, minutes: null, past: false },
      { state: 'handed-off' as const, minutes: null, past: false },
      { state: 'answered' as const, minutes: 3, past: false },
    ];
    expect(countMarks(views, 60)).toEqual({ waiting: 2, pastTarget: 1, claimed: 1, answered: 2, targetMinutes: 60 });
  });
});
