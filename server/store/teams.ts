/** Teams and their settings. Creating a team is an operator's act (the CLI), so it runs as the owner. */
import type { Db, Queryable } from '../db/db';
import type { TeamSettings } from '../../utils/team/wire';
import { createInvite } from './agents';
import { single } from './rows';

export interface NewTeam {
  teamId: string;
  leadAgentId: string;
  /** The lead's one-time invite code: the only way into the new team. */
  leadCode: string;
  expiresAt: string;
}

export async function createTeam(db: Db, name: string, leadName: string, now = new Date()): Promise<NewTeam> {
  return db.transaction(async (tx) => {
    const team = single(await tx.query<{ id: string }>('INSERT INTO teams (name) VALUES ($1) RETURNING id', [name]));
    const invite = await createInvite(tx, team.id, { name: leadName, role: 'lead' }, now);
    return { teamId: team.id, leadAgentId: invite.agentId, leadCode: invite.code, expiresAt: invite.expiresAt };
  });
}

export async function teamExists(db: Db, teamId: string): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(teamId)) return false;
  return (await db.query('SELECT 1 FROM teams WHERE id = $1', [teamId])).length > 0;
}

export async function getSettings(tx: Queryable, teamId: string): Promise<TeamSettings> {
  const row = single(
    await tx.query<{
      cache_hours: number;
      retention_days: number;
      response_target_minutes: number;
      claim_minutes: number;
    }>('SELECT cache_hours, retention_days, response_target_minutes, claim_minutes FROM teams WHERE id = $1', [teamId]),
  );
  return {
    cacheHours: row.cache_hours,
    retentionDays: row.retention_days,
    responseTargetMinutes: row.response_target_minutes,
    claimMinutes: row.claim_minutes,
  };
}

export async function putSettings(tx: Queryable, teamId: string, settings: TeamSettings): Promise<void> {
  await tx.query(
    `UPDATE teams SET cache_hours = $2, retention_days = $3, response_target_minutes = $4, claim_minutes = $5
      WHERE id = $1`,
    [teamId, settings.cacheHours, settings.retentionDays, settings.responseTargetMinutes, settings.claimMinutes],
  );
}
