/**
 * The handoff's secrets: the only code that opens the `careline-secrets` database.
 * Imported by the background (delivery) and the options page (the Handoff form) only, through
 * utils/handoff/secret-settings.ts: IndexedDB of the extension's origin is out of reach of content
 * scripts, unlike storage.local, and no Careline code running in x.com's tab reads it either.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { HandoffSecrets } from '../handoff/types';
import type { TeamSessionRecord } from './team-session-repo';
import { applySecretsSchema, SECRETS_DB_NAME } from './schema';

export interface SecretsRecord extends HandoffSecrets {
  /** Always HANDOFF_SECRETS_ID: one set of secrets, written whole, so the two never disagree. */
  id: string;
  updatedAt: string;
}

const HANDOFF_SECRETS_ID = 'handoff';

export const NO_SECRETS: HandoffSecrets = { webhookSecret: '', extraHeaderValue: '' };

export class SecretsDatabase extends Dexie {
  secrets!: EntityTable<SecretsRecord, 'id'>;
  team!: EntityTable<TeamSessionRecord, 'id'>;

  constructor(name = SECRETS_DB_NAME) {
    super(name);
    applySecretsSchema(this);
  }
}

let shared: SecretsDatabase | undefined;

/** One connection per context (the background, each options page). */
export function secretsDatabase(): SecretsDatabase {
  shared ??= new SecretsDatabase();
  return shared;
}

export function secretsRepo(db: SecretsDatabase = secretsDatabase()) {
  return {
    /** The stored secrets; empty ones when none were ever saved. */
    async get(): Promise<HandoffSecrets> {
      const row = await db.secrets.get(HANDOFF_SECRETS_ID);
      return row ? { webhookSecret: row.webhookSecret, extraHeaderValue: row.extraHeaderValue } : { ...NO_SECRETS };
    },
    /** Replaces both values in one write. */
    async put(secrets: HandoffSecrets, now = new Date()): Promise<void> {
      await db.secrets.put({
        id: HANDOFF_SECRETS_ID,
        webhookSecret: secrets.webhookSecret,
        extraHeaderValue: secrets.extraHeaderValue,
        updatedAt: now.toISOString(),
      });
    },
  };
}

export type SecretsRepo = ReturnType<typeof secretsRepo>;
