/**
 * The brand account a reply or a handoff went out as: kept on the logged event lower-case (X compares
 * handles case-insensitively), dropped when it is not a handle (the content script's word is not
 * trusted as is), and pushed to the team only on the kinds the wire says carry it.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { logSentReply } from '@/utils/customers/history-service';
import { eventsRepo } from '@/utils/db/events-repo';
import { wireEvent } from '@/utils/db/team-outbox-repo';
import type { CustomerEventRecord } from '@/utils/db/types';
import { freshDbs } from '../fresh-db';

const freshDb = freshDbs('event-account');
beforeEach(() => fakeBrowser.reset());

describe('the account on a logged reply', () => {
  it('is kept lower-case, and left out when it is not an X handle', async () => {
    const events = eventsRepo(freshDb());
    const reply = (account: unknown, text: string) =>
      logSentReply({ customer: { handle: 'minji_kim' }, text, account } as Parameters<typeof logSentReply>[0], events);
    await reply('Acme_Careers', 'one');
    await reply('acme careers <b>', 'two');
    await reply(undefined, 'three');
    const logged = await events.newest('minji_kim');
    expect(Object.fromEntries(logged.map((e) => [e.text, e.account]))).toEqual({
      one: 'acme_careers',
      two: undefined,
      three: undefined,
    });
  });
});

describe('the account on the wire', () => {
  const event = (kind: CustomerEventRecord['kind'], account?: string): CustomerEventRecord => ({
    customerHandle: 'minji_kim',
    kind,
    at: '2026-12-08T00:00:00.000Z',
    text: 'Thanks!',
    clientId: `c-${kind}`,
    ...(account ? { account } : {}),
  });

  it('goes with replies and handoffs, lower-case', () => {
    expect(wireEvent(event('reply-sent', 'Acme_Careers'), undefined)).toMatchObject({ account: 'acme_careers' });
    expect(wireEvent(event('handoff', 'acme_care'), undefined)).toMatchObject({
      kind: 'handoff',
      account: 'acme_care',
    });
    expect(wireEvent(event('handoff-sent', 'acme_care'), undefined)).toMatchObject({ account: 'acme_care' });
  });

  it('not with notes, and not when it is not a handle', () => {
    expect(wireEvent(event('note', 'acme_care'), undefined)).not.toHaveProperty('account');
    expect(wireEvent(event('reply-sent', 'not a handle'), undefined)).not.toHaveProperty('account');
    expect(wireEvent(event('reply-sent'), undefined)).not.toHaveProperty('account');
  });
});
