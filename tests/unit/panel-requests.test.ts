import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  PANEL_ANSWER_WITHIN_MS,
  PANEL_START_WITHIN_MS,
  startsInTime,
  toRequestEnvelope,
  type PanelHandlers,
} from '@/utils/messaging/panel-api';
import { PanelTimeoutError, PendingRequests } from '@/utils/messaging/pending-requests';
import { answerWith } from '@/utils/messaging/request-map';

const handlers: PanelHandlers = {
  insert: async ({ text }) => (text ? { ok: true, strategy: 'paste-event' } : { ok: false, reason: 'not-registered' }),
  'composer-text': async () => ({ text: '안녕하세요' }),
  'close-panel': async () => ({ ok: true }),
  'focus-composer': async () => ({ ok: true }),
  'expand-panel': async () => ({ ok: true }),
  'queue-changed': async () => ({ ok: true }),
  'open-post': async () => ({ ok: true }),
};

describe('the panel stops waiting for an overdue answer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('rejects with PanelTimeoutError once the answer is overdue, and drops the late answer', async () => {
    const pending = new PendingRequests(1_000);
    const { id, answer } = pending.open();
    const outcome = answer.then(
      () => 'answered',
      (error: unknown) => error,
    );
    vi.advanceTimersByTime(999);
    expect(pending.size).toBe(1);
    vi.advanceTimersByTime(1);
    expect(await outcome).toBeInstanceOf(PanelTimeoutError);
    expect(pending.size).toBe(0);
    expect(pending.settle(id, { ok: true })).toBe(false);
  });

  it('an answer in time resolves once and cancels the timer; an error answer rejects with its text', async () => {
    const pending = new PendingRequests();
    const first = pending.open();
    const second = pending.open();
    expect(second.id).not.toBe(first.id);
    expect(pending.settle(first.id, { text: 'hi' })).toBe(true);
    expect(pending.settle(first.id, { text: 'again' })).toBe(false);
    await expect(first.answer).resolves.toEqual({ text: 'hi' });
    pending.settle(second.id, null, 'expired');
    await expect(second.answer).rejects.toThrow('expired');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a lost port fails every waiting request at once, not after the timeout', async () => {
    const pending = new PendingRequests();
    const answers = [pending.open().answer, pending.open().answer];
    pending.failAll(new Error('Lost the connection to the x.com tab'));
    for (const answer of answers) await expect(answer).rejects.toThrow('Lost the connection');
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('the content script starts only what the panel still waits for', () => {
  it('starts a request until its startBy, and the panel waits longer than that', () => {
    const envelope = { id: 1, request: { type: 'close-panel' as const }, startBy: 10_000 };
    expect(startsInTime(envelope, 10_000)).toBe(true);
    expect(startsInTime(envelope, 10_001)).toBe(false);
    // Room for the work itself between the last moment to start and the panel giving up.
    expect(PANEL_ANSWER_WITHIN_MS - PANEL_START_WITHIN_MS).toBeGreaterThanOrEqual(2_000);
  });

  it('reads an envelope only with an id, a startBy and a request type the table serves', () => {
    const good = { id: 3, startBy: 5, request: { type: 'composer-text' }, extra: 1 };
    expect(toRequestEnvelope(good, handlers)).toEqual({ id: 3, startBy: 5, request: { type: 'composer-text' } });
    for (const bad of [
      null,
      { id: 3, request: { type: 'composer-text' } },
      { id: '3', startBy: 5, request: { type: 'composer-text' } },
      { id: 3, startBy: 5, request: { type: 'toString' } },
      { id: 3, startBy: 5, request: { type: 'delete-everything' } },
      { id: 3, startBy: 5, request: null },
    ]) {
      expect(toRequestEnvelope(bad, handlers), JSON.stringify(bad)).toBeNull();
    }
  });

  it("answers with the request's own handler", async () => {
    await expect(answerWith(handlers, { type: 'composer-text' })).resolves.toEqual({ text: '안녕하세요' });
    await expect(answerWith(handlers, { type: 'insert', text: '', mode: 'insert' })).resolves.toEqual({
      ok: false,
      reason: 'not-registered',
    });
  });
});
