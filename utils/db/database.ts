/**
 * The Dexie database. Only repositories (utils/db/*-repo.ts) import it: the rest of Careline asks
 * repositories, so the schema can change without touching the UI.
 */
import Dexie, { type EntityTable } from 'dexie';
import { applySchema, DB_NAME } from './schema';
import type {
  CustomerEventRecord,
  CustomerRecord,
  HandoffRecord,
  PackRecord,
  TeamOutboxRecord,
  TemplateRecord,
} from './types';

/** The kinds of event a team shares: each gets a client-made id when it is written. */
export const SHARED_KINDS: ReadonlySet<CustomerEventRecord['kind']> = new Set([
  'note',
  'tag-added',
  'tag-removed',
  'reply-sent',
  'handoff',
  'handoff-sent',
]);

export class CarelineDatabase extends Dexie {
  templates!: EntityTable<TemplateRecord, 'id'>;
  packs!: EntityTable<PackRecord, 'id'>;
  customers!: EntityTable<CustomerRecord, 'handle'>;
  events!: EntityTable<CustomerEventRecord, 'id'>;
  handoffs!: EntityTable<HandoffRecord, 'id'>;
  teamOutbox!: EntityTable<TeamOutboxRecord, 'clientId'>;

  constructor(name = DB_NAME) {
    super(name);
    applySchema(this);
    // Every writer of events, in every room, gets the id without having to remember it: solo events
    // carry one too, so uploading them after joining a team stores each once, however often retried.
    this.events.hook('creating', (_key, event) => {
      if (SHARED_KINDS.has(event.kind) && !event.clientId) event.clientId = crypto.randomUUID();
    });
  }
}

let shared: CarelineDatabase | undefined;

/** One connection per extension context (panel, options, background). */
export function database(): CarelineDatabase {
  shared ??= new CarelineDatabase();
  return shared;
}
