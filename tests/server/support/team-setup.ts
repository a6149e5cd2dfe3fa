/**
 * A team made the way a lead makes one: `create-team` on the command line prints the lead's invite
 * code, the lead joins over HTTP and invites every agent, and each agent joins with its own code.
 */
import { InviteResponse, JoinResponse, type NewEvent, PushResponse } from '../../../utils/team/wire';
import { randomUUID } from 'node:crypto';
import { inviteCodeIn, runCli, storeArgs, type Store } from './server-process';
import { call } from './wire-client';

export interface Team {
  teamId: string;
  leadToken: string;
  agents: { name: string; token: string }[];
  /** Server customer id per handle, made by the lead's first note on each. */
  customerIds: Map<string, string>;
  /** The lead's first notes: stored events like any other. */
  seeds: NewEvent[];
}

/** Runs `task` over `items`, `width` at a time. */
export async function inBatches<T, R>(items: T[], width: number, task: (item: T, i: number) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}

/** Before the server runs (a PGlite folder has one user at a time): the team and its lead's code. */
export async function createTeamOnCli(store: Store, name: string): Promise<string> {
  const output = await runCli(['create-team', ...storeArgs(store), '--name', name, '--lead', '팀장']);
  return inviteCodeIn(output);
}

export async function joinTeam(
  serverUrl: string,
  leadCode: string,
  agentCount: number,
  handles: string[],
  deadline: number,
): Promise<Team> {
  const lead = await call(serverUrl, '/join', { inviteCode: leadCode }, JoinResponse, { deadline });
  const asLead = { token: lead.token, deadline };
  const agents = await inBatches(
    Array.from({ length: agentCount }, (_, i) => `상담원 ${i + 1}`),
    5,
    async (name) => {
      const invite = await call(serverUrl, '/invites', { name, role: 'agent' }, InviteResponse, asLead);
      const joined = await call(serverUrl, '/join', { inviteCode: invite.code }, JoinResponse, { deadline });
      return { name, token: joined.token };
    },
  );
  const seeds: NewEvent[] = handles.map((handle) => ({
    clientId: randomUUID(),
    customer: { handle },
    kind: 'note',
    at: new Date().toISOString(),
    text: `첫 메모: ${handle}`,
  }));
  const pushed = await call(serverUrl, '/events', { events: seeds }, PushResponse, asLead);
  const customerIds = new Map(handles.map((h, i) => [h, pushed.results[i]?.customerId ?? '']));
  return { teamId: lead.team.id, leadToken: lead.token, agents, customerIds, seeds };
}
