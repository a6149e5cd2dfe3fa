/** Shared set-up for the server suite: a team with a lead and agents joined over HTTP. */
import { randomUUID } from 'node:crypto';
import type { TestServer } from '../../server/testing';
import type { CustomerRef, EventKind, NewEvent } from '../../utils/team/wire';

export async function teamWithAgents(server: TestServer, name = 'Care team', agents: string[] = ['서연']) {
  const { teamId, leadCode } = await server.createTeam(name, 'Lead');
  const lead = await server.join(leadCode);
  const joined = [];
  for (const agent of agents) joined.push(await server.join(await server.invite(teamId, agent)));
  return { teamId, lead, agents: joined };
}

export function newEvent(customer: CustomerRef, kind: EventKind, extra: Partial<NewEvent> = {}): NewEvent {
  return {
    clientId: randomUUID(),
    customer,
    kind,
    at: new Date().toISOString(),
    ...(kind === 'note' ? { text: 'note' } : {}),
    ...extra,
  };
}

export async function json<T = unknown>(response: Response | Promise<Response>): Promise<T> {
  const r = await response;
  const body = (await r.json()) as T;
  if (r.status !== 200) throw new Error(`expected 200, got ${r.status}: ${JSON.stringify(body)}`);
  return body;
}
