/**
 * Careline's reference handoff receiver: the call center's side of the webhook contract
 * (README.md beside this file), small enough to read in one sitting. Our end-to-end
 * and reliability tests and `npm start` post to it; call centers can copy its checks.
 * Plain node:http on purpose: nothing in the contract needs a framework.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HandoffPayload } from '../../utils/handoff/types';
import { FaultPlan, type FaultDecision, type FaultOptions } from './faults';
import { casesPage } from './page';
import { CaseStore, type ReceivedCase } from './store';
import { sendCaseStatus, type TeamServerLink } from './ticket-status';
import type { TicketState } from '../../utils/team/desk-wire';

export type { FaultOptions } from './faults';
export type { ReceivedCase } from './store';

export interface ReceiverOptions {
  /** 0 picks a free port. */
  port: number;
  /** Default 127.0.0.1: the example keeps customers' data off the network unless asked. */
  host?: string;
  /** When set, every POST must carry a valid X-Careline-Signature. */
  secret?: string;
  /** SQLite file; default ':memory:' (gone when closed). */
  dbPath?: string;
  faults?: FaultOptions;
  /** Tickets read PREFIX-000001; default "CL". */
  ticketPrefix?: string;
  /** The agents' team server and its ticket secret, to send ticket status back (ticket-status.ts). */
  teamServer?: TeamServerLink;
}

export interface ReceiverStats {
  /** Every POST /handoffs, whatever became of it. */
  posts: number;
  /** New cases. */
  stored: number;
  /** POSTs whose Idempotency-Key was already stored (answered with the same ticket). */
  replays: number;
  /** POSTs answered with a 4xx. */
  rejected: number;
  /** POSTs that met an injected fault. */
  faults: number;
  /** Test handoffs (`"test": true` or X-Careline-Test: 1): checked like a case, then answered with no case opened. */
  tests: number;
}

export interface Receiver {
  /** e.g. http://127.0.0.1:8788 */
  url: string;
  /** `${url}/handoffs`: what goes into Careline's webhook URL setting. */
  webhookUrl: string;
  port: number;
  /** Stops listening, drops open (also hanging) connections and closes the database. */
  close(): Promise<void>;
  /** Stored cases, newest first. */
  cases(): ReceivedCase[];
  stats(): ReceiverStats;
  /** Replaces the fault settings; the PRNG restarts from the new seed (default 1). */
  setFaults(faults: FaultOptions): void;
  /**
   * Tells the team server how the case of `ticketId` stands, signed with the ticket secret; throws
   * when there is no such case, no team server set, or the server refuses.
   */
  sendStatus(ticketId: string, status: TicketState, note?: string): Promise<{ seq: string; duplicate: boolean }>;
}

export const MAX_BODY_BYTES = 1024 * 1024;
const MAX_DRAIN_BYTES = 16 * MAX_BODY_BYTES;
const SIGNATURE_PREFIX = 'sha256=';

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Retry-After, Idempotent-Replayed',
};
const TEST_HEADER = 'x-careline-test';
const DEFAULT_ALLOWED_HEADERS = 'Content-Type, Idempotency-Key, X-Careline-Signature, X-Careline-Test';

export async function startReceiver(options: ReceiverOptions): Promise<Receiver> {
  const host = options.host ?? '127.0.0.1';
  const secret = options.secret || undefined;
  // Before the store is opened: bad fault rates throw without leaving a database open.
  let faultPlan = new FaultPlan(options.faults);
  const store = new CaseStore(options.dbPath ?? ':memory:', options.ticketPrefix ?? 'CL');
  const stats: ReceiverStats = { posts: 0, stored: 0, replays: 0, rejected: 0, faults: 0, tests: 0 };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A bug in the example must still answer, or Careline would retry into it until the timeout.
      console.error('handoff-receiver:', error);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://receiver').pathname;
    if (req.method === 'OPTIONS') return preflight(req, res);
    if (path === '/handoffs') {
      if (req.method === 'POST') return receive(req, res);
      res.setHeader('Allow', 'POST, OPTIONS');
      return sendJson(res, 405, { error: 'use POST' });
    }
    if (req.method !== 'GET') return sendJson(res, 405, { error: 'use GET' });
    if (path === '/') return send(res, 200, 'text/html; charset=utf-8', casesPage(store.all()));
    if (path === '/cases.json') return sendJson(res, 200, store.all());
    if (path === '/health') return send(res, 200, 'text/plain; charset=utf-8', 'ok');
    sendJson(res, 404, { error: `no such page: ${path}` });
  }

  async function receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    stats.posts += 1;
    // Decided on arrival, before anything can go wrong, so the schedule depends only on the seed.
    const fault = faultPlan.next();
    const reject = (status: number, error: string, field?: string): void => {
      stats.rejected += 1;
      sendJson(res, status, field ? { error, field } : { error });
    };

    const body = await readBody(req);
    if (body === 'aborted') return void res.destroy();
    if (body === 'too large') {
      // The connection may still carry unread upload: it cannot be reused for another request.
      res.setHeader('Connection', 'close');
      return reject(413, `the body is larger than ${MAX_BODY_BYTES} bytes`);
    }
    if (fault.kind === 'fail' || fault.kind === 'hang') return injectFault(res, fault);

    if (!isJson(req.headers['content-type'])) return reject(415, 'Content-Type must be application/json');
    if (secret) {
      const problem = signatureProblem(secret, body, req.headers['x-careline-signature']);
      if (problem) return reject(401, problem);
    }
    const key = single(req.headers['idempotency-key'])?.trim();
    if (!key) return reject(400, 'the Idempotency-Key header is missing');

    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch (error) {
      return reject(400, `the body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    const invalid = payloadProblem(parsed, key);
    if (invalid) return reject(422, invalid.error, invalid.field);

    // A test from Careline's options page: everything above was checked as for a real case (so the
    // test proves the set-up), but no customer is waiting, so no case and no ticket.
    if (isTest(parsed, req.headers[TEST_HEADER])) {
      stats.tests += 1;
      return sendJson(res, 200, { test: true, message: 'Test handoff received and checked; no case was opened.' });
    }

    const outcome = store.store(key, body.toString('utf8'), parsed as HandoffPayload);
    if (outcome.kind === 'created') stats.stored += 1;
    else stats.replays += 1;
    if (fault.kind === 'failAfterStore' || fault.kind === 'hangAfterStore') return injectFault(res, fault);

    const { ticketId, receivedAt, attempts } = outcome.case;
    if (outcome.kind === 'replayed') res.setHeader('Idempotent-Replayed', 'true');
    sendJson(res, outcome.kind === 'created' ? 201 : 200, {
      ticketId,
      receivedAt,
      attempts,
      replayed: outcome.kind === 'replayed',
    });
  }

  function injectFault(res: ServerResponse, fault: FaultDecision): void {
    stats.faults += 1;
    // A hang keeps the socket open with no answer; close() destroys it.
    if (fault.kind === 'hang' || fault.kind === 'hangAfterStore') return;
    if (fault.retryAfter) res.setHeader('Retry-After', '1');
    const error =
      fault.kind === 'failAfterStore'
        ? 'the case was stored but the answer failed (injected fault)'
        : 'temporarily unavailable (injected fault)';
    sendJson(res, 503, { error });
  }

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    store.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const url = `http://${urlHost(host)}:${port}`;

  let closing: Promise<void> | undefined;
  return {
    url,
    webhookUrl: `${url}/handoffs`,
    port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => {
          store.close();
          resolve();
        });
        // server.close() alone waits for every open connection, and a hung request never ends.
        server.closeAllConnections();
      });
      return closing;
    },
    cases: () => store.all(),
    stats: () => ({ ...stats }),
    setFaults(faults) {
      faultPlan = new FaultPlan(faults);
    },
    sendStatus: (ticketId, status, note) => sendCaseStatus(store, options.teamServer, ticketId, status, note),
  };
}

