// @vitest-environment happy-dom
/**
 * The X adapter on real x.com pages saved by browsers (see capture-docs.ts). A checkout without
 * the captures runs none of these and says so, naming the folder it looked in.
 */
import { describe, expect, it } from 'vitest';
import { readAccountHandle } from '@/utils/x/account';
import { findComposer } from '@/utils/x/find-composer';
import { pageKind } from '@/utils/x/page-kind';
import { readTweet, type TweetRead } from '@/utils/x/read-tweet';
import { readReplyContext } from '@/utils/x/reply-context';
import { CAPTURE_FILES as FILES, capture, capturesExist as exists, noteSkipped } from './capture-docs';

noteSkipped('X adapter on real x.com captures');

function tweets(doc: Document): (TweetRead | null)[] {
  return Array.from(doc.querySelectorAll('article[data-testid="tweet"]'), (a) => readTweet(a));
}

describe.skipIf(!exists)('X adapter on real x.com captures', () => {
  describe.each(FILES)('%s', (file) => {
    it('reads every tweet: a valid handle, a numeric status id, a canonical URL', () => {
      const reads = tweets(capture(file));
      expect(reads.length).toBeGreaterThan(0);
      for (const read of reads) {
        expect(read?.person.handle).toMatch(/^[A-Za-z0-9_]{1,15}$/);
        expect(read?.tweet?.statusId).toMatch(/^\d+$/);
        expect(read?.tweet?.url).toBe(`https://x.com/${read?.person.handle}/status/${read?.tweet?.statusId}`);
      }
    });

    it('gives a reply context without throwing', () => {
      const ctx = readReplyContext(capture(file), { url: 'https://x.com/home', title: 'Home / X' });
      expect(['new-post', 'none']).toContain(ctx.kind);
      expect(ctx.composer === null).toBe(typeof ctx.missing === 'string');
    });
  });

  describe('home-twitter-complete.html (logged-in Home, Nov 2025)', () => {
    const file = 'home-twitter-complete.html';

    it('finds the inline Draft.js composer tweetTextarea_0', () => {
      const target = findComposer(capture(file));
      expect(target?.kind).toBe('draft');
      expect(target?.kind === 'draft' && target.editor.getAttribute('data-testid')).toBe('tweetTextarea_0');
    });

    it('reads the signed-in account from the account menu: @__regenerate', () => {
      expect(readAccountHandle(capture(file))).toBe('__regenerate');
    });

    it('reads all 20 tweets; the first is @will__price 1991602883645829145 (reposted by another account)', () => {
      const reads = tweets(capture(file));
      expect(reads).toHaveLength(20);
      expect(reads[0]).toMatchObject({
        person: { handle: 'will__price', name: 'Will Price' },
        tweet: {
          statusId: '1991602883645829145',
          url: 'https://x.com/will__price/status/1991602883645829145',
          text: 'hearooors undefeated, GTE chain confirmed',
          lang: 'en',
        },
      });
    });

    it('keeps emoji from img alt and line breaks', () => {
      const reads = tweets(capture(file));
      expect(reads.find((r) => r?.person.handle === 'itszach')?.person.name).toBe('zach meltzer | 🇺🇸');
      expect(reads.find((r) => r?.person.handle === 'aeyakovenko')?.tweet?.text).toBe('🔥🔥🔥');
      expect(reads.find((r) => r?.person.handle === 'ThinkingUSD')?.tweet?.text).toContain('reality \n\nI will not');
    });

    it('takes the outer tweet of quotes, and no quoted text when the outer tweet has none', () => {
      const reads = tweets(capture(file));
      const lyxe = reads.find((r) => r?.person.handle === 'cryptolyxe');
      expect(lyxe?.tweet).toMatchObject({ statusId: '1991606928280318423', text: '' });
    });

    it('is Home, and a new post with the inline composer', () => {
      expect(pageKind('https://x.com/home', 'Home / Twitter')).toBe('home');
      const ctx = readReplyContext(capture(file), { url: 'https://x.com/home', title: 'Home / Twitter' });
      expect(ctx).toEqual({ kind: 'new-post', composer: 'draft' });
    });
  });

  describe('x-tweet-sample.html (focused tweet on a status page, Oct 2025)', () => {
    const file = 'x-tweet-sample.html';
    const url = 'https://x.com/TestUser123/status/1981398750557065646';

    it('reads TestUser123, its status id and text', () => {
      const [read] = tweets(capture(file));
      expect(read).toEqual({
        person: { handle: 'TestUser123', name: 'Test User Account' },
        tweet: {
          statusId: '1981398750557065646',
          url,
          text: "Democrat Shutdown Jeopardizes America's Skies",
          lang: 'en',
        },
      });
    });

    it('is the reply context of its status page; no reply box in the capture', () => {
      const ctx = readReplyContext(capture(file), { url, title: '' });
      expect(ctx).toMatchObject({
        kind: 'reply',
        customer: { handle: 'TestUser123' },
        tweet: { statusId: '1981398750557065646' },
        composer: null,
      });
      expect(ctx.missing).toContain('tweetTextarea_0');
    });
  });

  describe('quote captures (Oct 2025)', () => {
    it('x-tweet-quote.html: the OUTER tweet, not the quoted one', () => {
      const [read] = tweets(capture('x-tweet-quote.html'));
      expect(read?.person.handle).toBe('TestQuoter');
      expect(read?.tweet?.statusId).toBe('1983130065320780162');
      expect(read?.tweet?.statusId).not.toBe('1983129251856470493');
      expect(read?.tweet?.text).toBe('This is a quote tweet with additional commentary');
    });

    it('x-tweet-quote-video.html: the OUTER tweet, not the quoted one', () => {
      const [read] = tweets(capture('x-tweet-quote-video.html'));
      expect(read?.person.handle).toBe('QuotingUser');
      expect(read?.tweet?.statusId).toBe('1983128852952998358');
      expect(read?.tweet?.text).toBe('How to share Example.com links');
    });
  });

  describe('mario-zechner-twitter.html (logged-out profile, Nov 2025)', () => {
    const file = 'mario-zechner-twitter.html';
    const url = 'https://x.com/badlogicgames';
    const title = 'Mario Zechner (@badlogicgames) / Twitter';

    it('reads its 9 tweets, all by @badlogicgames', () => {
      const reads = tweets(capture(file));
      expect(reads).toHaveLength(9);
      expect(new Set(reads.map((r) => r?.person.handle))).toEqual(new Set(['badlogicgames']));
      expect(reads[0]?.tweet?.statusId).toBe('1985127737481154951');
      expect(reads.find((r) => r?.tweet?.lang === 'de')).toBeDefined();
    });

    it('has no composer: the context says what it looked for', () => {
      const doc = capture(file);
      expect(pageKind(url, title)).toBe('profile');
      expect(findComposer(doc)).toBeNull();
      const ctx = readReplyContext(doc, { url, title });
      expect(ctx).toMatchObject({ kind: 'none', composer: null });
      expect(ctx.missing).toMatch(/tweetTextarea_0/);
    });
  });
});
