/**
 * `npm run server -- <command>`: run the team server, or do the operator's tasks on its database.
 *   serve        [--data DIR | --database URL] [--port N] [--host H] [--tls-cert FILE --tls-key FILE]
 *   create-team  --name NAME --lead NAME       prints the lead's one-time invite code
 *   invite       --team ID --name NAME [--role lead]
 *   revoke       --agent ID
 *   import       FILE --team ID [--agent LEAD_ID]    the CRM's CSV (server/cli-lead-data.ts)
 *   retention    [--team ID]
 *   set-oidc     --team ID --oidc-issuer URL --oidc-client-id ID   company sign-in (server/oidc/cli.ts)
 * Every command takes --data DIR (PGlite, default ./.careline-server) or --database postgres://…
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDb, type Db } from './db/db';
import { migrate } from './db/migrate';
import { asTeam } from './db/team-scope';
import { holdDataDir } from './db/data-dir-lock';
import { startServer } from './main';
import { createInvite, revokeAgent } from './store/agents';
import { createTeam, teamExists } from './store/teams';
import { CommandError, leadDataCommands } from './cli-lead-data';
import { OIDC_OPTIONS, OIDC_USAGE, setOidcCommand } from './oidc/cli';

export const DEFAULT_DATA_DIR = '.careline-server';
export const DEFAULT_PORT = 8787;

const USAGE = `usage: npm run server -- <command> [options]
  serve        [--port N] [--host H] [--tls-cert FILE --tls-key FILE]
  create-team  --name NAME --lead NAME
  invite       --team TEAM_ID --name NAME [--role agent|lead]
  revoke       --agent AGENT_ID
  import       FILE --team TEAM_ID [--agent LEAD_ID]
  retention    [--team TEAM_ID]
${OIDC_USAGE}
  every command: --data DIR (embedded PGlite, default ${DEFAULT_DATA_DIR}) or --database postgres://…`;

/**
 * Extra subcommands (added by other parts of the server) get the parsed options, an open, migrated
 * Db and the positional arguments after the command's name; they may answer an exit code.
 */
export type Command = (values: Options, db: Db, out: (line: string) => void, args: string[]) => Promise<void | number>;
export type Options = Record<string, string | undefined>;

const OPTIONS = {
  data: { type: 'string' },
  database: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  'tls-cert': { type: 'string' },
  'tls-key': { type: 'string' },
  name: { type: 'string' },
  lead: { type: 'string' },
  team: { type: 'string' },
  role: { type: 'string' },
  agent: { type: 'string' },
  ...OIDC_OPTIONS,
} as const;

export class UsageError extends Error {}

function need(values: Options, key: string): string {
  const value = values[key]?.trim();
  if (!value) throw new UsageError(`--${key} is required`);
  return value;
}

const COMMANDS: Record<string, Command> = {
  ...leadDataCommands,
  async 'create-team'(values, db, out) {
    const team = await createTeam(db, need(values, 'name'), need(values, 'lead'));
    out(`Team created: ${team.teamId}`);
    out(`Lead's invite code (one use, until ${team.expiresAt}):`);
    out(team.leadCode);
  },
  async invite(values, db, out) {
    const teamId = need(values, 'team');
    const role = values.role ?? 'agent';
    if (role !== 'agent' && role !== 'lead') throw new UsageError('--role is agent or lead');
    if (!(await teamExists(db, teamId))) throw new UsageError(`no team ${teamId}`);
    const invite = await asTeam(db, teamId, (tx) =>
      createInvite(tx, teamId, { name: need(values, 'name'), role }, new Date()),
    );
    out(`Invite code for ${role} (one use, until ${invite.expiresAt}):`);
    out(invite.code);
  },
  async revoke(values, db, out) {
    const agentId = need(values, 'agent');
    const rows = /^[0-9a-f-]{36}$/i.test(agentId)
      ? await db.query<{ team_id: string }>('SELECT team_id FROM agents WHERE id = $1', [agentId])
      : [];
    const teamId = rows[0]?.team_id;
    if (!teamId) throw new UsageError(`no agent ${agentId}`);
    await asTeam(db, teamId, (tx) => revokeAgent(tx, agentId, new Date()));
    out(`Agent ${agentId} revoked: their tokens no longer work.`);
  },
};

COMMANDS['set-oidc'] = setOidcCommand;

/** Subcommands other parts of the server register (import, retention…). */
export function registerCommand(name: string, command: Command): void {
  COMMANDS[name] = command;
}

export async function runCli(argv: string[], out: (line: string) => void = console.log): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    out(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const values: Options = parsed.values;
  const [command = 'serve'] = parsed.positionals;
  if (command === 'serve') return serve(values, out);
  const run = COMMANDS[command];
  if (!run) {
    out(`unknown command: ${command}\n${USAGE}`);
    return 2;
  }
  const release = values.database ? () => undefined : holdDataDir(values.data ?? DEFAULT_DATA_DIR);
  try {
    const db = await openDb({ databaseUrl: values.database, dataDir: values.data ?? DEFAULT_DATA_DIR });
    try {
      await migrate(db);
      return (await run(values, db, out, parsed.positionals.slice(1))) ?? 0;
    } finally {
      await db.close();
    }
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof CommandError)) throw error;
    out(`${error.message}\n${USAGE}`);
    return 2;
  } finally {
    release();
  }
}

async function serve(values: Options, out: (line: string) => void): Promise<number> {
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    out(`--port must be a port number\n${USAGE}`);
    return 2;
  }
  if (Boolean(values['tls-cert']) !== Boolean(values['tls-key'])) {
    out(`--tls-cert and --tls-key go together\n${USAGE}`);
    return 2;
  }
  const tls =
    values['tls-cert'] && values['tls-key']
      ? { cert: readFileSync(values['tls-cert']), key: readFileSync(values['tls-key']) }
      : undefined;
  const dataDir = values.data ?? DEFAULT_DATA_DIR;
  const release = values.database ? () => undefined : holdDataDir(dataDir);
  const server = await startServer({ port, host: values.host, databaseUrl: values.database, dataDir, tls }).catch(
    (error: unknown) => {
      release();
      throw error;
    },
  );
  out(`Careline team server on ${server.url} (${values.database ? 'PostgreSQL' : `PGlite in ${dataDir}`})`);
  const stop = async () => {
    await server.close();
    release();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise<number>(() => undefined);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      if (code !== 0) process.exit(code);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