function preflight(req: IncomingMessage, res: ServerResponse): void {
  const asked = single(req.headers['access-control-request-headers']);
  res.writeHead(204, {
    ...CORS_HEADERS,
    'Access-Control-Allow-Methods': 'POST, GET, OPTIONS',
    // Echo what the browser asks for: Careline may add the team's own API-key header.
    'Access-Control-Allow-Headers': asked || DEFAULT_ALLOWED_HEADERS,
    'Access-Control-Max-Age': '600',
  });
  res.end();
}

/**
 * The raw bytes: the signature is over exactly what was sent, not over a re-serialised object.
 * Past the limit the rest is read and dropped (up to MAX_DRAIN_BYTES) so the client, still
 * uploading, gets to read the 413 instead of a reset connection.
 */
function readBody(req: IncomingMessage): Promise<Buffer | 'too large' | 'aborted'> {
  return new Promise((resolve) => {
    if (Number(req.headers['content-length']) > MAX_DRAIN_BYTES) return resolve('too large');
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else if (size > MAX_DRAIN_BYTES) {
        req.pause();
        resolve('too large');
      }
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? 'too large' : Buffer.concat(chunks)));
    // The client gave up mid-upload: nobody is left to answer.
    req.on('error', () => resolve('aborted'));
  });
}

function signatureProblem(secret: string, body: Buffer, header: string | string[] | undefined): string | undefined {
  const given = single(header)?.trim();
  if (!given) return 'the X-Careline-Signature header is missing';
  const expected = SIGNATURE_PREFIX + createHmac('sha256', secret).update(body).digest('hex');
  const a = Buffer.from(given.toLowerCase(), 'utf8');
  const b = Buffer.from(expected, 'utf8');
  // timingSafeEqual throws on different lengths; the length of a hex HMAC is no secret.
  if (a.length !== b.length || !timingSafeEqual(a, b)) return 'signature does not match';
  return undefined;
}

/** The checks that keep a case usable; unknown extra fields are kept, never refused. */
function payloadProblem(body: unknown, key: string): { error: string; field: string } | undefined {
  if (!isObject(body)) return { error: 'the body must be a JSON object', field: '(body)' };
  if (body.format !== 'careline-handoff') return { error: 'format must be "careline-handoff"', field: 'format' };
  if (body.version !== 1)
    return { error: `version must be 1 (got ${JSON.stringify(body.version) ?? 'nothing'})`, field: 'version' };
  if (body.id !== key) return { error: 'id must equal the Idempotency-Key header', field: 'id' };
  const customer = body.customer;
  if (!isObject(customer) || typeof customer.handle !== 'string' || !customer.handle.trim()) {
    return { error: 'customer.handle is missing', field: 'customer.handle' };
  }
  return undefined;
}

/** Either mark makes it a test: opening a ticket for a test is worse than missing one. */
function isTest(body: unknown, header: string | string[] | undefined): boolean {
  return (isObject(body) && body.test === true) || single(header)?.trim() === '1';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isJson(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

function single(header: string | string[] | undefined): string | undefined {
  return Array.isArray(header) ? header[0] : header;
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.writeHead(status, { ...CORS_HEADERS, 'Content-Type': contentType, 'Cache-Control': 'no-store' });
  res.end(body);
}
