/**
 * Careline's schemas as released, copied as text from each release: the migration tests build old
 * databases from these, never from utils/db/schema.ts, so editing a released version in the live
 * code cannot quietly change the database its own upgrade test starts from (released-schemas.test.ts
 * fails instead). Add the next version here once it ships; never edit one that is here.
 */
import Dexie from 'dexie';

export const RELEASED_SCHEMAS: Readonly<Record<number, Readonly<Record<string, string>>>> = {
  1: {
    templates: 'id, title, shortcut, folder, updatedAt',
  },
  2: {
    templates: 'id, packId',
    packs: 'id',
  },
  3: {
    templates: 'id, packId',
    packs: 'id',
    customers: 'handle, customerId, phoneDigits, name',
    events: '++id, [customerHandle+at], [customerHandle+kind+at], at',
  },
  4: {
    templates: 'id, packId',
    packs: 'id',
    customers: 'handle, customerId, phoneDigits, name',
    events: '++id, [customerHandle+at], at',
    handoffs: 'id, [customerHandle+createdAt], status',
  },
  5: {
    templates: 'id, packId',
    packs: 'id',
    customers: 'handle, customerId, phoneDigits, userId, phoneTail, *searchKeys',
    events: '++id, [customerHandle+at], at',
    handoffs: 'id, [customerHandle+createdAt], status',
  },
  6: {
    templates: 'id, packId',
    packs: 'id',
    customers: 'handle, customerId, phoneDigits, userId, phoneTail, *searchKeys, teamId, cachedUntil',
    events: '++id, [customerHandle+at], at, clientId',
    handoffs: 'id, [customerHandle+createdAt], status',
    teamOutbox: 'clientId, [customerHandle+createdAt], status',
  },
};

/** The secrets database's released schemas (its own numbering). */
export const RELEASED_SECRETS_SCHEMAS: Readonly<Record<number, Readonly<Record<string, string>>>> = {
  1: { secrets: 'id' },
  2: { secrets: 'id', team: 'id' },
};

/** A database as Careline `version` created it: every released version up to that one, no upgrades. */
export function openReleased(name: string, version: number): Dexie {
  const db = new Dexie(name);
  for (let v = 1; v <= version; v++) {
    const stores = RELEASED_SCHEMAS[v];
    if (!stores) throw new Error(`no released schema ${v}`);
    db.version(v).stores(stores);
  }
  return db;
}
