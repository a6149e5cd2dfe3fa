// @vitest-environment node
/**
 * postHandoff against a real HTTP server on 127.0.0.1: what the receiver sees (headers, signature,
 * body) and how each kind of answer comes back.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { headerNameProblem } from '@/utils/handoff/headers';
import { testHandoffPayload } from '@/utils/handoff/test-payload';
import { MAX_ANSWER_BYTES, postHandoff } from '@/utils/handoff/webhook';
import { payload, settings } from './fixtures';

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

type Handler = (req: IncomingMessage, res: ServerResponse, received: Received) => void;

let server: Server;
let base = '';
let handler: Handler = (_req, res) => res.end();
const received: Received[] = [];
/** Responses a handler left hanging, ended after each test so the server can close. */
const hanging: ServerResponse[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      received.push(r);
      handler(req, res, r);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => {
  received.length = 0;
  for (const res of hanging.splice(0)) res.destroy();
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};
const hook = (extra: Parameters<typeof settings>[0] = {}) =>
  settings({ webhookUrl: `${base}/hooks/careline`, ...extra });

describe('postHandoff', () => {
  it('POSTs the payload with the contract headers, signed; the receiver can verify it', async () => {
    handler = (_req, res) => json(res, 201, { ticketId: 'CL-000001' });
    const p = payload();
    const outcome = await postHandoff(
      hook({ webhookSecret: 's3cret', extraHeaderName: 'X-Api-Key', extraHeaderValue: 'key-123' }),
      p,
    );
    expect(outcome).toEqual({ kind: 'sent', httpStatus: 201, ticketId: 'CL-000001' });

    expect(received).toHaveLength(1);
    const [r] = received;
    expect(r?.method).toBe('POST');
    expect(r?.url).toBe('/hooks/careline');
    expect(r?.headers['content-type']).toBe('application/json');
    expect(r?.headers['idempotency-key']).toBe(p.id);
    expect(r?.headers['x-api-key']).toBe('key-123');
    expect(r?.headers.cookie).toBeUndefined();
    expect(JSON.parse(r?.body ?? '')).toEqual(p);
    const expected = `sha256=${createHmac('sha256', 's3cret')
      .update(r?.body ?? '')
      .digest('hex')}`;
    expect(r?.headers['x-careline-signature']).toBe(expected);
  });

  it('marks the test handoff as a test: "test": true in the body and X-Careline-Test: 1; a real one carries neither', async () => {
    handler = (_req, res) => json(res, 200, { test: true });
    const test = testHandoffPayload({ agentName: '박팀장' });
    expect(await postHandoff(hook({ webhookSecret: 's3cret' }), test)).toEqual({ kind: 'sent', httpStatus: 200 });
    expect(received[0]?.headers['x-careline-test']).toBe('1');
    expect(JSON.parse(received[0]?.body ?? '')).toMatchObject({
      test: true,
      reason: 'Test',
      customer: { handle: 'careline-test' },
    });

    await postHandoff(hook(), payload());
    expect(received[1]?.headers).not.toHaveProperty('x-careline-test');
    expect(JSON.parse(received[1]?.body ?? '')).not.toHaveProperty('test');
  });

  it("refuses X-Careline-Test as the extra header: the test mark is Careline's to set", () => {
    expect(headerNameProblem('X-Careline-Test')).toMatch(/X-Careline-Test/);
  });

  it('sends no signature header without a secret', async () => {
    handler = (_req, res) => json(res, 200, {});
    expect(await postHandoff(hook(), payload())).toEqual({ kind: 'sent', httpStatus: 200 });
    expect(received[0]?.headers).not.toHaveProperty('x-careline-signature');
  });

  it('counts a 200 that is not JSON as sent, without a ticket', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('received, thanks');
    };
    const outcome = await postHandoff(hook(), payload());
    expect(outcome).toMatchObject({
      kind: 'sent',
      httpStatus: 200,
      message: expect.stringContaining('no ticket id could be read'),
    });
    expect(outcome).not.toHaveProperty('ticketId');
  });

  it('reads at most 64 KB of a huge 2xx answer and still counts it as sent', async () => {
    let written = 0;
    handler = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      // 4 MB in 64 KB pieces; the client stops reading after the first 64 KB.
      const piece = Buffer.alloc(64 * 1024, 'a');
      const write = () => {
        while (written < 4 * 1024 * 1024) {
          written += piece.length;
          if (!res.write(piece)) return void res.once('drain', write);
        }
        res.end();
      };
      res.write('{"ticketId":"CL-9","pad":"');
      write();
    };
    const outcome = await postHandoff(hook(), payload());
    expect(outcome).toMatchObject({ kind: 'sent', httpStatus: 200, message: expect.stringContaining('too large') });
    expect(MAX_ANSWER_BYTES).toBe(65_536);
  });

  it('fails on a redirect without following it', async () => {
    handler = (_req, res) => {
      res.writeHead(302, { Location: `${base}/elsewhere` });
      res.end();
    };
    const outcome = await postHandoff(hook(), payload());
    expect(outcome).toEqual({
      kind: 'failed',
      httpStatus: 302,
      message: `The receiver redirected to ${base}/elsewhere; set the webhook URL to the final address.`,
    });
    expect(received.map((r) => r.url)).toEqual(['/hooks/careline']);
  });

  it("fails on a 400 with the receiver's message", async () => {
    handler = (_req, res) => json(res, 400, { error: 'unknown queue' });
    expect(await postHandoff(hook(), payload())).toEqual({
      kind: 'failed',
      httpStatus: 400,
      message: 'HTTP 400: unknown queue',
    });
  });

  it('retries a 503, with its Retry-After', async () => {
    handler = (_req, res) => json(res, 503, { error: 'maintenance' }, { 'Retry-After': '120' });
    expect(await postHandoff(hook(), payload())).toEqual({
      kind: 'retry',
      httpStatus: 503,
      message: 'HTTP 503: maintenance',
      retryAfterMs: 120_000,
    });
  });

  it('retries when the receiver does not answer in time', async () => {
    handler = (_req, res) => void hanging.push(res);
    const started = Date.now();
    const outcome = await postHandoff(hook({ timeoutMs: 1_000 }), payload());
    expect(outcome).toEqual({
      kind: 'retry',
      timedOut: true,
      message: expect.stringContaining('No answer within 1 s'),
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('retries when nothing listens at the address', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const outcome = await postHandoff(settings({ webhookUrl: `http://127.0.0.1:${port}/hook` }), payload());
    expect(outcome).toEqual({
      kind: 'retry',
      message: expect.stringMatching(new RegExp(`^Could not reach 127\\.0\\.0\\.1:${port}: .*ECONNREFUSED`)),
    });
  });

  it('never throws: a bad address or header comes back as failed', async () => {
    expect(await postHandoff(settings({ webhookUrl: 'http://example.com/hook' }), payload())).toMatchObject({
      kind: 'failed',
    });
    expect(await postHandoff(hook({ extraHeaderName: 'X-Key', extraHeaderValue: 'a\nb' }), payload())).toEqual({
      kind: 'failed',
      message: 'The handoff could not be prepared: The header value must be on one line',
    });
    const throwingFetch = (() => {
      throw new TypeError('boom');
    }) as unknown as typeof fetch;
    expect(await postHandoff(hook(), payload(), { fetch: throwingFetch })).toEqual({
      kind: 'retry',
      message: expect.stringContaining('boom'),
    });
    expect(received).toHaveLength(0);
  });

  it('uses the injected clock for Retry-After dates', async () => {
    handler = (_req, res) => json(res, 429, {}, { 'Retry-After': 'Sun, 29 Nov 2026 05:01:00 GMT' });
    const outcome = await postHandoff(hook(), payload(), { now: () => Date.parse('2026-11-29T05:00:00Z') });
    expect(outcome).toMatchObject({ kind: 'retry', httpStatus: 429, retryAfterMs: 60_000 });
  });
});
