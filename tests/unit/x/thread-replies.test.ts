// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { openPostCard, readThreadReplies } from '@/utils/x/thread-replies';
import { tweetHtml, type TweetSpec } from './fragments';

const POST = '1991000000000000101';
const URL = `https://x.com/minji_kim/status/${POST}`;

/** A card whose permalink time is `at` (the fragments' own time otherwise). */
function card(spec: TweetSpec, at?: string): string {
  const html = tweetHtml(spec);
  return at ? html.replace('2025-11-20T10:00:00.000Z', at) : html;
}

/** A status page: the conversation's cells (ancestor, open post, reply box, replies, then `after`). */
function statusPage(replies: string[], after = ''): Document {
  document.body.innerHTML = `<div id="react-root"><main role="main"><div data-testid="primaryColumn">
    <section role="region"><div aria-label="Timeline: Conversation"><div>
      ${card({ handle: 'acme_care', name: 'Acme Care', statusId: '1991000000000000100', textHtml: 'Earlier brand post' })}
      ${card({ handle: 'minji_kim', name: '김민지', statusId: POST, textHtml: '인터넷이 안 돼요', focused: true })}
      <div data-testid="cellInnerDiv"><div data-testid="tweetTextarea_0"></div></div>
      ${replies.join('\n')}
      ${after}
    </div></div></section></div></main></div>`;
  return document;
}

const brandReply = (id: string, text: string, at?: string) =>
  card({ handle: 'acme_care', name: 'Acme Care', statusId: id, textHtml: text }, at);

describe('readThreadReplies', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it("reads the replies under the open post, never what is above it, and flags the signed-in account's", () => {
    const doc = statusPage([
      card({ handle: 'jihoon_park', name: '박지훈', statusId: '201', textHtml: '저도요' }),
      brandReply('202', '@minji_kim 확인해 드릴게요', '2026-12-07T10:05:00.000Z'),
    ]);
    const focused = openPostCard(doc, URL, POST);
    expect(focused?.getAttribute('tabindex')).toBe('-1');
    const replies = readThreadReplies(focused!, 'Acme_Care');
    expect(replies).toEqual([
      {
        statusId: '201',
        handle: 'jihoon_park',
        name: '박지훈',
        text: '저도요',
        at: '2025-11-20T10:00:00.000Z',
        byAccount: false,
      },
      {
        statusId: '202',
        handle: 'acme_care',
        name: 'Acme Care',
        text: '@minji_kim 확인해 드릴게요',
        at: '2026-12-07T10:05:00.000Z',
        byAccount: true,
      },
    ]);
  });

  it('flags nobody when the signed-in account is not known', () => {
    const doc = statusPage([brandReply('202', 'Hello')]);
    expect(readThreadReplies(openPostCard(doc, URL, POST)!, undefined).map((r) => r.byAccount)).toEqual([false]);
  });

  it('stops at the next section of the timeline ("Discover more" is not replies)', () => {
    const doc = statusPage(
      [brandReply('202', 'Under the post')],
      `<div data-testid="cellInnerDiv"><div><h2 role="heading" aria-level="2">Discover more</h2></div></div>
       ${brandReply('203', 'Another post of the brand, elsewhere')}`,
    );
    expect(readThreadReplies(openPostCard(doc, URL, POST)!, 'acme_care').map((r) => r.statusId)).toEqual(['202']);
  });

  it("a reply with no readable time has none (it is never placed after the agent's opening)", () => {
    const doc = statusPage([brandReply('202', 'No time', 'not a date')]);
    const [reply] = readThreadReplies(openPostCard(doc, URL, POST)!, 'acme_care');
    expect(reply?.at).toBeUndefined();
  });

  it('without timeline cells, reads the cards after the open post in its column', () => {
    const doc = statusPage([brandReply('202', 'Under the post')]);
    for (const cell of Array.from(doc.querySelectorAll('[data-testid="cellInnerDiv"]')))
      cell.setAttribute('data-testid', 'renamed');
    expect(readThreadReplies(openPostCard(doc, URL, POST)!, 'acme_care').map((r) => r.statusId)).toEqual(['202']);
  });

  it("has no open post on another post's page, or for a post shown only as a reply", () => {
    const doc = statusPage([brandReply('202', 'Under the post')]);
    expect(openPostCard(doc, 'https://x.com/acme_care/status/202', POST)).toBeNull();
    expect(openPostCard(doc, 'https://x.com/home', POST)).toBeNull();
  });
});
