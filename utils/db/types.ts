/**
 * Records as stored in IndexedDB. Template fields follow the template pack format (ui-contract.md).
 */

/** A canned response. */
export interface TemplateRecord {
  /** Personal items: a generated id. Pack items: `${packId}/${idInPack}` (ids are unique per pack only). */
  id: string;
  title: string;
  body: string;
  shortcut?: string;
  folder?: string;
  tags?: string[];
  lang?: string;
  /** Other languages of the same reply, by language code. */
  variants?: Record<string, string>;
  /** Set for items that came from a team pack; absent for the agent's own. */
  packId?: string;
  /** The template's id inside its pack (what the pack file says). */
  packItemId?: string;
  /** The pack's `updatedAt` when this item was imported. */
  packVersion?: string;
  /** Team items are read-only for agents: they duplicate to edit. */
  locked: boolean;
  usageCount: number;
  lastUsedAt?: string;
  createdAt: string;
  updatedAt: string;
  /** Fields of the pack format Careline does not know: kept, exported again, never dropped. */
  extra?: Record<string, unknown>;
}

/** A team pack the agent imported from a file or subscribed to. */
export interface PackRecord {
  id: string;
  name: string;
  /** The pack's own `updatedAt`. */
  updatedAt: string;
  importedAt: string;
  /** Subscription: the https URL refreshed by the background. */
  url?: string;
  etag?: string;
  lastCheckedAt?: string;
  /** Why the last refresh failed (shown in options), cleared on success. */
  lastError?: string;
  /** Fields of the pack header Careline does not know. */
  extra?: Record<string, unknown>;
}
