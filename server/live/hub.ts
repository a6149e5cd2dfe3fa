/**
 * The live hub of one server process: the live connections it holds, and who is present where
 * across every process on the database. Each process keeps only its own connections; what they
 * announce (presence) and what the team must hear (answers, claims, revocations) crosses processes
 * through NOTIFY on one channel (server/live/fanout.ts). Presence lives in memory only: nothing is
 * written to a table or a log. A process re-announces its presence every 15 s and forgets another
 * process's entries 45 s after their last announcement, so a process that dies without a word does
 * not leave ghosts behind.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/db';
import { createFanout, type FanoutMessage, type PresenceAnnouncement } from './fanout';
import { PresenceBoard } from './presence-board';
import { LIVE_CLOSE, type LiveServerMessage, type PresenceState } from '../../utils/team/live-wire';

export const REANNOUNCE_MS = 15_000;
export const PRESENCE_EXPIRY_MS = 45_000;

/** One live connection as the hub sees it; the socket layer (server/live/socket.ts) makes them. */
export interface LiveConnection {
  readonly teamId: string;
  readonly agentId: string;
  readonly agentName: string;
  send(message: LiveServerMessage): void;
  close(code: number, reason: string): void;
}

/** Team-wide news: delivered to every connection of the team, on every process. */
export type TeamNews = Extract<LiveServerMessage, { type: 'answered' | 'claim' | 'claim-released' | 'incident' }>;

export interface LiveHub {
  readonly processId: string;
  /** Starts listening for other processes; resolves once listening. */
  start(): Promise<void>;
  attach(connection: LiveConnection): void;
  detach(connection: LiveConnection): void;
  /** Replaces a connection's presence (no subjects = present nowhere). */
  setPresence(connection: LiveConnection, subjects: readonly string[], state: PresenceState): void;
  /** Tells the whole team, on every process. */
  broadcast(teamId: string, news: TeamNews): void;
  /** A revoked agent: 'revoked' then close 4403 on every process, and out of presence at once. */
  revoke(teamId: string, agentId: string): void;
  /** The timer's work, now: re-announce this process's presence, forget stale entries of others. */
  tick(): void;
  /** Local connections and presence entries known (all processes), for tests and the bench. */
  stats(): { connections: number; presenceEntries: number };
  close(): Promise<void>;
}

export interface HubOptions {
  reannounceMs?: number;
  expiryMs?: number;
  now?: () => number;
}

export function createLiveHub(db: Db, options: HubOptions = {}): LiveHub {
  const processId = randomUUID();
  const now = options.now ?? Date.now;
  const local = new Map<LiveConnection, { key: string; subjects: string[]; state: PresenceState }>();
  const board = new PresenceBoard(processId, (teamId, subjects) => deliverPresence(teamId, subjects));
  let counter = 0;
  let timer: ReturnType<typeof setInterval> | undefined;

  const fanout = createFanout(db, processId, (message) => receive(message));

  /** Sends each local connection on these subjects the people there now (itself left out), when it changed. */
  const lastSent = new Map<LiveConnection, Map<string, string>>();
  const byKey = new Map<string, LiveConnection>();
  function deliverPresence(teamId: string, subjects: Iterable<string>) {
    for (const subject of subjects) {
      const entries = board.on(teamId, subject);
      const everyone = board.people(entries, '');
      for (const entry of entries) {
        const connection = entry.origin === processId ? byKey.get(entry.key) : undefined;
        if (!connection) continue;
        const people = everyone.filter((p) => p.agentId !== connection.agentId);
        const text = JSON.stringify(people);
        const sent = lastSent.get(connection);
        if ((sent?.get(subject) ?? '[]') === text) continue;
        sent?.set(subject, text);
        connection.send({ type: 'presence', subject, people });
      }
    }
  }

  function announcement(connection: LiveConnection): PresenceAnnouncement {
    const info = local.get(connection);
    return {
      key: info?.key ?? '',
      agentId: connection.agentId,
      name: connection.agentName,
      state: info?.state ?? 'viewing',
      subjects: info?.subjects ?? [],
    };
  }

  function dropAgent(teamId: string, agentId: string) {
    for (const connection of [...local.keys()]) {
      if (connection.teamId !== teamId || connection.agentId !== agentId) continue;
      connection.send({ type: 'revoked' });
      connection.close(LIVE_CLOSE.revoked, 'revoked');
      detachQuietly(connection);
    }
    board.dropAgent(teamId, agentId);
  }

  function detachQuietly(connection: LiveConnection) {
    const info = local.get(connection);
    if (!info) return;
    local.delete(connection);
    lastSent.delete(connection);
    byKey.delete(info.key);
    board.remove(connection.teamId, info.key);
  }

  function receive(message: FanoutMessage) {
    if (message.kind === 'presence') {
      for (const entry of message.entries) board.put(message.teamId, entry, message.origin, now());
    } else if (message.kind === 'news') {
      for (const connection of local.keys()) if (connection.teamId === message.teamId) connection.send(message.news);
    } else if (message.kind === 'revoke') {
      dropAgent(message.teamId, message.agentId);
    }
  }

  function reannounce() {
    const byTeam = new Map<string, PresenceAnnouncement[]>();
    for (const [connection, info] of local) {
      if (!info.subjects.length) continue;
      const list = byTeam.get(connection.teamId) ?? [];
      list.push(announcement(connection));
      byTeam.set(connection.teamId, list);
    }
    for (const [teamId, entries] of byTeam) fanout.presence(teamId, entries);
    board.expire(now() - (options.expiryMs ?? PRESENCE_EXPIRY_MS));
  }

  return {
    processId,
    async start() {
      await fanout.start();
      timer = setInterval(reannounce, options.reannounceMs ?? REANNOUNCE_MS);
      timer.unref?.();
    },
    attach(connection) {
      const key = `${processId}:${++counter}`;
      local.set(connection, { key, subjects: [], state: 'viewing' });
      byKey.set(key, connection);
      lastSent.set(connection, new Map());
    },
    detach(connection) {
      const info = local.get(connection);
      if (!info) return;
      const hadSubjects = info.subjects.length > 0;
      detachQuietly(connection);
      if (hadSubjects)
        fanout.presence(connection.teamId, [{ ...announcement(connection), key: info.key, subjects: [] }]);
    },
    setPresence(connection, subjects, state) {
      const info = local.get(connection);
      if (!info) return;
      const unique = [...new Set(subjects)];
      const left = info.subjects.filter((s) => !unique.includes(s));
      info.subjects = unique;
      info.state = state;
      const sent = lastSent.get(connection);
      for (const subject of left) sent?.delete(subject);
      const entry = announcement(connection);
      // The board tells everyone on the old and new subjects, this connection included (who is on its new ones).
      board.put(connection.teamId, entry, processId, now());
      fanout.presence(connection.teamId, [entry]);
    },
    broadcast(teamId, news) {
      receive({ kind: 'news', origin: processId, teamId, news });
      fanout.news(teamId, news);
    },
    revoke(teamId, agentId) {
      dropAgent(teamId, agentId);
      fanout.revoke(teamId, agentId);
    },
    tick: reannounce,
    stats: () => ({ connections: local.size, presenceEntries: board.size() }),
    async close() {
      if (timer) clearInterval(timer);
      for (const connection of [...local.keys()]) this.detach(connection);
      await fanout.close();
    },
  };
}
