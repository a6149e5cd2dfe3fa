// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readTweet, tweetFromReplyClick } from '@/utils/x/read-tweet';
import { mount, tweetHtml } from './fragments';

afterEach(() => {
  document.body.innerHTML = '';
});

function article(html: string): Element {
  const el = mount(html).querySelector('article');
  if (!el) throw new Error('fragment has no article');
  return el;
}

describe('readTweet', () => {
  it('reads handle, name, text, lang and a canonical URL from relative links', () => {
    const a = article(
      tweetHtml({
        handle: 'bora_kim',
        name: 'Bora <img alt="🌸" src="data:,"> Kim',
        textHtml:
          '<span>개통이 안 돼요 </span><img alt="😢" src="data:,"><span>\n\n도와주세요 </span>' +
          '<div><span><a dir="ltr" href="/careline_help" role="link">@careline_help</a></span></div>',
        lang: 'ko',
        statusId: '1900000000000000001',
      }),
    );
    expect(readTweet(a)).toEqual({
      person: { handle: 'bora_kim', name: 'Bora 🌸 Kim' },
      tweet: {
        statusId: '1900000000000000001',
        url: 'https://x.com/bora_kim/status/1900000000000000001',
        text: '개통이 안 돼요 😢\n\n도와주세요 @careline_help',
        lang: 'ko',
      },
    });
  });

  it('handles the absolute https://x.com hrefs of saved pages', () => {
    const a = article(
      tweetHtml({ handle: 'Jin_Park', textHtml: '<span>hi</span>', lang: 'en', statusId: '42', absolute: true }),
    );
    const read = readTweet(a);
    expect(read?.person.handle).toBe('Jin_Park');
    expect(read?.tweet?.statusId).toBe('42');
    expect(read?.tweet?.url).toBe('https://x.com/Jin_Park/status/42');
  });

  it('keeps <br> line breaks and spells out links X truncates with an aria-hidden "…"', () => {
    const a = article(
      tweetHtml({
        handle: 'minsu',
        statusId: '7',
        textHtml:
          '<span>line one</span><br><span>see </span><a dir="ltr" href="https://t.co/zzz" role="link">' +
          '<span aria-hidden="true">https://</span>example.com/help/ac<span aria-hidden="true">tivation</span>' +
          '<span aria-hidden="true">…</span></a>',
      }),
    );
    expect(readTweet(a)?.tweet?.text).toBe('line one\nsee https://example.com/help/activation');
  });

  it('takes the author, not the reposter named in the "reposted" line', () => {
    const a = article(tweetHtml({ handle: 'author_1', repostedBy: 'reposter_2', statusId: '5', textHtml: 'x' }));
    expect(readTweet(a)?.person.handle).toBe('author_1');
  });

  it('reads the OUTER tweet of a quote, even when the outer tweet has no text', () => {
    const withText = article(
      tweetHtml({
        handle: 'quoter',
        statusId: '200',
        textHtml: '<span>look at this</span>',
        quote: { handle: 'quoted', name: 'Quoted One', textHtml: '<span>original</span>', photoOfStatus: '100' },
      }),
    );
    expect(readTweet(withText)).toMatchObject({
      person: { handle: 'quoter' },
      tweet: { statusId: '200', text: 'look at this' },
    });
    const noText = article(
      tweetHtml({
        handle: 'quoter',
        statusId: '201',
        quote: { handle: 'quoted', name: 'Q', textHtml: '<span>original</span>' },
      }),
    );
    expect(readTweet(noText)).toMatchObject({ person: { handle: 'quoter' }, tweet: { statusId: '201', text: '' } });
  });

  it('uses the time link, not an earlier /photo/1 link, on a status page layout', () => {
    const a = article(tweetHtml({ handle: 'focus_me', statusId: '300', focused: true, photo: true, textHtml: 't' }));
    expect(a.getAttribute('tabindex')).toBe('-1');
    expect(readTweet(a)?.tweet).toMatchObject({ statusId: '300', url: 'https://x.com/focus_me/status/300' });
  });

  it("falls back to the author's own status link when X shows no <time>", () => {
    const a = article(tweetHtml({ handle: 'no_time', statusId: '400', textHtml: 't' }));
    a.querySelectorAll('time').forEach((t) => t.remove());
    expect(readTweet(a)?.tweet?.statusId).toBe('400');
  });

  it('falls back to the first profile link (skipping the reposter) without User-Name', () => {
    const a = article(tweetHtml({ handle: 'plain_link', repostedBy: 'someone_else', statusId: '9', textHtml: 't' }));
    a.querySelector('[data-testid="User-Name"]')?.remove();
    expect(readTweet(a)).toMatchObject({ person: { handle: 'plain_link' }, tweet: { statusId: '9' } });
  });

  it('drops X\'s pseudo languages (emoji-only "art") but keeps the text', () => {
    const a = article(
      tweetHtml({
        handle: 'emoji',
        statusId: '1',
        lang: 'art',
        textHtml: '<img alt="🔥" src="data:,"><img alt="🔥" src="data:,">',
      }),
    );
    const tweet = readTweet(a)?.tweet;
    expect(tweet?.text).toBe('🔥🔥');
    expect(tweet && 'lang' in tweet).toBe(false);
  });

  it('gives the person without a tweet when there is no permalink, and null without any handle', () => {
    const noLink = article(tweetHtml({ handle: 'draft_only', textHtml: 't' }));
    expect(readTweet(noLink)).toEqual({ person: { handle: 'draft_only', name: 'draft_only' } });
    const nothing = article('<article data-testid="tweet"><div data-testid="tweetText">orphan</div></article>');
    expect(readTweet(nothing)).toBeNull();
  });
});

