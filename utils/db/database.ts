/**
 * The Dexie database. Only repositories (utils/db/*-repo.ts) import it: the rest of Careline asks
 * repositories, so the schema can change without touching the UI.
 */
import Dexie, { type EntityTable } from 'dexie';
import { applySchema, DB_NAME } from './schema';
import type { CustomerEventRecord, CustomerRecord, HandoffRecord, PackRecord, TemplateRecord } from './types';

export class CarelineDatabase extends Dexie {
  templates!: EntityTable<TemplateRecord, 'id'>;
  packs!: EntityTable<PackRecord, 'id'>;
  customers!: EntityTable<CustomerRecord, 'handle'>;
  events!: EntityTable<CustomerEventRecord, 'id'>;
  handoffs!: EntityTable<HandoffRecord, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    applySchema(this);
  }
}

let shared: CarelineDatabase | undefined;

/** One connection per extension context (panel, options, background). */
export function database(): CarelineDatabase {
  shared ??= new CarelineDatabase();
  return shared;
}
