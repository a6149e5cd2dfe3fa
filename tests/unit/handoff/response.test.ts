import { describe, expect, it } from 'vitest';
import { classifyAnswer, type ReceiverAnswer } from '@/utils/handoff/response';

const NOW = Date.parse('2026-11-29T05:00:00Z');
const answer = (status: number, body = '', extra: Partial<ReceiverAnswer> = {}): ReceiverAnswer => ({
  status,
  body,
  truncated: false,
  contentType: 'application/json',
  ...extra,
});
const classify = (a: ReceiverAnswer) => classifyAnswer(a, NOW);

describe('classifyAnswer: 2xx', () => {
  it('is sent, with the ticket id when the JSON has one', () => {
    expect(classify(answer(201, '{"ticketId":"CL-000001"}'))).toEqual({
      kind: 'sent',
      httpStatus: 201,
      ticketId: 'CL-000001',
    });
    expect(classify(answer(200, '{"ticketId":  "  A-7 "}'))).toEqual({
      kind: 'sent',
      httpStatus: 200,
      ticketId: 'A-7',
    });
    expect(classify(answer(200, '{"ticketId": 123456}'))).toEqual({
      kind: 'sent',
      httpStatus: 200,
      ticketId: '123456',
    });
  });

  it('is sent without a message when there is no body or no ticket', () => {
    expect(classify(answer(204))).toEqual({ kind: 'sent', httpStatus: 204 });
    expect(classify(answer(202, '{"ok":true}'))).toEqual({ kind: 'sent', httpStatus: 202 });
  });

  it('is still sent when the answer cannot be read, saying why there is no ticket', () => {
    const notJson = classify(answer(200, 'OK thanks', { contentType: 'text/plain' }));
    expect(notJson).toMatchObject({
      kind: 'sent',
      httpStatus: 200,
      message: expect.stringContaining('no ticket id could be read'),
    });
    expect(notJson).not.toHaveProperty('ticketId');
    expect(classify(answer(200, '{"ticketId":"CL-1"', { truncated: true }))).toMatchObject({
      kind: 'sent',
      message: expect.stringContaining('too large'),
    });
  });

  it('ignores ticket ids that are too long, empty, or not printable', () => {
    for (const ticketId of ['x'.repeat(101), '   ', 'CL-1\nDear customer', 'CL\u202e1', { id: 1 }, true]) {
      const outcome = classify(answer(201, JSON.stringify({ ticketId })));
      expect(outcome, JSON.stringify(ticketId)).toMatchObject({
        kind: 'sent',
        message: expect.stringContaining('ticketId'),
      });
      expect(outcome).not.toHaveProperty('ticketId');
    }
    expect(classify(answer(201, JSON.stringify({ ticketId: 'x'.repeat(100) })))).toMatchObject({
      ticketId: 'x'.repeat(100),
    });
    expect(classify(answer(201, JSON.stringify({ ticketId: '접수-2026-001' })))).toMatchObject({
      ticketId: '접수-2026-001',
    });
  });
});

describe('classifyAnswer: redirects', () => {
  it('fails on a browser opaque redirect and on a visible 3xx, never following it', () => {
    expect(classify(answer(0, '', { type: 'opaqueredirect' }))).toEqual({
      kind: 'failed',
      message: 'The receiver redirected to another address; set the webhook URL to the final address.',
    });
    expect(classify(answer(302, '', { location: 'https://cc.example.com/v2/hook' }))).toEqual({
      kind: 'failed',
      httpStatus: 302,
      message: 'The receiver redirected to https://cc.example.com/v2/hook; set the webhook URL to the final address.',
    });
  });
});

describe('classifyAnswer: try again', () => {
  it('retries 408, 429 and 5xx, honouring Retry-After', () => {
    expect(classify(answer(503, '', { retryAfter: '30' }))).toEqual({
      kind: 'retry',
      httpStatus: 503,
      message: 'HTTP 503: Service Unavailable',
      retryAfterMs: 30_000,
    });
    expect(classify(answer(429, '{"error":"slow down"}', { retryAfter: 'Sun, 29 Nov 2026 05:02:00 GMT' }))).toEqual({
      kind: 'retry',
      httpStatus: 429,
      message: 'HTTP 429: slow down',
      retryAfterMs: 120_000,
    });
    expect(classify(answer(408))).toMatchObject({ kind: 'retry', httpStatus: 408 });
    expect(classify(answer(500, 'boom'))).not.toHaveProperty('retryAfterMs');
  });
});

describe('classifyAnswer: failed with the receiver message', () => {
  it('shows JSON error or message, else the text, prefixed with the status', () => {
    expect(classify(answer(400, '{"error":"unknown queue"}'))).toEqual({
      kind: 'failed',
      httpStatus: 400,
      message: 'HTTP 400: unknown queue',
    });
    expect(classify(answer(422, '{"message":"reason is required"}'))).toMatchObject({
      message: 'HTTP 422: reason is required',
    });
    expect(classify(answer(400, '{"error":{"code":7,"message":"bad phone"}}'))).toMatchObject({
      message: 'HTTP 400: bad phone',
    });
    expect(classify(answer(403, 'Forbidden: wrong key\r\n\r\nsee docs', { contentType: 'text/plain' }))).toMatchObject({
      message: 'HTTP 403: Forbidden: wrong key see docs',
    });
    expect(classify(answer(401))).toMatchObject({
      message: expect.stringContaining('HTTP 401: Unauthorized (check the webhook secret'),
    });
    expect(classify(answer(418))).toMatchObject({ kind: 'failed', message: 'HTTP 418' });
  });

  it('keeps it to one line of at most 300 characters', () => {
    const outcome = classify(answer(400, JSON.stringify({ error: `line one\n${'가'.repeat(500)}` })));
    expect(outcome.kind).toBe('failed');
    const message = outcome.kind === 'failed' ? outcome.message : '';
    expect(message.startsWith('HTTP 400: line one 가가')).toBe(true);
    expect(message).not.toMatch(/\n/);
    expect(Array.from(message).length).toBeLessThanOrEqual(300);
    expect(message.endsWith('…')).toBe(true);
  });

  it('shows an HTML error page by its title', () => {
    const page =
      '<!DOCTYPE html><html><head><title>404 Queue Not Found</title><style>body{}</style></head><body><h1>x</h1></body></html>';
    expect(classify(answer(404, page, { contentType: 'text/html' }))).toMatchObject({
      message: 'HTTP 404: 404 Queue Not Found',
    });
  });
});
