/**
 * The live connection, a WebSocket at /v1/live on the same server as the HTTP routes (library `ws`).
 * A browser's WebSocket cannot send a bearer token, so the first message carries a one-time ticket
 * (server/store/live-tickets.ts). Web pages may not connect: a browser always sends Origin, and only
 * Careline's extension origins are accepted; clients without Origin (not browsers) hold no cookies
 * an attacker could ride on, and still need a ticket. Messages are zod-checked; anything else
 * closes the connection. One log line per connection attempt, with no agent, subject or state.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { AppDeps } from '../http/env';
import { spendLiveTicket } from '../store/live-tickets';
import type { LiveConnection } from './hub';
import { LIVE_CLOSE, LIVE_PATH, LiveClientMessage, type LiveServerMessage } from '../../utils/team/live-wire';
import { API_PREFIX } from '../../utils/team/wire';

const EXTENSION_ORIGIN = /^(chrome|moz)-extension:\/\/[a-z0-9-]+$/;
export const HELLO_TIMEOUT_MS = 10_000;
/** The server pings; a connection that has not answered the previous ping is gone (sleeping laptop). */
export const HEARTBEAT_MS = 30_000;
/** Client messages are small (four 32-character hashes at most). */
const MAX_MESSAGE_BYTES = 4096;
/** A client that reads nothing while the team talks is cut off rather than buffered without end. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

if (LIVE_PATH !== `${API_PREFIX}/live`) throw new Error('the live path is outside the API prefix');

export interface LiveSocketServer {
  close(): Promise<void>;
}

export function attachLiveSocket(server: Server, deps: AppDeps): LiveSocketServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const alive = new WeakSet<WebSocket>();

  const refuse = (socket: Duplex, status: number, words: string) => {
    deps.log(`GET ${LIVE_PATH} ${status}`);
    socket.end(`HTTP/1.1 ${status} ${words}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  };

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== LIVE_PATH) return refuse(socket, 404, 'Not Found');
    const origin = request.headers.origin;
    if (origin !== undefined && !EXTENSION_ORIGIN.test(origin)) return refuse(socket, 403, 'Forbidden');
    wss.handleUpgrade(request, socket, head, (ws) => {
      deps.log(`GET ${LIVE_PATH} 101`);
      welcome(ws);
    });
  };
  server.on('upgrade', onUpgrade);

  const welcome = (ws: WebSocket) => {
    alive.add(ws);
    ws.on('pong', () => alive.add(ws));
    ws.on('error', () => ws.terminate());
    let connection: LiveConnection | undefined;
    let greeting = false;
    // Messages sent right behind hello wait for the ticket to be checked.
    const early: LiveClientMessage[] = [];
    const helloTimer = setTimeout(() => ws.close(LIVE_CLOSE.badTicket, 'hello expected'), HELLO_TIMEOUT_MS);
    ws.on('close', () => {
      clearTimeout(helloTimer);
      if (connection) deps.live.detach(connection);
    });
    const handle = (message: LiveClientMessage) => {
      if (!connection) return;
      if (message.type === 'ping') return connection.send({ type: 'pong' });
      if (message.type === 'presence') deps.live.setPresence(connection, message.subjects, message.state);
      else ws.close(LIVE_CLOSE.badMessage, 'hello twice');
    };
    ws.on('message', (data, isBinary) => {
      const message = isBinary ? null : parse(data.toString());
      if (!message) return ws.close(LIVE_CLOSE.badMessage, 'not a live message');
      if (message.type === 'hello' || !connection) {
        if (greeting && message.type !== 'hello' && early.length < 8) return void early.push(message);
        if (message.type !== 'hello') return ws.close(LIVE_CLOSE.badTicket, 'hello expected');
        if (greeting) return ws.close(LIVE_CLOSE.badMessage, 'hello twice');
        greeting = true;
        void spendLiveTicket(deps.db, message.ticket, deps.now())
          .then((holder) => {
            clearTimeout(helloTimer);
            if (!holder) return ws.close(LIVE_CLOSE.badTicket, 'ticket not valid');
            if (ws.readyState !== ws.OPEN) return;
            connection = toConnection(ws, holder);
            deps.live.attach(connection);
            connection.send({ type: 'welcome', agentId: holder.agentId, teamId: holder.teamId });
            for (const m of early.splice(0)) handle(m);
          })
          .catch(() => ws.close(1011, 'try again'));
        return;
      }
      handle(message);
    });
  };

  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, HEARTBEAT_MS);
  heartbeat.unref?.();

  return {
    async close() {
      clearInterval(heartbeat);
      server.off('upgrade', onUpgrade);
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

function parse(text: string): LiveClientMessage | null {
  try {
    const result = LiveClientMessage.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

function toConnection(ws: WebSocket, holder: { teamId: string; agentId: string; agentName: string }): LiveConnection {
  return {
    ...holder,
    send(message: LiveServerMessage) {
      if (ws.readyState !== ws.OPEN) return;
      if (ws.bufferedAmount > MAX_BUFFERED_BYTES) return ws.terminate();
      ws.send(JSON.stringify(message));
    },
    close(code, reason) {
      ws.close(code, reason);
    },
  };
}
