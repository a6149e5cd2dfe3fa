import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { logSentReply } from '@/utils/customers/history-service';
import { customersRepo } from '@/utils/db/customers-repo';
import { eventsRepo } from '@/utils/db/events-repo';
import { rememberLookedUp } from '@/utils/team/looked-up';
import { capLoggedReply, MAX_LOGGED_REPLY_CHARS } from '@/utils/messaging/protocol';
import { freshDbs } from '../fresh-db';

const freshDb = freshDbs('history');
beforeEach(() => fakeBrowser.reset());

describe('logging a sent reply', () => {
  it('caps the text in the background, whatever length the content script sends', async () => {
    const db = freshDb();
    const events = eventsRepo(db);
    const forged = 'FORGED: customer agreed to cancel… '.repeat(6000);
    await logSentReply({ customer: { handle: 'minji_kim' }, text: forged }, events, '2026-11-29T00:00:00.000Z');
    await logSentReply(
      { customer: { handle: 'minji_kim' }, text: '확인했습니다.' },
      events,
      '2026-11-29T00:00:01.000Z',
    );
    const [short, long] = await events.newest('minji_kim');
    expect(short?.text).toBe('확인했습니다.');
    expect(long?.text?.length).toBe(MAX_LOGGED_REPLY_CHARS);
    expect(long?.text?.endsWith('…')).toBe(true);
  });

  it('never cuts a character in half', () => {
    const text = `${'a'.repeat(MAX_LOGGED_REPLY_CHARS - 2)}😀😀😀`;
    const capped = capLoggedReply(text);
    expect(capped.length).toBeLessThanOrEqual(MAX_LOGGED_REPLY_CHARS);
    expect(capped).toBe(`${'a'.repeat(MAX_LOGGED_REPLY_CHARS - 2)}…`);
    expect(capLoggedReply('a'.repeat(MAX_LOGGED_REPLY_CHARS))).toHaveLength(MAX_LOGGED_REPLY_CHARS);
  });

  it("shares a reply with the team only for a customer the team's record holds or the panel opened", async () => {
    const db = freshDb();
    const events = eventsRepo(db);
    const customers = customersRepo(db);
    const team = { author: { agentId: 'a-1', name: '서연' }, customers };
    const reply = (handle: string) => ({
      customer: { handle },
      text: '확인했습니다.',
      statusId: '1994000000000000003',
    });
    // Named by the content script alone: stays in this browser.
    expect((await logSentReply(reply('jihoon_park'), events, undefined, team)).queued).toBe(false);
    // Opened in the panel (its lookup): shared, so the post is marked answered for the team.
    await rememberLookedUp('@Jihoon_Park');
    expect((await logSentReply(reply('jihoon_park'), events, undefined, team)).queued).toBe(true);
    expect((await logSentReply(reply('sarah_j_miller'), events, undefined, team)).queued).toBe(false);
    // Solo: never.
    expect((await logSentReply(reply('jihoon_park'), events, undefined, {})).queued).toBe(false);
  });
});

describe("a sent reply's topic, place and template", () => {
  const POST = '1994000000000000003';

  it('are kept on the event and go to the team on the wire event', async () => {
    const db = freshDb();
    const events = eventsRepo(db);
    const customers = customersRepo(db);
    await rememberLookedUp('minji_kim');
    const team = { author: { agentId: 'a-1', name: '서연' }, customers };
    await logSentReply(
      {
        customer: { handle: 'minji_kim' },
        text: '강남 일대 LTE 장애를 확인하고 복구 중입니다.',
        statusId: POST,
        templateId: 'careline:incident:inc-1:holding',
        topic: 'outage',
        place: '강남역',
        templateTitle: 'LTE 장애 강남',
      },
      events,
      '2026-12-08T00:00:00.000Z',
      team,
    );
    const [event] = await events.newest('minji_kim');
    expect(event).toMatchObject({ topic: 'outage', place: '강남역', templateTitle: 'LTE 장애 강남' });
    const [row] = await db.teamOutbox.toArray();
    expect(row?.event).toMatchObject({
      kind: 'reply-sent',
      statusId: POST,
      topic: 'outage',
      place: '강남역',
      templateId: 'careline:incident:inc-1:holding',
      templateTitle: 'LTE 장애 강남',
    });
  });

  it("keep only what has the wire's shape: the content script runs in x.com's renderer", async () => {
    const db = freshDb();
    const events = eventsRepo(db);
    await logSentReply(
      {
        customer: { handle: 'minji_kim' },
        text: '확인했습니다.',
        topic: 'Outage; DROP TABLE',
        place: '강'.repeat(41),
        templateTitle: '   ',
      },
      events,
    );
    const [event] = await events.newest('minji_kim');
    expect(event?.topic).toBeUndefined();
    expect(event?.place).toBeUndefined();
    expect(event?.templateTitle).toBeUndefined();
  });
});
