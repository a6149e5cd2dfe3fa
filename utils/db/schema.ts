/**
 * Careline's IndexedDB schema, one numbered version at a time. Never edit a released version:
 * add the next one with its migration (utils/db/migrations/NNN-*.ts, self-contained) and a test that
 * upgrades real data. Released versions are frozen as text in tests/unit/db/released-schemas.ts.
 */
import type Dexie from 'dexie';
import { migrateTo2 } from './migrations/002-template-library';
import { migrateTo4 } from './migrations/004-card-and-outbox';
import { migrateTo5 } from './migrations/005-customer-search-and-links';
import { migrateTo6 } from './migrations/006-team-record';

export const DB_NAME = 'careline';

/** Version 1: the template library, seeded with sample replies on install. */
export const SCHEMA_V1 = {
  templates: 'id, title, shortcut, folder, updatedAt',
} as const;

/**
 * Version 2: team packs, locked items, usage statistics. Only the indexes a query uses:
 * each index is written for every row, and a 10,000-template pack import spent most of its time
 * on indexes nothing read (lists are sorted and searched in memory).
 */
export const SCHEMA_V2 = {
  templates: 'id, packId',
  packs: 'id',
} as const;

/**
 * Version 3: customers and their history. Customers by handle (the key), CRM id, phone
 * and name (prefix search); events by customer and time (the card's newest-first page), by
 * customer, kind and time (the card's notes: one index range instead of filtering a busy
 * customer's thousands of events) and by time alone (the retention sweep).
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  customers: 'handle, customerId, phoneDigits, name',
  events: '++id, [customerHandle+at], [customerHandle+kind+at], at',
} as const;

/**
 * Version 4: the card's notes live on the customer record (one read fewer per
 * card, see migration 004), so the notes index goes. The handoff outbox: by id (the Idempotency-Key),
 * by customer and creation (delivery keeps each customer's order) and by status (what is due, what failed).
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  events: '++id, [customerHandle+at], at',
  handoffs: 'id, [customerHandle+createdAt], status',
} as const;

/**
 * Version 5: search by any part of a name or handle, by 초성 and by a phone's last
 * digits (one multi-entry index of suffixes, and the phone reversed; customer-keys.ts), which makes
 * the name prefix index redundant; X's numeric user id, so a renamed handle finds its record.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  customers: 'handle, customerId, phoneDigits, userId, phoneTail, *searchKeys',
} as const;

/**
 * Version 6: the team's shared record. Customers by the team server's id (applying pulled events,
 * tombstones) and by when their cached copy expires (the sweep); events by their client-made id
 * (a pulled copy of an event already here is skipped); the outbox of events waiting to be pushed,
 * by id, by customer and creation (each customer's order) and by status.
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  customers: 'handle, customerId, phoneDigits, userId, phoneTail, *searchKeys, teamId, cachedUntil',
  events: '++id, [customerHandle+at], at, clientId',
  teamOutbox: 'clientId, [customerHandle+createdAt], status',
} as const;

export function applySchema(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(migrateTo2);
  // 2 -> 3 only adds tables: no data to move.
  db.version(3).stores(SCHEMA_V3);
  db.version(4).stores(SCHEMA_V4).upgrade(migrateTo4);
  db.version(5).stores(SCHEMA_V5).upgrade(migrateTo5);
  db.version(6).stores(SCHEMA_V6).upgrade(migrateTo6);
}

/**
 * The secrets database: the webhook secret and the extra header's value, moved out of
 * storage.local, which content scripts (and so a compromised x.com renderer) can read. A database of
 * its own, not a table in `careline`: a backup, export or restore works on `careline` as a whole and
 * so can never carry or wipe a secret, and backups keep their dbVersion (an agent still on the
 * previous Careline can restore them). Only utils/db/secrets-repo.ts opens it.
 */
export const SECRETS_DB_NAME = 'careline-secrets';

/** Version 1: one row per set of secrets, by a fixed id (`handoff`). */
export const SECRETS_SCHEMA_V1 = {
  secrets: 'id',
} as const;

/** Version 2: the team server session (its URL, the agent's token, who they are in the team). */
export const SECRETS_SCHEMA_V2 = {
  ...SECRETS_SCHEMA_V1,
  team: 'id',
} as const;

export function applySecretsSchema(db: Dexie): void {
  db.version(1).stores(SECRETS_SCHEMA_V1);
  // 1 -> 2 only adds a table.
  db.version(2).stores(SECRETS_SCHEMA_V2);
}
