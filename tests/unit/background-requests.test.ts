import { describe, expect, it } from 'vitest';
import type { BackgroundHandlers, BackgroundRequest } from '@/utils/messaging/background-api';
import { isBackgroundRequest, parseBackgroundRequest } from '@/utils/messaging/background-requests';
import { answerWith } from '@/utils/messaging/request-map';

const answered: string[] = [];
const handlers: BackgroundHandlers = {
  'careline:shortcut-suggest': async ({ prefix }) => [{ id: 't1', title: prefix, shortcut: prefix }],
  'careline:shortcut-render': async ({ id }) => ({ kind: 'text', text: `rendered ${id}` }),
  'careline:reply-sent': async ({ reply }) => (answered.push(reply.text), { ok: true }),
  'careline:handoff-queued': async () => ({ ok: true }),
  'careline:open-tab': async ({ url }) => ({ ok: url.startsWith('https:') }),
  'careline:open-settings': async () => ({ ok: true }),
  'careline:team-status': async () => ({ state: 'solo' }),
  'careline:team-lookup': async () => ({ state: 'connected', found: false }),
  'careline:team-watch': async () => ({ state: 'connected', changed: false }),
  'careline:team-queued': async () => ({ ok: true }),
  'careline:team-live-ticket': async () => ({ state: 'solo' }),
  'careline:team-claims': async () => ({ state: 'solo' }),
  'careline:team-claim': async () => ({ state: 'solo' }),
  'careline:team-release': async () => ({ state: 'solo' }),
  'careline:queue-marks': async () => ({ state: 'solo', version: 1, targetMinutes: 60, clockOffsetMs: 0, marks: [] }),
  'careline:lead-desk': async () => ({ state: 'solo' }),
  'careline:lead-incidents': async () => ({ state: 'solo' }),
  'careline:lead-incident-open': async () => ({ state: 'solo' }),
  'careline:lead-incident-resolve': async () => ({ state: 'solo' }),
  'careline:lead-topic-export': async () => ({ state: 'solo' }),
  'careline:desk-incidents': async () => ({ state: 'solo' }),
  'careline:desk-attach': async () => ({ state: 'solo' }),
  'careline:desk-next-fix': async () => ({ state: 'solo' }),
  'careline:desk-fixed': async () => ({ state: 'solo' }),
  'careline:desk-topic': async () => ({ state: 'solo' }),
};

describe('the background checks each request at its door', () => {
  it('takes every request type of the map with its own fields, and drops fields it does not take', () => {
    expect(parseBackgroundRequest({ type: 'careline:open-tab', url: 'https://x.example', extra: '<img>' })).toEqual({
      type: 'careline:open-tab',
      url: 'https://x.example',
    });
    expect(parseBackgroundRequest({ type: 'careline:shortcut-suggest', prefix: 'th', lang: 'ko' })).toEqual({
      type: 'careline:shortcut-suggest',
      prefix: 'th',
      lang: 'ko',
    });
    expect(parseBackgroundRequest({ type: 'careline:handoff-queued' })).toEqual({ type: 'careline:handoff-queued' });
    expect(parseBackgroundRequest({ type: 'careline:queue-marks', since: 7 })).toEqual({
      type: 'careline:queue-marks',
      since: 7,
    });
  });

  it('refuses unknown types, inherited names and fields of the wrong shape', () => {
    for (const bad of [
      null,
      'careline:open-settings',
      { type: 'careline:open-tabs' },
      { type: 'toString' },
      { type: '__proto__' },
      { type: 'careline:open-tab' },
      { type: 'careline:open-tab', url: 42 },
      { type: 'careline:shortcut-suggest', prefix: 'th', lang: null },
      { type: 'careline:reply-sent', reply: { customer: {}, text: 'hi' } },
      { type: 'careline:reply-sent', reply: { customer: { handle: 'minji' }, text: { toString: () => 'hi' } } },
      // The queue's marks are asked for with a version alone: a request naming posts is refused.
      { type: 'careline:queue-marks', postIds: ['1991000000000000101'] },
      { type: 'careline:queue-marks', since: 3, statusId: '1991000000000000101' },
      { type: 'careline:queue-marks', since: '1991000000000000101' },
    ]) {
      expect(isBackgroundRequest(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it("answers each request with its own type's handler", async () => {
    const sent: BackgroundRequest = {
      type: 'careline:reply-sent',
      reply: { customer: { handle: 'minji' }, text: '감사합니다' },
    };
    await expect(answerWith(handlers, sent)).resolves.toEqual({ ok: true });
    expect(answered).toEqual(['감사합니다']);
    await expect(answerWith(handlers, { type: 'careline:shortcut-render', id: 't9' })).resolves.toEqual({
      kind: 'text',
      text: 'rendered t9',
    });
    await expect(answerWith(handlers, { type: 'careline:open-tab', url: 'http://a' })).resolves.toEqual({
      ok: false,
    });
  });
});
