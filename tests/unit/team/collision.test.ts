import { describe, expect, it } from 'vitest';
import type { BrandReply } from '@/utils/messaging/protocol';
import {
  collisionsFor,
  sameReplyText,
  type CollisionInput,
  type LiveAnswer,
  type LoggedReply,
} from '@/utils/team/collision';
import { ownSends } from '@/entrypoints/x.content/own-sends';

const POST = '1991000000000000101';
const OPENED = '2026-12-07T10:00:00.000Z';
const ME = 'agent-seoyeon';
const JIMIN = { agentId: 'agent-jimin', name: '지민' };

const logged = (over: Partial<LoggedReply> = {}): LoggedReply => ({
  kind: 'reply-sent',
  statusId: POST,
  at: '2026-12-07T10:02:00.000Z',
  text: '확인해 드렸습니다',
  clientId: 'c1',
  by: JIMIN,
  ...over,
});
const live = (over: Partial<LiveAnswer> = {}): LiveAnswer => ({
  postId: POST,
  state: 'answered',
  agentId: JIMIN.agentId,
  agentName: JIMIN.name,
  at: '2026-12-07T10:03:00.000Z',
  text: '라이브 답장',
  ...over,
});
const brand = (over: Partial<BrandReply> = {}): BrandReply => ({
  statusId: '1993000000000000001',
  handle: 'acme_care',
  name: 'Acme Care',
  at: '2026-12-07T10:04:00.000Z',
  text: '@minji_kim 폰에서 보낸 답장',
  sentHere: false,
  ...over,
});
const input = (over: Partial<CollisionInput>): CollisionInput => ({
  statusId: POST,
  openedAt: OPENED,
  me: ME,
  logged: [],
  live: [],
  thread: [],
  ...over,
});
const who = (i: CollisionInput) => collisionsFor(i).map((c) => `${c.source}:${c.name}`);

describe('collisionsFor: which answers the agent hears about', () => {
  it("a colleague's logged reply, a live answer and a brand reply in the thread, newest first", () => {
    const found = collisionsFor(input({ logged: [logged()], live: [live()], thread: [brand()] }));
    expect(found.map((c) => [c.source, c.name, c.text])).toEqual([
      ['thread', 'Acme Care', '@minji_kim 폰에서 보낸 답장'],
      ['live', '지민', '라이브 답장'],
      ['team', '지민', '확인해 드렸습니다'],
    ]);
    expect(new Set(found.map((c) => c.key)).size).toBe(3);
  });

  it('only answers at or after the opening of the post', () => {
    const before = '2026-12-07T09:59:59.999Z';
    expect(
      who(input({ logged: [logged({ at: before })], live: [live({ at: before })], thread: [brand({ at: before })] })),
    ).toEqual([]);
    expect(who(input({ logged: [logged({ at: OPENED })] }))).toEqual(['team:지민']);
    // A brand reply whose time X does not show cannot be placed after the opening.
    expect(who(input({ thread: [brand({ at: undefined })] }))).toEqual([]);
  });

  it("never this agent's own: its logged and live replies, and the brand reply it sent from this tab", () => {
    const mine = { agentId: ME, name: '서연' };
    expect(
      who(
        input({ logged: [logged({ by: mine })], live: [live({ agentId: ME })], thread: [brand({ sentHere: true })] }),
      ),
    ).toEqual([]);
    // A reply logged before joining (no author) is this machine's own.
    expect(who(input({ logged: [logged({ by: undefined })] }))).toEqual([]);
  });

  it('solo, or before the team status is known: only the thread counts', () => {
    expect(who(input({ me: undefined, logged: [logged()], live: [live()], thread: [brand()] }))).toEqual([
      'thread:Acme Care',
    ]);
  });

  it('this post only', () => {
    const other = '1991000000000000999';
    expect(
      who(
        input({
          logged: [logged({ statusId: other }), logged({ statusId: undefined })],
          live: [live({ postId: other })],
        }),
      ),
    ).toEqual([]);
  });

  it('only replies: notes, handoffs and handed-off live messages are not answers', () => {
    expect(
      who(
        input({
          logged: [logged({ kind: 'note' }), logged({ kind: 'handoff' })],
          live: [live({ state: 'handed-off' })],
        }),
      ),
    ).toEqual([]);
  });

  it("tells a colleague's reply once: its live message and its copy in X's thread join the logged one", () => {
    const text = '@minji_kim 안녕하세요, 확인해 드렸습니다 https://acme.example/help';
    const found = collisionsFor(
      input({
        logged: [logged({ text })],
        live: [live({ at: logged().at, text })],
        thread: [brand({ text: '@minji_kim 안녕하세요,  확인해 드렸습니다 acme.example/he…' })],
      }),
    );
    expect(found.map((c) => `${c.source}:${c.name}`)).toEqual(['team:지민']);
  });

  it('the brand reply shows its handle when X shows no display name', () => {
    expect(collisionsFor(input({ thread: [brand({ name: undefined })] }))[0]?.name).toBe('@acme_care');
  });
});

describe('sameReplyText and what this tab sent', () => {
  it('matches across leading mentions, links and whitespace; never two empty texts', () => {
    expect(sameReplyText('@a @b Hi there', 'Hi  there')).toBe(true);
    expect(sameReplyText('Hi there', 'Hi where')).toBe(false);
    expect(sameReplyText('@a', '@b')).toBe(false);
  });

  it('remembers sends per post', () => {
    const sent = ownSends();
    sent.note(POST, '@minji_kim 확인해 드릴게요');
    expect(sent.sentHere(POST, '확인해 드릴게요')).toBe(true);
    expect(sent.sentHere('1991000000000000102', '확인해 드릴게요')).toBe(false);
    expect(sent.sentHere(POST, '다른 답장')).toBe(false);
  });
});
