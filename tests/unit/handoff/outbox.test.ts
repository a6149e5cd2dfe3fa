import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { customersRepo } from '@/utils/db/customers-repo';
import { eventsRepo } from '@/utils/db/events-repo';
import { handoffsRepo } from '@/utils/db/handoffs-repo';
import { queueHandoff, type HandoffRequest } from '@/utils/handoff/outbox';
import type { DeliveryMethod } from '@/utils/handoff/types';
import { clearSharedDatabase } from '../fresh-db';

// queueHandoff uses the shared database (one per extension context): emptied after each test.
afterEach(clearSharedDatabase);

const NOW = new Date('2026-11-29T05:03:00.000Z');

function request(extra: Partial<HandoffRequest> = {}): HandoffRequest {
  return {
    id: '5f0c7f3e-8a53-4a8e-9d55-0c6f2b1e9a01',
    handle: '@Minji_Kim',
    conversation: {
      url: 'https://x.com/Minji_Kim/status/1991000000000000101',
      statusId: '1991000000000000101',
      text: '데이터가 안 돼요.',
      lang: 'ko',
    },
    reason: '개통 · Activation',
    priority: 'high',
    note: '유심 재발급 필요해 보임',
    method: 'webhook',
    agentName: '박상담',
    ...extra,
  };
}

async function knownCustomer() {
  await customersRepo().upsert({
    handle: 'Minji_Kim',
    name: '김민지',
    customerId: 'C-1001',
    attributes: { 매장: '강남' },
  });
  await customersRepo().addNote({
    customerHandle: 'minji_kim',
    at: '2026-11-28T02:00:00.000Z',
    text: '고객이 매장 방문 어려움',
  });
  await eventsRepo().add({
    customerHandle: 'minji_kim',
    kind: 'reply-draft',
    at: '2026-11-28T03:00:00.000Z',
    text: '초안',
  });
}

describe('queueHandoff', () => {
  it('webhook: queued in the outbox with its payload, event and card entry, due now', async () => {
    await knownCustomer();
    const h = await queueHandoff(request(), NOW);
    expect(h).toMatchObject({
      id: '5f0c7f3e-8a53-4a8e-9d55-0c6f2b1e9a01',
      customerHandle: 'minji_kim',
      method: 'webhook',
      status: 'queued',
      attempts: 0,
      nextAttemptAt: NOW.getTime(),
      createdAt: NOW.toISOString(),
    });
    expect(h.sentAt).toBeUndefined();
    expect(h.payload).toMatchObject({
      id: h.id,
      createdAt: NOW.toISOString(),
      agent: { name: '박상담' },
      reason: '개통 · Activation',
      priority: 'high',
      customer: { handle: 'Minji_Kim', name: '김민지', id: 'C-1001', attributes: { 매장: '강남' } },
      history: [{ at: '2026-11-28T02:00:00.000Z', kind: 'note', text: '고객이 매장 방문 어려움' }],
    });
    expect((await handoffsRepo().pending()).map((p) => p.id)).toEqual([h.id]);
    const events = await eventsRepo().newest('minji_kim');
    expect(events[0]).toMatchObject({
      id: h.eventId,
      kind: 'handoff',
      handoffId: h.id,
      at: NOW.toISOString(),
      agent: '박상담',
      statusId: '1991000000000000101',
      text: '개통 · Activation: 유심 재발급 필요해 보임',
    });
    expect((await customersRepo().get('minji_kim'))?.handoffs).toEqual([
      { id: h.id, reason: '개통 · Activation', createdAt: NOW.toISOString(), status: 'queued' },
    ]);
  });

  it.each<DeliveryMethod>(['email', 'crm'])(
    '%s: logged as sent when it opens, never in the webhook queue',
    async (method) => {
      await knownCustomer();
      const h = await queueHandoff(request({ method }), NOW);
      expect(h).toMatchObject({ method, status: 'sent', sentAt: NOW.toISOString(), attempts: 0 });
      expect(await handoffsRepo().get(h.id)).toMatchObject({ status: 'sent', sentAt: NOW.toISOString() });
      expect(await handoffsRepo().pending()).toEqual([]);
      expect(await handoffsRepo().claim(h.id, NOW.getTime() + 60_000, 25_000)).toBeUndefined();
      expect((await customersRepo().get('minji_kim'))?.handoffs?.[0]).toMatchObject({ id: h.id, status: 'sent' });
    },
  );

  it('pressing Send twice queues one handoff with one event', async () => {
    const first = await queueHandoff(request(), NOW);
    const second = await queueHandoff(request({ note: 'changed' }), new Date(NOW.getTime() + 1000));
    expect(second).toEqual(first);
    expect((await handoffsRepo().pending()).map((h) => h.id)).toEqual([first.id]);
    expect((await eventsRepo().newest('minji_kim')).filter((e) => e.kind === 'handoff')).toHaveLength(1);
  });

  it('a customer Careline did not know gets a record with the name X showed, and the case carries it', async () => {
    const h = await queueHandoff(request({ handle: '@New_Person', seenName: '새 고객', note: '' }), NOW);
    expect(h.customerHandle).toBe('new_person');
    expect(h.payload.customer).toEqual({ handle: 'New_Person', name: '새 고객', attributes: {} });
    expect(h.payload.history).toEqual([]);
    expect(await customersRepo().get('new_person')).toMatchObject({ displayHandle: 'New_Person', name: '새 고객' });
    // No note: the event's text is the reason alone.
    expect((await eventsRepo().newest('new_person'))[0]).toMatchObject({ kind: 'handoff', text: '개통 · Activation' });
  });

  it('stores callbackPhone in the payload only when the agent gave one', async () => {
    const without = await queueHandoff(request({ id: 'a' }), NOW);
    const withPhone = await queueHandoff(request({ id: 'b', callbackPhone: '+821098765432' }), NOW);
    expect(without.payload).not.toHaveProperty('callbackPhone');
    expect(withPhone.payload.callbackPhone).toBe('+821098765432');
  });
});
