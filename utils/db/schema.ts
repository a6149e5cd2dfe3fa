/**
 * Careline's IndexedDB schema, one numbered version at a time. Never edit a released version:
 * add the next one with its migration (utils/db/migrations/NNN-*.ts) and a test that upgrades real data.
 */
import type Dexie from 'dexie';

export const DB_NAME = 'careline';

/** Version 1: the template library (issue 2, seeded with sample replies on install). */
export const SCHEMA_V1 = {
  templates: 'id, title, shortcut, folder, updatedAt',
} as const;

export function applySchema(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
}
