/**
 * A live client for tests and the bench: asks for a ticket over HTTP, connects to /v1/live as the
 * panel does (extension Origin, hello first), and queues what the server sends so a test can wait
 * for the message it expects.
 */
import { WebSocket } from 'ws';
import { LIVE_PATH, LiveServerMessage, LiveTicketResponse } from '../utils/team/live-wire';
import { API_PREFIX } from '../utils/team/wire';

export const TEST_EXTENSION_ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

type Msg = LiveServerMessage;
type OfType<T extends Msg['type']> = Extract<Msg, { type: T }>;

export interface LiveTestClient {
  /** Every message received and not yet taken by `next`. */
  readonly pending: Msg[];
  readonly agentId: string;
  readonly teamId: string;
  send(message: unknown): void;
  /** The first pending (or next arriving) message of `type` that `match` accepts; taken from pending. */
  next<T extends Msg['type']>(type: T, match?: (m: OfType<T>) => boolean, timeoutMs?: number): Promise<OfType<T>>;
  /** Sends ping and waits for pong: everything the server sent before is in `pending` then. */
  roundTrip(): Promise<void>;
  readonly closed: Promise<{ code: number; reason: string }>;
  close(): Promise<void>;
}

export interface LiveClientOptions {
  origin?: string | null;
  /** Send this instead of a fresh ticket's hello (tests of refusals); null sends no hello. */
  hello?: unknown;
  /** Wait for welcome (default true when a fresh ticket is used). */
  awaitWelcome?: boolean;
}

export async function liveTicket(serverUrl: string, token: string): Promise<string> {
  const response = await fetch(`${serverUrl}${API_PREFIX}/live/ticket`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  });
  if (response.status !== 200) throw new Error(`live ticket answered ${response.status}`);
  return LiveTicketResponse.parse(await response.json()).ticket;
}

export async function openLiveClient(
  serverUrl: string,
  token: string | null,
  options: LiveClientOptions = {},
): Promise<LiveTestClient> {
  const hello =
    options.hello !== undefined ? options.hello : { type: 'hello', ticket: await liveTicket(serverUrl, token ?? '') };
  const origin = options.origin === undefined ? TEST_EXTENSION_ORIGIN : options.origin;
  const ws = new WebSocket(serverUrl.replace(/^http/, 'ws') + LIVE_PATH, origin ? { origin } : {});
  const pending: Msg[] = [];
  const waiters = new Set<() => void>();
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => {
      resolve({ code, reason: reason.toString() });
      for (const w of [...waiters]) w();
    }),
  );
  ws.on('error', () => undefined);
  ws.on('message', (data) => {
    pending.push(LiveServerMessage.parse(JSON.parse(data.toString())));
    for (const w of [...waiters]) w();
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) => reject(new Error(`live upgrade answered ${res.statusCode}`)));
    ws.once('close', () => reject(new Error('live connection closed before it opened')));
  });
  const client: LiveTestClient = {
    pending,
    agentId: '',
    teamId: '',
    send: (message) => ws.send(typeof message === 'string' ? message : JSON.stringify(message)),
    next(type, match = () => true, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const look = () => {
          const i = pending.findIndex((m) => m.type === type && match(m as OfType<typeof type>));
          if (i >= 0) {
            done();
            resolve(pending.splice(i, 1)[0] as OfType<typeof type>);
          } else if (ws.readyState === ws.CLOSED) {
            done();
            reject(new Error(`live connection closed while waiting for ${type}`));
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`no ${type} message; pending: ${JSON.stringify(pending)}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          waiters.delete(look);
        };
        waiters.add(look);
        look();
      });
    },
    async roundTrip() {
      client.send({ type: 'ping' });
      await client.next('pong');
    },
    closed,
    async close() {
      if (ws.readyState !== ws.CLOSED) ws.close(1000);
      await closed;
    },
  };
  if (hello !== null) client.send(hello);
  if (options.awaitWelcome ?? options.hello === undefined) {
    const welcome = await client.next('welcome');
    Object.assign(client, { agentId: welcome.agentId, teamId: welcome.teamId });
  }
  return client;
}