describe('tweetFromReplyClick', () => {
  it('reads the tweet whose Reply button (or its icon) was clicked', () => {
    const host = mount(
      tweetHtml({ handle: 'clicker', statusId: '11', textHtml: 'help' }) +
        tweetHtml({ handle: 'other', statusId: '12' }),
    );
    let seen: ReturnType<typeof tweetFromReplyClick> = null;
    document.addEventListener('click', (e) => (seen = tweetFromReplyClick(e)), { capture: true, once: true });
    host
      .querySelector('[data-testid="reply"] path')
      ?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(seen).toMatchObject({ person: { handle: 'clicker' }, tweet: { statusId: '11' } });
  });

  it('ignores clicks elsewhere', () => {
    const host = mount(tweetHtml({ handle: 'clicker', statusId: '11' }));
    let seen: ReturnType<typeof tweetFromReplyClick> | undefined;
    document.addEventListener('click', (e) => (seen = tweetFromReplyClick(e)), { capture: true, once: true });
    host.querySelector('[data-testid="like"]')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(seen).toBeNull();
  });
});

describe('X numeric user id (the Follow button testid)', () => {
  it("reads the author's id from `<id>-follow` and `<id>-unfollow`", () => {
    const follow = article(
      tweetHtml({
        handle: 'bora_kim',
        statusId: '1900000000000000001',
        focused: true,
        textHtml: 'hi',
        followId: '2728439146',
      }),
    );
    expect(readTweet(follow)?.person).toEqual({ handle: 'bora_kim', name: 'bora_kim', userId: '2728439146' });
    document.body.innerHTML = '';
    const following = article(
      tweetHtml({
        handle: 'bora_kim',
        statusId: '1900000000000000001',
        textHtml: 'hi',
        followId: '2728439146',
        following: true,
      }),
    );
    expect(readTweet(following)?.person.userId).toBe('2728439146');
  });

  it("never takes the id of the quoted post's author, and gives none without a Follow button", () => {
    const quoting = article(
      tweetHtml({
        handle: 'bora_kim',
        statusId: '1900000000000000001',
        textHtml: 'look',
        quote: { handle: 'other_one', name: 'Other', textHtml: 'q', followId: '999' },
      }),
    );
    expect(readTweet(quoting)?.person).toEqual({ handle: 'bora_kim', name: 'bora_kim' });
  });

  it('ignores a testid ending in -follow that is not a number', () => {
    const odd = article(
      tweetHtml({ handle: 'bora_kim', statusId: '1900000000000000001', textHtml: 'x', followId: 'abc' }),
    );
    expect(readTweet(odd)?.person.userId).toBeUndefined();
  });
});
