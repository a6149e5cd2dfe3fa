/** The operator turns company sign-in on and off for a team from the command line. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { runCli } from '../../server/cli';
import { openDb } from '../../server/db/db';
import { openTestDatabase, testEngine } from '../../server/test-database';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function storage(): Promise<{ args: string[]; open: () => ReturnType<typeof openDb> }> {
  if (testEngine() === 'postgres') {
    const database = await openTestDatabase();
    await database.db.close();
    cleanups.push(() => database.close().catch(() => undefined));
    return { args: ['--database', database.databaseUrl!], open: () => openDb({ databaseUrl: database.databaseUrl }) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'careline-oidc-cli-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const dataDir = join(dir, 'data');
  return { args: ['--data', dataDir], open: () => openDb({ dataDir }) };
}

async function cli(args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runCli(args, (line) => lines.push(...line.split('\n')));
  return { code, lines };
}

it('set-oidc names the identity provider of a team, refuses plain http elsewhere, and turns it off', async () => {
  const where = await storage();
  const created = await cli(['create-team', '--name', 'KT care', '--lead', 'Lead', ...where.args]);
  const teamId = /^Team created: ([0-9a-f-]{36})$/.exec(created.lines[0] ?? '')?.[1] ?? '';
  expect(teamId).not.toBe('');

  const issuer = 'https://login.example.com/tenant-1/v2.0';
  const on = await cli([
    'set-oidc',
    '--team',
    teamId,
    '--oidc-issuer',
    issuer,
    '--oidc-client-id',
    'careline',
    ...where.args,
  ]);
  expect(on).toEqual({ code: 0, lines: [`Team ${teamId}: agents sign in with ${issuer} (client careline).`] });

  const insecure = await cli([
    'set-oidc',
    '--team',
    teamId,
    '--oidc-issuer',
    'http://login.example.com',
    '--oidc-client-id',
    'x',
    ...where.args,
  ]);
  expect(insecure.code).toBe(2);
  expect(insecure.lines[0]).toBe('the issuer must use https (http only on this machine)');
  const missing = await cli(['set-oidc', '--team', teamId, '--oidc-issuer', issuer, ...where.args]);
  expect(missing.code).toBe(2);
  expect(missing.lines[0]).toBe('--oidc-issuer and --oidc-client-id are required');

  const read = async () => {
    const db = await where.open();
    try {
      return await db.query('SELECT oidc_issuer, oidc_client_id FROM teams WHERE id = $1', [teamId]);
    } finally {
      await db.close();
    }
  };
  expect(await read()).toEqual([{ oidc_issuer: issuer, oidc_client_id: 'careline' }]);
  expect((await cli(['set-oidc', '--team', teamId, '--oidc-issuer', 'none', ...where.args])).code).toBe(0);
  expect(await read()).toEqual([{ oidc_issuer: null, oidc_client_id: null }]);
});
