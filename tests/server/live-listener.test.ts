// PostgreSQL only: the connection that LISTENs is its own; when it drops, it comes back and listens again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngine, type TestDatabase } from '../../server/test-database';

let database: TestDatabase;
beforeEach(async () => {
  database = await openTestDatabase();
});
afterEach(async () => {
  await database.close();
});

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 20));
}

describe.runIf(testEngine() === 'postgres')('LISTEN on PostgreSQL', () => {
  it('hears NOTIFY again after its connection was terminated', async () => {
    const heard: string[] = [];
    const stop = await database.db.listen('careline_test', (p) => heard.push(p));
    await database.db.notify('careline_test', 'one');
    await until(() => heard.includes('one'));
    const killed = await database.db.query<{ n: number }>(
      `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND query ILIKE 'LISTEN%'`,
    );
    expect(killed[0]!.n).toBe(1);
    // Sent until one is heard: the listener is back (notifications while it was away are lost).
    for (let i = 0; !heard.some((p) => p.startsWith('two')); i++) {
      await database.db.notify('careline_test', `two ${i}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    await stop();
  });
});

describe('LISTEN on either engine', () => {
  it('delivers payloads to every listener of the channel, and not after it stops', async () => {
    const a: string[] = [];
    const b: string[] = [];
    const stopA = await database.db.listen('careline_test', (p) => a.push(p));
    const stopB = await database.db.listen('careline_test', (p) => b.push(p));
    await database.db.notify('careline_test', '서연');
    await until(() => a.length === 1 && b.length === 1);
    expect([a, b]).toEqual([['서연'], ['서연']]);
    await stopA();
    await database.db.notify('careline_test', 'after');
    await until(() => b.length === 2);
    expect(a).toEqual(['서연']);
    await stopB();
  });
});
