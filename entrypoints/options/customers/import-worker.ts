/**
 * The customer import's worker: decodes, parses, validates and writes to IndexedDB here, off the
 * options page's main thread. A worker of an extension page has the page's origin, so Dexie opens the
 * same `careline` database, and Dexie's BroadcastChannel tells the page's live queries about each
 * committed chunk. Writing here (instead of posting 100,000 rows back to the page to write) keeps the
 * rows out of the page's heap and spares a structured clone of every row.
 */
import { createImportSession, type ImportRequest } from '@/utils/customers/csv/session';

// The project's TypeScript lib is the DOM one: the two members of a worker's global scope used here.
const scope = self as unknown as {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
};
const handle = createImportSession((reply) => scope.postMessage(reply));

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  void handle(event.data);
};
