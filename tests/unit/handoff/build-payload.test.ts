import { describe, expect, it } from 'vitest';
import type { CustomerEventRecord, CustomerRecord } from '@/utils/db/types';
import { buildHandoffPayload, HISTORY_IN_CASE, type CaseInput } from '@/utils/handoff/build-payload';

const customer: CustomerRecord = {
  handle: 'minji_kim',
  displayHandle: 'Minji_Kim',
  name: '김민지',
  customerId: 'C-1001',
  phone: '010-1234-5678',
  phoneDigits: '01012345678',
  email: 'minji@example.kr',
  plan: '5G 프리미엄',
  tags: ['vip'],
  attributes: { 매장: '강남', 등급: 'VIP' },
  note: 'CRM 메모',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
};

const ev = (at: string, kind: CustomerEventRecord['kind'], text?: string): CustomerEventRecord => ({
  id: Date.parse(at),
  customerHandle: 'minji_kim',
  kind,
  at,
  agent: '박상담',
  text,
});

function input(extra: Partial<CaseInput> = {}): CaseInput {
  return {
    id: '5f0c7f3e-8a53-4a8e-9d55-0c6f2b1e9a01',
    createdAt: '2026-11-29T05:03:00.000Z',
    agentName: '박상담',
    handle: '@minji_kim',
    customer,
    conversation: {
      url: 'https://x.com/minji_kim/status/1991000000000000101',
      statusId: '1991000000000000101',
      text: '데이터가 안 돼요.',
      lang: 'ko',
    },
    reason: '개통 · Activation',
    priority: 'high',
    note: '유심 재발급 필요해 보임',
    history: [],
    ...extra,
  };
}

describe('buildHandoffPayload', () => {
  it('follows the contract: format, version, ids, agent, customer, conversation, case fields', () => {
    expect(buildHandoffPayload(input({ callbackPhone: '+821098765432' }))).toEqual({
      format: 'careline-handoff',
      version: 1,
      id: '5f0c7f3e-8a53-4a8e-9d55-0c6f2b1e9a01',
      createdAt: '2026-11-29T05:03:00.000Z',
      agent: { name: '박상담' },
      // The handle as X shows it (the record's case), the CRM id as `id`; nothing else of the record.
      customer: {
        handle: 'Minji_Kim',
        name: '김민지',
        id: 'C-1001',
        phone: '010-1234-5678',
        attributes: { plan: '5G 프리미엄', email: 'minji@example.kr', 매장: '강남', 등급: 'VIP' },
      },
      conversation: {
        url: 'https://x.com/minji_kim/status/1991000000000000101',
        statusId: '1991000000000000101',
        text: '데이터가 안 돼요.',
        lang: 'ko',
      },
      reason: '개통 · Activation',
      priority: 'high',
      note: '유심 재발급 필요해 보임',
      callbackPhone: '+821098765432',
      history: [],
    });
  });

  it('has no callbackPhone key unless one was given', () => {
    expect(buildHandoffPayload(input())).not.toHaveProperty('callbackPhone');
    expect(buildHandoffPayload(input({ callbackPhone: '' }))).not.toHaveProperty('callbackPhone');
  });

  it('keeps no undefined or empty keys in conversation and customer (JSON and exact comparisons agree)', () => {
    const p = buildHandoffPayload(
      input({
        customer: { ...customer, name: undefined, customerId: undefined, phone: '' },
        conversation: { url: 'https://x.com/minji_kim/status/1', statusId: undefined, text: '', lang: undefined },
      }),
    );
    expect(p.conversation).toEqual({ url: 'https://x.com/minji_kim/status/1' });
    expect(Object.keys(p.conversation)).toEqual(['url']);
    expect(Object.keys(p.customer)).toEqual(['handle', 'attributes']);
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });

  it('uses the handle without @ and the name X showed when Careline has no record', () => {
    const p = buildHandoffPayload(input({ customer: undefined, handle: '@New_Person', seenName: '새 고객' }));
    expect(p.customer).toEqual({ handle: 'New_Person', name: '새 고객', attributes: {} });
  });

  it("prefers the record's name over the one X showed", () => {
    expect(buildHandoffPayload(input({ seenName: 'display name' })).customer.name).toBe('김민지');
  });

  it('sends replies, notes and handoffs; drops drafts, tag changes and imports', () => {
    const history = [
      ev('2026-11-29T04:00:00.000Z', 'handoff', '요금 · Billing'),
      ev('2026-11-29T03:00:00.000Z', 'reply-draft', '초안은 보내지 않았음'),
      ev('2026-11-29T02:30:00.000Z', 'tag-added', 'vip'),
      ev('2026-11-29T02:00:00.000Z', 'note', '고객이 매장 방문 어려움'),
      ev('2026-11-28T05:00:00.000Z', 'tag-removed', 'new'),
      ev('2026-11-28T01:00:00.000Z', 'reply-sent', '확인 후 안내드리겠습니다.'),
      ev('2026-01-01T00:00:00.000Z', 'import', 'CSV'),
    ];
    expect(buildHandoffPayload(input({ history })).history).toEqual([
      { at: '2026-11-29T04:00:00.000Z', kind: 'handoff', text: '요금 · Billing' },
      { at: '2026-11-29T02:00:00.000Z', kind: 'note', text: '고객이 매장 방문 어려움' },
      { at: '2026-11-28T01:00:00.000Z', kind: 'reply', text: '확인 후 안내드리겠습니다.' },
    ]);
  });

  it(`sends at most ${HISTORY_IN_CASE} entries, the newest, newest first, counting only what is sent`, () => {
    const replies = Array.from({ length: 15 }, (_, i) =>
      ev(`2026-11-${String(29 - i).padStart(2, '0')}T01:00:00.000Z`, 'reply-sent', `답장 ${i}`),
    );
    // A draft between every reply (newest first, as the history reads): drafts do not use up the ten.
    const history = replies.flatMap((r) => [r, ev(r.at.replace('T01', 'T00'), 'reply-draft', 'draft')]);
    const sent = buildHandoffPayload(input({ history })).history;
    expect(HISTORY_IN_CASE).toBe(10);
    expect(sent.map((h) => h.text)).toEqual(replies.slice(0, 10).map((r) => r.text));
    expect(sent.every((h) => h.kind === 'reply')).toBe(true);
    const ats = sent.map((h) => h.at);
    expect([...ats].sort().reverse()).toEqual(ats);
  });

  it('does not mutate the record or its attributes', () => {
    const p = buildHandoffPayload(input());
    p.customer.attributes.extra = 'x';
    expect(customer.attributes).toEqual({ 매장: '강남', 등급: 'VIP' });
  });
});
