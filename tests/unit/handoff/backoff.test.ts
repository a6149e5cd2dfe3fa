import { describe, expect, it, vi } from 'vitest';
import { MAX_RETRY_AFTER_MS, parseRetryAfter, retryDelayMs } from '@/utils/handoff/backoff';

const NOW = Date.parse('2026-11-29T05:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
  });

  it('reads the three HTTP-date forms, in GMT whatever the local zone', () => {
    expect(parseRetryAfter('Sun, 29 Nov 2026 05:01:30 GMT', NOW)).toBe(90_000);
    expect(parseRetryAfter('Sunday, 29-Nov-26 05:01:30 GMT', NOW)).toBe(90_000);
    expect(parseRetryAfter('Sun Nov 29 05:01:30 2026', NOW)).toBe(90_000);
  });

  it('clamps a past date to 0 and anything past an hour to an hour', () => {
    expect(parseRetryAfter('Sun, 29 Nov 2026 04:00:00 GMT', NOW)).toBe(0);
    expect(parseRetryAfter('86400', NOW)).toBe(MAX_RETRY_AFTER_MS);
    expect(parseRetryAfter('Mon, 30 Nov 2026 05:00:00 GMT', NOW)).toBe(MAX_RETRY_AFTER_MS);
  });

  it('ignores what it cannot read', () => {
    for (const value of [null, '', '-5', '1.5', 'soon', 'Sun, 99 Foo 2026 GMT'])
      expect(parseRetryAfter(value, NOW), String(value)).toBeUndefined();
  });
});

describe('retryDelayMs', () => {
  const top = () => 0.999_999;

  it('doubles the ceiling from 2 s and stops at 10 minutes', () => {
    expect([1, 2, 3, 4, 5].map((a) => retryDelayMs(a, { random: top }))).toEqual([1999, 3999, 7999, 15999, 31999]);
    expect(retryDelayMs(9, { random: top })).toBe(511_999);
    expect(retryDelayMs(10, { random: top })).toBe(599_999);
    expect(retryDelayMs(10_000, { random: top })).toBe(599_999);
  });

  it('spreads the delay over the whole range (full jitter)', () => {
    expect(retryDelayMs(3, { random: () => 0 })).toBe(0);
    expect(retryDelayMs(3, { random: () => 0.5 })).toBe(4000);
    const seen = new Set(Array.from({ length: 200 }, () => retryDelayMs(6)));
    expect(seen.size).toBeGreaterThan(150);
    expect(Math.max(...seen)).toBeLessThan(64_000);
  });

  it('draws from Math.random by default: its ends give exactly the ends of the range', () => {
    const random = vi.spyOn(Math, 'random');
    try {
      random.mockReturnValue(0);
      expect(retryDelayMs(6)).toBe(0);
      random.mockReturnValue(0.999);
      // floor(0.999 * 2 s * 2^5)
      expect(retryDelayMs(6)).toBe(63_936);
      expect(retryDelayMs(1)).toBe(1_998);
      expect(random).toHaveBeenCalledTimes(3);
    } finally {
      random.mockRestore();
    }
  });

  it('waits at least as long as Retry-After said', () => {
    expect(retryDelayMs(1, { random: () => 0.5, retryAfterMs: 30_000 })).toBe(30_000);
    expect(retryDelayMs(8, { random: () => 0.5, retryAfterMs: 30_000 })).toBe(128_000);
    expect(retryDelayMs(1, { random: () => 0, retryAfterMs: 0 })).toBe(0);
  });

  it('takes its own base and cap, and survives odd attempts', () => {
    expect(retryDelayMs(3, { baseMs: 100, capMs: 300, random: top })).toBe(299);
    expect(retryDelayMs(0, { random: top })).toBe(1999);
    expect(retryDelayMs(Number.NaN, { random: top })).toBe(1999);
  });
});
