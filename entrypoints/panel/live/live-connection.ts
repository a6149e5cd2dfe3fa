/**
 * The panel's live connection to the team server: presence, answers and claims as they happen. The
 * background holds the token, so each connection opens with a one-time ticket the background fetches
 * (a reconnect gets a fresh one). Every message from the server is checked against the wire schema
 * before anyone sees it; the presence this panel announced is sent again after every reconnect.
 */
import { retryDelayMs } from '@/utils/handoff/backoff';
import {
  LIVE_CLOSE,
  LiveServerMessage,
  type Claim,
  type LiveClientMessage,
  type PresenceState,
} from '@/utils/team/live-wire';
import type { ClaimsAnswer, LiveTicketAnswer } from '@/utils/team/live-types';

/** Below the 30-60 s idle timeouts of common proxies and load balancers. */
export const LIVE_PING_MS = 20_000;
const RETRY_FLOOR_MS = 250;
const RETRY_BASE_MS = 1_000;
const RETRY_CAP_MS = 30_000;

/**
 * - connecting: asking for a ticket or opening the socket; live: welcomed by the server;
 * - offline: out of reach, trying again with backoff; solo: not in a team; revoked: the lead took this
 *   browser's access (no retry); closed: stopped by the panel.
 */
export type LiveStatus = 'connecting' | 'live' | 'offline' | 'solo' | 'revoked' | 'closed';

/** What the connection needs of a WebSocket (the browser's, or a fake in tests). */
export interface LiveSocket {
  readonly readyState: number;
  onopen: (() => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number }) => void) | null;
  onerror: (() => void) | null;
  send(data: string): void;
  close(code?: number): void;
}

export interface LiveEvents {
  status(status: LiveStatus): void;
  /** Who this agent is and in which team (salts presenceSubject), once per connection. */
  welcome(me: { agentId: string; teamId: string }): void;
  /** Every claim running once a connection is welcomed: later ones come as messages. */
  claims(claims: Claim[]): void;
  message(message: LiveServerMessage): void;
}

export interface LiveDeps {
  ticket(): Promise<LiveTicketAnswer>;
  /** Read after the welcome, so no claim falls between the list and the connection's news. */
  claims(): Promise<ClaimsAnswer>;
  open(url: string): LiveSocket;
  random?: () => number;
}

const OPEN = 1;

type PresenceMessage = Extract<LiveClientMessage, { type: 'presence' }>;

export class LiveConnection {
  private socket: LiveSocket | undefined;
  private presence: PresenceMessage = { type: 'presence', subjects: [], state: 'viewing' };
  private running = false;
  private attempts = 0;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private ping: ReturnType<typeof setInterval> | undefined;
  /** Bumped on every stop and reconnect: answers and events of an older attempt are ignored. */
  private generation = 0;

  constructor(
    private readonly deps: LiveDeps,
    private readonly events: LiveEvents,
  ) {}

  /** Started and not stopped (by the panel, a revoke, or a background that is solo). */
  get active(): boolean {
    return this.running;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.attempts = 0;
    void this.connect();
  }

  stop(): void {
    this.running = false;
    this.teardown();
    this.events.status('closed');
  }

  /** Where this panel is and what it does there; sent when it changes (and again after a reconnect). */
  setPresence(subjects: string[], state: PresenceState): void {
    const next: PresenceMessage = { type: 'presence', subjects: [...subjects].sort(), state };
    if (next.state === this.presence.state && next.subjects.join() === this.presence.subjects.join()) return;
    this.presence = next;
    this.send(next);
  }

  private send(message: LiveClientMessage): void {
    if (this.socket?.readyState === OPEN) this.socket.send(JSON.stringify(message));
  }

  private teardown(): void {
    this.generation += 1;
    clearTimeout(this.retry);
    clearInterval(this.ping);
    this.retry = undefined;
    this.ping = undefined;
    const socket = this.socket;
    this.socket = undefined;
    if (socket) {
      socket.onopen = socket.onmessage = socket.onerror = null;
      socket.onclose = null;
      if (socket.readyState <= OPEN) socket.close(1000);
    }
  }

  private async connect(): Promise<void> {
    const generation = ++this.generation;
    this.events.status('connecting');
    let answer: LiveTicketAnswer;
    try {
      answer = await this.deps.ticket();
    } catch {
      answer = { state: 'offline' };
    }
    if (!this.running || generation !== this.generation) return;
    if (answer.state === 'solo' || answer.state === 'revoked') {
      this.running = false;
      this.events.status(answer.state);
      return;
    }
    if (answer.state !== 'connected') return this.again(generation);
    let socket: LiveSocket;
    try {
      socket = this.deps.open(answer.url);
    } catch {
      return this.again(generation);
    }
    this.socket = socket;
    const ticket = answer.ticket;
    socket.onopen = () => socket.send(JSON.stringify({ type: 'hello', ticket } satisfies LiveClientMessage));
    socket.onmessage = (event) => this.receive(event.data, generation);
    socket.onerror = () => undefined; // onclose follows and decides
    socket.onclose = (event) => {
      if (generation !== this.generation) return;
      this.socket = undefined;
      clearInterval(this.ping);
      if (event.code === LIVE_CLOSE.revoked) return this.revoked();
      this.again(generation);
    };
  }

  private receive(data: unknown, generation: number): void {
    if (generation !== this.generation || typeof data !== 'string') return;
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      return;
    }
    const parsed = LiveServerMessage.safeParse(json);
    if (!parsed.success) return; // a newer server's message, or garbage: nothing to act on
    const message = parsed.data;
    if (message.type === 'welcome') {
      this.attempts = 0;
      this.events.welcome({ agentId: message.agentId, teamId: message.teamId });
      this.events.status('live');
      void this.deps
        .claims()
        .catch(() => undefined)
        .then((answer) => {
          if (answer?.state === 'connected' && generation === this.generation) this.events.claims(answer.claims);
        });
      // A new connection is present nowhere: say again where this panel is.
      if (this.presence.subjects.length > 0) this.send(this.presence);
      clearInterval(this.ping);
      this.ping = setInterval(() => this.send({ type: 'ping' }), LIVE_PING_MS);
      return;
    }
    if (message.type === 'revoked') return this.revoked();
    if (message.type !== 'pong') this.events.message(message);
  }

  private revoked(): void {
    this.running = false;
    this.teardown();
    this.events.status('revoked');
  }

  /** Out of reach or dropped: a fresh ticket after a growing, jittered wait. */
  private again(generation: number): void {
    if (!this.running || generation !== this.generation) return;
    this.teardown();
    this.attempts += 1;
    this.events.status('offline');
    const delay =
      RETRY_FLOOR_MS +
      retryDelayMs(this.attempts, { baseMs: RETRY_BASE_MS, capMs: RETRY_CAP_MS, random: this.deps.random });
    this.retry = setTimeout(() => void this.connect(), delay);
  }
}
