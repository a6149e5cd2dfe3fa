/**
 * The lead's data tasks from the command line, for the operator who runs the server:
 *   import FILE --team ID [--agent LEAD_ID]   the CRM's CSV, all or nothing (as POST /customers/import)
 *   retention [--team ID]                      what the server's hourly timer does, now
 * The import is written to the access log as done by the team's lead (--agent, else its first lead),
 * marked as coming from the command line.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Command } from './cli';
import type { AuthSession } from './http/env';
import { importCustomers } from './store/import';
import { runRetention } from './store/retention';
import { sizeProblem } from '../utils/customers/csv/decode';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class CommandError extends Error {}

const leadOf = async (
  db: Parameters<Command>[1],
  teamId: string,
  agentId: string | undefined,
): Promise<AuthSession> => {
  const rows = await db.query<{ team_name: string; agent_id: string; agent_name: string }>(
    `SELECT t.name AS team_name, a.id::text AS agent_id, a.name AS agent_name
       FROM teams t JOIN agents a ON a.team_id = t.id
      WHERE t.id = $1 AND a.role = 'lead' AND a.revoked_at IS NULL AND ($2::uuid IS NULL OR a.id = $2)
      ORDER BY a.created_at, a.id LIMIT 1`,
    [teamId, agentId ?? null],
  );
  const lead = rows[0];
  if (!lead) throw new CommandError(`no team ${teamId} with ${agentId ? `a lead ${agentId}` : 'a lead'}`);
  return { teamId, teamName: lead.team_name, agentId: lead.agent_id, agentName: lead.agent_name, role: 'lead' };
};

export const leadDataCommands: Record<string, Command> = {
  async import(values, db, out, args) {
    const file = args[0];
    const teamId = values.team?.trim();
    if (!file || !teamId) throw new CommandError('import needs a FILE and --team ID');
    if (!UUID.test(teamId) || (values.agent && !UUID.test(values.agent))) throw new CommandError('ids are UUIDs');
    const session = await leadOf(db, teamId, values.agent);
    const tooLarge = sizeProblem(statSync(file).size);
    const outcome = tooLarge
      ? { imported: 0, created: 0, updated: 0, problems: [tooLarge] }
      : await importCustomers(db, session, new Uint8Array(readFileSync(file)), {
          detail: (rows) => `${rows} (command line)`,
        });
    if (outcome.problems.length) {
      for (const line of outcome.problems) out(line);
      return 1;
    }
    const customers = outcome.imported === 1 ? 'customer' : 'customers';
    out(`Imported ${outcome.imported} ${customers} (${outcome.created} new, ${outcome.updated} changed).`);
  },
  async retention(values, db, out) {
    const teamId = values.team?.trim();
    if (teamId && !UUID.test(teamId)) throw new CommandError('--team is a UUID');
    const r = await runRetention(db, new Date(), { teamId });
    out(
      `Retention over ${r.teams} team(s): removed ${r.events} events, ${r.accessLog} access log entries, ${r.invites} invites.`,
    );
  },
};
