/**
 * The panel's live connection against a tiny WebSocket server that speaks utils/team/live-wire.ts:
 * hello with a one-time ticket, presence sent on change and again after a reconnect (with a fresh
 * ticket), pings, messages checked against the schema, no retry once revoked.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import type { AddressInfo } from 'node:net';
import {
  LiveConnection,
  LIVE_PING_MS,
  type LiveSocket,
  type LiveStatus,
} from '@/entrypoints/panel/live/live-connection';
import { LIVE_CLOSE, LiveClientMessage, type LiveServerMessage } from '@/utils/team/live-wire';
import type { LiveTicketAnswer } from '@/utils/team/live-types';

const SUBJECT_A = 'a'.repeat(32);
const SUBJECT_B = 'b'.repeat(32);

interface FakeLive {
  url: string;
  /** Every client message, parsed with the wire schema (a bad one fails the test). */
  received: LiveClientMessage[];
  tickets: Set<string>;
  sockets: Set<WebSocket>;
  broadcast(message: unknown): void;
  close(): Promise<void>;
}

async function fakeLiveServer(): Promise<FakeLive> {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const live: FakeLive = {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/v1/live`,
    received: [],
    tickets: new Set(),
    sockets: new Set(),
    broadcast: (message) => {
      for (const socket of live.sockets) socket.send(JSON.stringify(message));
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of server.clients) socket.terminate();
        server.close(() => resolve());
      }),
  };
  server.on('connection', (socket) => {
    socket.on('message', (raw) => {
      const message = LiveClientMessage.parse(JSON.parse(String(raw)));
      live.received.push(message);
      if (message.type === 'hello') {
        // One use: a ticket seen before is refused, as the real server does.
        if (!live.tickets.delete(message.ticket)) return socket.close(LIVE_CLOSE.badTicket);
        live.sockets.add(socket);
        socket.on('close', () => live.sockets.delete(socket));
        socket.send(JSON.stringify({ type: 'welcome', agentId: 'a-1', teamId: 't-1' } satisfies LiveServerMessage));
      }
      if (message.type === 'ping') socket.send(JSON.stringify({ type: 'pong' }));
    });
  });
  return live;
}

let live: FakeLive | undefined;
let connection: LiveConnection | undefined;
afterEach(async () => {
  connection?.stop();
  await live?.close();
  vi.useRealTimers();
});

function connect(server: FakeLive, answer?: () => LiveTicketAnswer) {
  const statuses: LiveStatus[] = [];
  const messages: LiveServerMessage[] = [];
  let issued = 0;
  const ticket = vi.fn(async (): Promise<LiveTicketAnswer> => {
    if (answer) return answer();
    const value = `ticket-${++issued}-0123456789abcdef`;
    server.tickets.add(value);
    return { state: 'connected', url: server.url, ticket: value };
  });
  connection = new LiveConnection(
    {
      ticket,
      claims: async () => ({ state: 'connected', claims: [] }),
      open: (url) => new WebSocket(url) as unknown as LiveSocket,
      random: () => 0,
    },
    {
      status: (s) => statuses.push(s),
      welcome: () => undefined,
      claims: () => undefined,
      message: (m) => messages.push(m),
    },
  );
  connection.start();
  return { statuses, messages, ticket };
}

const presenceSent = (server: FakeLive) => server.received.filter((m) => m.type === 'presence');

describe('the live connection', () => {
  it('says hello with its ticket, then presence on change only', async () => {
    live = await fakeLiveServer();
    const server = live;
    const { statuses } = connect(server);
    await vi.waitFor(() => expect(statuses.at(-1)).toBe('live'));
    expect(server.received[0]).toMatchObject({ type: 'hello', ticket: 'ticket-1-0123456789abcdef' });
    connection?.setPresence([SUBJECT_A, SUBJECT_B], 'viewing');
    connection?.setPresence([SUBJECT_B, SUBJECT_A], 'viewing');
    connection?.setPresence([SUBJECT_B, SUBJECT_A], 'replying');
    connection?.setPresence([SUBJECT_B, SUBJECT_A], 'replying');
    await vi.waitFor(() => expect(presenceSent(server)).toHaveLength(2));
    expect(presenceSent(server).map((m) => m.type === 'presence' && m.state)).toEqual(['viewing', 'replying']);
  });

  it('reconnects with a fresh ticket after the server drops it, and says where it is again', async () => {
    live = await fakeLiveServer();
    const server = live;
    const { statuses, ticket } = connect(server);
    await vi.waitFor(() => expect(statuses.at(-1)).toBe('live'));
    connection?.setPresence([SUBJECT_A], 'replying');
    await vi.waitFor(() => expect(presenceSent(server)).toHaveLength(1));
    for (const socket of server.sockets) socket.terminate();
    await vi.waitFor(() => expect(presenceSent(server)).toHaveLength(2));
    expect(statuses).toContain('offline');
    expect(ticket).toHaveBeenCalledTimes(2);
    const hellos = server.received.filter((m) => m.type === 'hello');
    expect(hellos.map((m) => m.type === 'hello' && m.ticket)).toEqual([
      'ticket-1-0123456789abcdef',
      'ticket-2-0123456789abcdef',
    ]);
    expect(presenceSent(server).at(-1)).toEqual({ type: 'presence', subjects: [SUBJECT_A], state: 'replying' });
  });

  it('passes on messages that match the wire schema and drops the rest', async () => {
    live = await fakeLiveServer();
    const server = live;
    const { statuses, messages } = connect(server);
    await vi.waitFor(() => expect(statuses.at(-1)).toBe('live'));
    server.broadcast({ type: 'presence', subject: SUBJECT_A, people: [{ agentId: 'a-2', name: '지민' }] });
    server.broadcast('not json');
    server.broadcast({ type: 'claim', claim: { postId: 'x', customerId: null } });
    const people = [{ agentId: 'a-2', name: '지민', state: 'replying' as const }];
    server.broadcast({ type: 'presence', subject: SUBJECT_A, people });
    await vi.waitFor(() => expect(messages).toHaveLength(1));
    expect(messages).toEqual([{ type: 'presence', subject: SUBJECT_A, people }]);
  });

  it('stops for good when revoked: no new ticket is asked for', async () => {
    live = await fakeLiveServer();
    const server = live;
    const { statuses, ticket } = connect(server);
    await vi.waitFor(() => expect(statuses.at(-1)).toBe('live'));
    for (const socket of server.sockets) {
      socket.send(JSON.stringify({ type: 'revoked' }));
      socket.close(LIVE_CLOSE.revoked);
    }
    await vi.waitFor(() => expect(statuses.at(-1)).toBe('revoked'));
    await new Promise((r) => setTimeout(r, 1_500));
    expect(ticket).toHaveBeenCalledTimes(1);
    expect(statuses.at(-1)).toBe('revoked');
  });

  it('asks nothing more of a solo background', async () => {
    live = await fakeLiveServer();
    const { statuses, ticket } = connect(live, () => ({ state: 'solo' }));
    await vi.waitFor(() => expect(statuses.at(-1)).toBe('solo'));
    expect(ticket).toHaveBeenCalledTimes(1);
  });

  it('pings every 20 seconds while live, and closes when stopped', async () => {
    live = await fakeLiveServer();
    const server = live;
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { statuses } = connect(server);
    await vi.waitFor(() => expect(statuses.at(-1)).toBe('live'));
    vi.advanceTimersByTime(LIVE_PING_MS * 2);
    await vi.waitFor(() => expect(server.received.filter((m) => m.type === 'ping')).toHaveLength(2));
    connection?.stop();
    await vi.waitFor(() => expect(server.sockets.size).toBe(0));
    expect(statuses.at(-1)).toBe('closed');
  });
});
