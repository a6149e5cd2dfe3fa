import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CarelineDatabase } from '@/utils/db/database';
import { DB_NAME, SECRETS_DB_NAME } from '@/utils/db/schema';
import { SecretsDatabase, secretsRepo } from '@/utils/db/secrets-repo';

const dbs: { delete(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

describe('secretsRepo', () => {
  it('answers empty secrets before any save, then the saved pair, replaced whole', async () => {
    const db = new SecretsDatabase(`secrets-${Math.random()}`);
    dbs.push(db);
    const repo = secretsRepo(db);
    expect(await repo.get()).toEqual({ webhookSecret: '', extraHeaderValue: '' });
    await repo.put({ webhookSecret: 's3cret-케어라인', extraHeaderValue: 'key-1' }, new Date('2026-12-07T00:00:00Z'));
    await repo.put({ webhookSecret: 's3cret-2', extraHeaderValue: '' }, new Date('2026-12-07T01:00:00Z'));
    expect(await repo.get()).toEqual({ webhookSecret: 's3cret-2', extraHeaderValue: '' });
    expect(await db.secrets.toArray()).toEqual([
      { id: 'handoff', webhookSecret: 's3cret-2', extraHeaderValue: '', updatedAt: '2026-12-07T01:00:00.000Z' },
    ]);
  });

  it("lives in a database of its own: Careline's main database (what backups dump) has no secrets table and stays at version 6", async () => {
    const main = new CarelineDatabase(`careline-${Math.random()}`);
    dbs.push(main);
    await main.open();
    expect(main.tables.map((t) => t.name)).not.toContain('secrets');
    expect(main.verno).toBe(6);
    const secrets = new SecretsDatabase();
    await secrets.open();
    expect(secrets.name).toBe(SECRETS_DB_NAME);
    expect(SECRETS_DB_NAME).not.toBe(DB_NAME);
    expect(secrets.verno).toBe(2);
    secrets.close();
  });
});
