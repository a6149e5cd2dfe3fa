/**
 * How live hubs on several processes over one database tell each other things: NOTIFY on one
 * channel, a JSON payload naming the sending process (each process ignores its own, having acted on
 * it already). Notifications go out one after another, so a process's announcements arrive in the
 * order it made them. PostgreSQL refuses payloads of 8000 bytes or more: presence goes in chunks,
 * and an answer whose text would not fit goes without its text.
 */
import { z } from 'zod';
import type { Db } from '../db/db';
import { LiveServerMessage, PresenceState } from '../../utils/team/live-wire';
import type { TeamNews } from './hub';

export const LIVE_CHANNEL = 'careline_live';
/** Below PostgreSQL's 8000-byte limit, with room to spare. */
export const PAYLOAD_MAX_BYTES = 7500;

const Announcement = z.object({
  key: z.string().max(100),
  agentId: z.string().max(100),
  name: z.string().max(200),
  state: PresenceState,
  subjects: z.array(z.string().max(64)).max(4),
});
export type PresenceAnnouncement = z.infer<typeof Announcement>;

const FanoutMessage = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('presence'), origin: z.string(), teamId: z.string(), entries: z.array(Announcement) }),
  z.object({ kind: z.literal('news'), origin: z.string(), teamId: z.string(), news: LiveServerMessage }),
  z.object({ kind: z.literal('revoke'), origin: z.string(), teamId: z.string(), agentId: z.string() }),
]);
export type FanoutMessage =
  | { kind: 'presence'; origin: string; teamId: string; entries: PresenceAnnouncement[] }
  | { kind: 'news'; origin: string; teamId: string; news: TeamNews }
  | { kind: 'revoke'; origin: string; teamId: string; agentId: string };

export interface Fanout {
  start(): Promise<void>;
  presence(teamId: string, entries: readonly PresenceAnnouncement[]): void;
  news(teamId: string, news: TeamNews): void;
  revoke(teamId: string, agentId: string): void;
  close(): Promise<void>;
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

export function createFanout(db: Db, origin: string, receive: (message: FanoutMessage) => void): Fanout {
  let stop: (() => Promise<void>) | undefined;
  let queue: Promise<void> = Promise.resolve();
  let closed = false;

  const send = (message: FanoutMessage) => {
    if (closed) return;
    const payload = JSON.stringify(message);
    // A lost notification heals: presence is announced again within 15 s, news is refetched by the queue.
    queue = queue.then(() => db.notify(LIVE_CHANNEL, payload)).catch(() => undefined);
  };

  const onPayload = (payload: string) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(payload);
    } catch {
      return;
    }
    const message = FanoutMessage.safeParse(parsed);
    if (!message.success || message.data.origin === origin) return;
    receive(message.data as FanoutMessage);
  };

  return {
    async start() {
      stop = await db.listen(LIVE_CHANNEL, onPayload);
    },
    presence(teamId, entries) {
      let chunk: PresenceAnnouncement[] = [];
      const flush = () => {
        if (chunk.length) send({ kind: 'presence', origin, teamId, entries: chunk });
        chunk = [];
      };
      for (const entry of entries) {
        chunk.push(entry);
        if (
          chunk.length > 1 &&
          bytes(JSON.stringify({ kind: 'presence', origin, teamId, entries: chunk })) > PAYLOAD_MAX_BYTES
        ) {
          chunk.pop();
          flush();
          chunk.push(entry);
        }
      }
      flush();
    },
    news(teamId, news) {
      const message: FanoutMessage = { kind: 'news', origin, teamId, news };
      if (news.type === 'answered' && bytes(JSON.stringify(message)) > PAYLOAD_MAX_BYTES) {
        send({ ...message, news: { ...news, text: null } });
      } else send(message);
    },
    revoke(teamId, agentId) {
      send({ kind: 'revoke', origin, teamId, agentId });
    },
    async close() {
      closed = true;
      await queue;
      await stop?.();
    },
  };
}
