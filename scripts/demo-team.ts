/**
 * The demo's care team, shared by `npm start` and the README screenshots: a team server on
 * 127.0.0.1 (embedded PGlite in a folder beside the demo's browser profile, so every run starts
 * fresh), a team with the sample CRM export imported (as `npm run server -- import` does), whose
 * colleague 지민 has already written about the demo customer, and the lead's one-time invite code
 * for the demo browser to join with, the way a lead does in options → Team. 지민's note goes in
 * through the same API her Careline would use (join, then push).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { startServer } from '../server/main';
import { asTeam } from '../server/db/team-scope';
import { createInvite } from '../server/store/agents';
import { importCustomers } from '../server/store/import';
import { openIncident } from '../server/store/incidents';
import { createTeam } from '../server/store/teams';
import { API_PREFIX, JoinResponse, PushResponse, type NewEvent } from '../utils/team/wire';
import { SAMPLE_CUSTOMERS } from './demo-setup';
import { startDemoLive, type DemoLive } from './demo-live';

export const DEMO_TEAM = '한빛 CS팀';
/** The demo browser's agent: the team's lead, so options → Team shows the lead's tools too. */
export const DEMO_LEAD = '서연';
export const DEMO_COLLEAGUE = '지민';
/** The demo customer (the imitation's @minji_kim, C-100231 in the sample CRM export). */
const DEMO_CUSTOMER = { handle: 'minji_kim', crmId: 'C-100231' };
export const COLLEAGUE_NOTE = '어제 매장에서 유심 재발급 받았는데 아직 개통 안 됨. 오늘 중 콜백 약속함';
export const COLLEAGUE_TAG = '콜백약속';

export interface DemoTeam {
  /** The server's address, for options → Team → "Team server URL". */
  url: string;
  /** The lead's one-time invite code, for options → Team → "Invite code". */
  leadCode: string;
  /** 지민's answered and claimed posts, and her presence on the demo customer's post (demo-live.ts). */
  live: DemoLive;
  /** The lead opens an incident (for the README's incident screenshot), as POST /v1/incidents does. */
  openIncident(incident: { title: string; holdingReply: string; topic?: string; place?: string }): Promise<void>;
  close(): Promise<void>;
}

export async function startDemoTeam(dataDir: string): Promise<DemoTeam> {
  const server = await startServer({ dataDir, port: 0, log: () => undefined });
  try {
    const team = await createTeam(server.db, DEMO_TEAM, DEMO_LEAD);
    const lead = { teamId: team.teamId, teamName: DEMO_TEAM, agentId: team.leadAgentId, agentName: DEMO_LEAD };
    const crm = await importCustomers(server.db, { ...lead, role: 'lead' }, readFileSync(SAMPLE_CUSTOMERS), {
      detail: (rows) => `${rows} (demo)`,
    });
    if (crm.problems.length) throw new Error(`the sample customers did not import: ${crm.problems.join('; ')}`);
    const colleague = await asTeam(server.db, team.teamId, (tx) =>
      createInvite(tx, team.teamId, { name: DEMO_COLLEAGUE, role: 'agent' }, new Date()),
    );
    const joined = await call(server.url, '/join', { inviteCode: colleague.code }, JoinResponse);
    const at = colleagueMorning();
    const events: NewEvent[] = [
      { clientId: randomUUID(), customer: DEMO_CUSTOMER, kind: 'note', at, text: COLLEAGUE_NOTE },
      { clientId: randomUUID(), customer: DEMO_CUSTOMER, kind: 'tag-added', at, tag: COLLEAGUE_TAG },
    ];
    await call(server.url, '/events', { events }, PushResponse, joined.token);
    const live = await startDemoLive(server.url, joined.token);
    const close = async () => {
      await live.close();
      await server.close();
    };
    const openDemoIncident: DemoTeam['openIncident'] = async (incident) => {
      await asTeam(server.db, team.teamId, (tx) => openIncident(tx, { ...lead, role: 'lead' }, incident, new Date()));
    };
    return { url: server.url, leadCode: team.leadCode, live, openIncident: openDemoIncident, close };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** 10:42 this morning, or yesterday's when the demo starts before then: a note is never from the future. */
function colleagueMorning(now = new Date()): string {
  const at = new Date(now);
  at.setHours(10, 42, 0, 0);
  if (at > now) at.setDate(at.getDate() - 1);
  return at.toISOString();
}

async function call<S extends z.ZodType>(base: string, path: string, body: unknown, answer: S, token?: string) {
  const response = await fetch(`${base}${API_PREFIX}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`the demo team server answered ${path} with ${response.status}: ${await response.text()}`);
  return answer.parse(await response.json()) as z.infer<S>;
}
