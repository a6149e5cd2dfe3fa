// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { listTweetArticles, readListTweet } from '@/utils/x/list-tweet';
import { mount, tweetHtml } from './fragments';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('reading a post in one of X’s lists', () => {
  it('reads the status id, the time and the author from the permalink, never from a quoted post', () => {
    const root = mount(
      tweetHtml({ handle: 'Bora_Kim', statusId: '1900000000000000001', textHtml: 'hi', photo: true }) +
        tweetHtml({
          handle: 'minji_kim',
          statusId: '1900000000000000002',
          absolute: true,
          quote: { handle: 'other', name: 'Other', photoOfStatus: '1800000000000000009' },
        }),
    );
    const [first, second] = listTweetArticles(root);
    expect(readListTweet(first as Element)).toEqual({
      statusId: '1900000000000000001',
      postedAt: Date.parse('2025-11-20T10:00:00.000Z'),
      author: 'bora_kim',
    });
    expect(readListTweet(second as Element)?.statusId).toBe('1900000000000000002');
  });

  it('gives nothing for the open post of a status page, and no time for a time X does not give', () => {
    const root = mount(
      tweetHtml({ handle: 'bora_kim', statusId: '1900000000000000001', focused: true }) +
        tweetHtml({ handle: 'jihoon', statusId: '1900000000000000003' }).replace(
          'datetime="2025-11-20T10:00:00.000Z"',
          'datetime="soon"',
        ) +
        tweetHtml({ handle: 'nolink' }),
    );
    const [focused, odd, noLink] = listTweetArticles(root);
    expect(readListTweet(focused as Element)).toBeNull();
    expect(readListTweet(odd as Element)).toEqual({
      statusId: '1900000000000000003',
      postedAt: null,
      author: 'jihoon',
    });
    expect(readListTweet(noLink as Element)).toBeNull();
  });

  it('skips a quoted post’s permalink even when it comes first in the card', () => {
    const root = mount(`<article data-testid="tweet" tabindex="0">
      <div role="link" tabindex="0"><a href="/quoted/status/1800000000000000009"><time datetime="2025-11-19T10:00:00.000Z">1d</time></a></div>
      <div data-testid="User-Name"><a href="/own_author/status/1900000000000000005"><time datetime="2025-11-20T10:00:00.000Z">3m</time></a></div>
    </article>`);
    expect(readListTweet(listTweetArticles(root)[0] as Element)).toMatchObject({
      statusId: '1900000000000000005',
      author: 'own_author',
    });
  });
});
