import { describe, expect, it } from 'vitest';
import {
  CHAT_MESSAGE_LENGTH,
  LONG_POST_LENGTH,
  MAX_TWEET_LENGTH,
  lengthRule,
  replyLength,
  tweetLength,
} from '@/utils/templates/length';

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

describe('replyLength: the count and level against the limit of where the reply goes', () => {
  it('counts a post weighted and warns from 90 % of the limit', () => {
    const post = lengthRule('public', MAX_TWEET_LENGTH);
    expect(replyLength('가'.repeat(125), post)).toMatchObject({ count: 250, remaining: 30, level: 'ok' });
    expect(replyLength('가'.repeat(126), post)).toMatchObject({ count: 252, remaining: 28, level: 'near' });
    expect(replyLength('가'.repeat(140), post)).toMatchObject({ count: 280, remaining: 0, level: 'near' });
    expect(replyLength('가'.repeat(141), post)).toMatchObject({ count: 282, remaining: -2, level: 'over' });
  });

  it("uses the account's longer limit with the same weights", () => {
    const long = lengthRule('public', LONG_POST_LENGTH);
    expect(replyLength('가'.repeat(141), long)).toMatchObject({ count: 282, limit: 25_000, level: 'ok' });
    expect(replyLength('가'.repeat(12_501), long)).toMatchObject({ count: 25_002, level: 'over' });
  });

  it('counts an X Chat message in characters (one per Hangul syllable or emoji) against 10,000', () => {
    const chat = lengthRule('private', MAX_TWEET_LENGTH);
    expect(chat).toEqual({ unit: 'characters', limit: CHAT_MESSAGE_LENGTH });
    expect(replyLength('감사합니다 😊', chat)).toMatchObject({ count: 7, limit: 10_000, level: 'ok' });
    expect(replyLength('a'.repeat(9_000), chat).level).toBe('near');
    expect(replyLength('a'.repeat(10_001), chat)).toMatchObject({ remaining: -1, level: 'over' });
  });
});
