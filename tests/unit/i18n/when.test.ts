import { describe, expect, it } from 'vitest';
import { formatUntil, formatWhen } from '@/utils/i18n/when';

// Local wall-clock dates, so the test means the same in any time zone the machine runs in.
const at = (y: number, mo: number, d: number, h: number, mi: number) => new Date(y, mo - 1, d, h, mi);

describe('formatUntil', () => {
  it('shows a claim that runs past midnight as the clock time alone', () => {
    const now = at(2026, 12, 7, 23, 50);
    const until = at(2026, 12, 8, 0, 5).toISOString();
    expect(formatUntil(until, 'en', now)).toBe('12:05 AM');
    // Node's own ICU may lack Korean day periods; what matters is that no day is named.
    expect(formatUntil(until, 'ko', now)).toMatch(/^\S+ 12:05$/);
    expect(formatWhen(until, 'ko', now)).toMatch(/8/);
    // formatWhen, for something that happened, names the day.
    expect(formatWhen(until, 'en', now)).toBe('Dec 8, 12:05 AM');
  });

  it('shows the day for a deadline 12 hours or more ahead, and for one already past yesterday', () => {
    const now = at(2026, 12, 7, 10, 0);
    expect(formatUntil(at(2026, 12, 8, 9, 0).toISOString(), 'en', now)).toBe('Dec 8, 9:00 AM');
    expect(formatUntil(at(2026, 12, 6, 9, 0).toISOString(), 'en', now)).toBe('Dec 6, 9:00 AM');
    expect(formatUntil(at(2026, 12, 7, 10, 15).toISOString(), 'en', now)).toBe('10:15 AM');
  });

  it('shows an unreadable value as stored', () => {
    expect(formatUntil('soon', 'en')).toBe('soon');
  });
});
