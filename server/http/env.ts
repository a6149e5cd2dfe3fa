/** What every route of the team server shares: its dependencies and the signed-in agent. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '../db/db';
import type { LiveHub } from '../live/hub';
import type { Role } from '../../utils/team/wire';

/** Who is asking: set by the auth middleware from the bearer token, never from the request body. */
export interface AuthSession {
  teamId: string;
  teamName: string;
  agentId: string;
  agentName: string;
  role: Role;
}

/** Wakes long-polling pulls when a team's record changes (in process; LISTEN/NOTIFY across processes). */
export interface ChangeNotifier {
  /** Wakes the team's pulls waiting on any of `customerIds` (all of the team's pulls when absent). */
  notify(teamId: string, customerIds?: readonly string[]): void;
  /** Resolves on the next change of the team (of one of `customerIds` when given), after `ms`, or when `signal` aborts. */
  wait(teamId: string, ms: number, signal?: AbortSignal, customerIds?: readonly string[]): Promise<void>;
}

export interface AppDeps {
  db: Db;
  notifier: ChangeNotifier;
  /** This process's live connections and the fan-out to the others (server/live/hub.ts). */
  live: LiveHub;
  now: () => Date;
  /** One line per request: method, route pattern, status, time. Never a body, a query string or a token. */
  log: (line: string) => void;
}

export type TeamEnv = { Variables: { session: AuthSession } };
export type TeamApp = OpenAPIHono<TeamEnv>;
