import { describe, expect, it } from 'vitest';
import { tweetLength } from '@/utils/templates/length';

describe('tweetLength (twitter-text weighting, as X counts)', () => {
  it('counts Latin characters as 1', () => {
    expect(tweetLength('hello').weighted).toBe(5);
  });
  it('counts Hangul as 2', () => {
    expect(tweetLength('감사합니다').weighted).toBe(10);
    expect(tweetLength('가'.repeat(140))).toMatchObject({ weighted: 280, remaining: 0, valid: true });
    expect(tweetLength('가'.repeat(141))).toMatchObject({ weighted: 282, remaining: -2, valid: false });
  });
  it('counts a URL as 23', () => {
    expect(tweetLength('https://example.com/a/very/long/path/that/goes/on').weighted).toBe(23);
  });
});
