import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

async function setUp() {
  const dir = mkdtempSync(join(tmpdir(), 'careline-cli-data-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  let args = ['--data', join(dir, 'data')];
  let open = () => openDb({ dataDir: join(dir, 'data') });
  if (testEngine() === 'postgres') {
    const database = await openTestDatabase();
    await database.db.close();
    cleanups.push(() => database.close().catch(() => undefined));
    args = ['--database', database.databaseUrl!];
    open = () => openDb({ databaseUrl: database.databaseUrl });
  }
  const cli = async (argv: string[]) => {
    const lines: string[] = [];
    const code = await runCli([...argv, ...args], (line) => lines.push(...line.split('\n')));
    return { code, lines };
  };
  const created = await cli(['create-team', '--name', 'KT care', '--lead', '지민']);
  const teamId = /^Team created: (\S+)$/.exec(created.lines[0] ?? '')?.[1] ?? '';
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  return { cli, teamId, file, open };
}

it('import FILE --team ID writes the customers, logged as done by the lead from the command line', async () => {
  const { cli, teamId, file, open } = await setUp();
  const done = await cli(['import', file('crm.csv', '핸들,이름\n@kim,김민수\n@lee,이영희\n'), '--team', teamId]);
  expect(done).toEqual({ code: 0, lines: ['Imported 2 customers (2 new, 0 changed).'] });
  const db = await open();
  try {
    const log = await db.query<{ action: string; detail: string; name: string }>(
      `SELECT l.action, l.detail, a.name FROM access_log l JOIN agents a ON a.id = l.agent_id WHERE l.team_id = $1`,
      [teamId],
    );
    expect(log).toEqual([{ action: 'import', detail: '2 (command line)', name: '지민' }]);
  } finally {
    await db.close();
  }
});

it('import lists the problems, writes nothing and exits 1; a wrong team is a usage error', async () => {
  const { cli, teamId, file } = await setUp();
  const bad = await cli(['import', file('bad.csv', 'handle\n@ok\nnot ok\n'), '--team', teamId]);
  expect(bad.code).toBe(1);
  expect(bad.lines).toEqual([
    'Nothing imported: 1 row has problems.',
    'Row 3: invalid handle "not ok" (1-15 letters, digits or _, with or without @)',
  ]);
  const again = await cli(['import', file('ok.csv', 'handle\n@ok\n'), '--team', teamId]);
  expect(again.lines).toEqual(['Imported 1 customer (1 new, 0 changed).']);
  const wrong = await cli(['import', file('x.csv', 'handle\n@ok\n'), '--team', '00000000-0000-4000-8000-000000000000']);
  expect(wrong.code).toBe(2);
  expect(wrong.lines[0]).toBe('no team 00000000-0000-4000-8000-000000000000 with a lead');
  expect((await cli(['import', '--team', teamId])).code).toBe(2);
});

it('retention runs once and says what it removed', async () => {
  const { cli, teamId } = await setUp();
  const done = await cli(['retention', '--team', teamId]);
  expect(done).toEqual({
    code: 0,
    lines: ['Retention over 1 team(s): removed 0 events, 0 access log entries, 0 invites.'],
  });
});
