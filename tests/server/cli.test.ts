import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { runCli } from '../../server/cli';
import { startServer } from '../../server/main';
import { openTestDatabase, testEngine, type TestDatabase } from '../../server/test-database';
import { JoinResponse } from '../../utils/team/wire';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Where the CLI's database lives: a PGlite folder, or a fresh PostgreSQL database on that run. */
async function storage(): Promise<{ args: string[]; server: { dataDir?: string; databaseUrl?: string } }> {
  if (testEngine() === 'postgres') {
    const database: TestDatabase = await openTestDatabase();
    await database.db.close();
    cleanups.push(() => database.close().catch(() => undefined));
    return { args: ['--database', database.databaseUrl!], server: { databaseUrl: database.databaseUrl } };
  }
  const dir = mkdtempSync(join(tmpdir(), 'careline-cli-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const dataDir = join(dir, 'data');
  return { args: ['--data', dataDir], server: { dataDir } };
}

async function cli(args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runCli(args, (line) => lines.push(...line.split('\n')));
  return { code, lines };
}

it('create-team prints a lead code, invite prints an agent code, revoke stops the agent', async () => {
  const where = await storage();
  const created = await cli(['create-team', '--name', 'LG U+ care', '--lead', 'Dorothy', ...where.args]);
  expect(created.code).toBe(0);
  const teamId = /^Team created: ([0-9a-f-]{36})$/.exec(created.lines[0] ?? '')?.[1];
  expect(teamId).toBeDefined();
  const leadCode = created.lines.at(-1)!;
  expect(leadCode).toMatch(/^cli_/);

  const invited = await cli(['invite', '--team', teamId!, '--name', '서연', ...where.args]);
  expect(invited.code).toBe(0);
  const agentCode = invited.lines.at(-1)!;

  const server = await startServer({ ...where.server, log: () => undefined });
  const join = async (code: string) =>
    JoinResponse.parse(
      await (
        await fetch(`${server.url}/v1/join`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ inviteCode: code }),
        })
      ).json(),
    );
  const lead = await join(leadCode);
  expect(lead.agent).toMatchObject({ name: 'Dorothy', role: 'lead' });
  expect(lead.team).toEqual({ id: teamId, name: 'LG U+ care' });
  const agent = await join(agentCode);
  expect(agent.agent).toMatchObject({ name: '서연', role: 'agent' });
  await server.close();

  const revoked = await cli(['revoke', '--agent', agent.agent.id, ...where.args]);
  expect(revoked.code).toBe(0);
  const again = await startServer({ ...where.server, log: () => undefined });
  const me = await fetch(`${again.url}/v1/me`, { headers: { authorization: `Bearer ${agent.token}` } });
  expect(me.status).toBe(401);
  expect(((await me.json()) as { error: string }).error).toBe('revoked');
  await again.close();
});

it('refuses missing options and unknown teams with usage, changing nothing', async () => {
  const where = await storage();
  const missing = await cli(['create-team', '--name', 'x', ...where.args]);
  expect(missing.code).toBe(2);
  expect(missing.lines[0]).toBe('--lead is required');
  const unknown = await cli(['invite', '--team', '00000000-0000-0000-0000-000000000000', '--name', 'a', ...where.args]);
  expect(unknown.code).toBe(2);
  expect(unknown.lines[0]).toBe('no team 00000000-0000-0000-0000-000000000000');
  const bogus = await cli(['frobnicate', ...where.args]);
  expect(bogus.code).toBe(2);
});
