/**
 * Set-up for the store tests of the lead's data tools (import, erase, retention, review, export):
 * a migrated database of the run's engine (server/test-database.ts) and teams made with plain SQL.
 */
import type { Db } from '../../server/db/db';
import { migrate } from '../../server/db/migrate';
import type { AuthSession } from '../../server/http/env';
import { openTestDatabase } from '../../server/test-database';
import { lockTeamChanges } from '../../server/store/events';
import type { Role } from '../../utils/team/wire';

/** A migrated database of the run's engine, of this test file alone; `close` drops it. */
export async function openTestDb(): Promise<Db> {
  const database = await openTestDatabase();
  await migrate(database.db);
  return { ...database.db, close: database.close };
}

/** A new team and its lead, as the session the lead's token would give. */
export async function createTeam(db: Db, name = 'Care team', leadName = '지민'): Promise<AuthSession> {
  const [team] = await db.query<{ id: string }>('INSERT INTO teams (name) VALUES ($1) RETURNING id', [name]);
  if (!team) throw new Error('no team');
  return addAgent(db, { teamId: team.id, teamName: name }, leadName, 'lead');
}

export async function addAgent(
  db: Db,
  team: Pick<AuthSession, 'teamId' | 'teamName'>,
  name: string,
  role: Role = 'agent',
): Promise<AuthSession> {
  const [agent] = await db.query<{ id: string }>(
    'INSERT INTO agents (team_id, name, role, joined_at) VALUES ($1, $2, $3, now()) RETURNING id',
    [team.teamId, name, role],
  );
  if (!agent) throw new Error('no agent');
  return { teamId: team.teamId, teamName: team.teamName, agentId: agent.id, agentName: name, role };
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

export async function customersOf(db: Db, teamId: string) {
  return db.query<{
    id: string;
    x_user_id: string | null;
    handle: string | null;
    display_handle: string | null;
    crm_id: string | null;
    name: string | null;
    phone: string | null;
    plan: string | null;
    crm_tags: string[];
    attributes: Record<string, string>;
  }>(
    `SELECT id::text, x_user_id, handle, display_handle, crm_id, name, phone, plan, crm_tags, attributes
       FROM customers WHERE team_id = $1 ORDER BY id`,
    [teamId],
  );
}

/** An event written as an agent's push writes it (the team's lock, then a seq). */
export async function addEvent(db: Db, session: AuthSession, customerId: string, at: Date, text = 'note') {
  await db.transaction(async (tx) => {
    await lockTeamChanges(tx, session.teamId);
    await tx.query(
      `INSERT INTO events (team_id, client_id, customer_id, agent_id, kind, at, received_at, text)
       VALUES ($1, gen_random_uuid(), $2, $3, 'note', $4, $4, $5)`,
      [session.teamId, customerId, session.agentId, at, text],
    );
  });
}
