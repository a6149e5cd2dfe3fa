/**
 * The handoff settings together with their secrets, for the background (delivery) and the options
 * page (the Handoff form, "Send test handoff") only: the panel and the content script import
 * settings.ts, never this.
 *
 * The secrets live in the extension origin's IndexedDB (utils/db/secrets-repo.ts); the rest stays in
 * storage.local, where open panels watch it. Chrome also gives storage.local to content scripts, so
 * a compromised x.com renderer could read secrets there; older installs kept them there, and
 * moveSecretsOutOfStorage takes them out, at the background's start-up and
 * before any read here, so nothing that signs or shows them can run first.
 */
import { storage } from 'wxt/utils/storage';
import { secretsRepo, type SecretsRepo } from '../db/secrets-repo';
import { handoffSettings, SECRET_FIELDS, withoutSecrets } from './settings';
import type { HandoffSecrets, HandoffSettings, StoredHandoffSettings } from './types';

const STORAGE_KEY = 'local:handoffSettings';
/** Held while the settings and the secrets are written: by a save, and by a move. */
const LOCK = 'careline:handoff-settings';

/**
 * Runs `task` alone among Careline's contexts. Web Locks are per origin, so the background and every
 * options tab share this one: without it a move that read the old secret could write it back over a
 * newer one a lead saved a moment later. Node (unit tests) has no Web Locks: run directly there.
 */
function exclusively<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  return locks ? (locks.request(LOCK, task) as Promise<T>) : task();
}

/** storage.local's item as it really is: an older install's carries the secrets. */
async function readRaw(): Promise<Record<string, unknown> | null> {
  const raw = await storage.getItem<Record<string, unknown>>(STORAGE_KEY);
  return raw && typeof raw === 'object' ? raw : null;
}

/** The secret fields an older install left in storage.local, or undefined when there are none. */
function leftInStorage(raw: Record<string, unknown> | null): Partial<HandoffSecrets> | undefined {
  if (!raw) return undefined;
  const found: Partial<HandoffSecrets> = {};
  for (const field of SECRET_FIELDS) {
    // Hand-edited storage may hold anything: only a string can be a secret that was in use.
    if (field in raw) found[field] = typeof raw[field] === 'string' ? raw[field] : '';
  }
  return Object.keys(found).length > 0 ? found : undefined;
}

/**
 * Moves an older install's secrets out of storage.local. Idempotent (nothing to
 * do is one storage read) and crash-safe: IndexedDB is written first, so a stop between the two
 * writes leaves the values in both places and the next call moves them again; never in neither.
 * What storage.local holds wins over IndexedDB: Careline itself no longer writes it there, so it is
 * the newer value (a crash mid-move, or a downgrade and upgrade again). True when something moved.
 */
export async function moveSecretsOutOfStorage(repo: SecretsRepo = secretsRepo()): Promise<boolean> {
  if (!leftInStorage(await readRaw())) return false;
  return exclusively(async () => {
    // Again under the lock: another context may have moved them meanwhile.
    const raw = await readRaw();
    const found = leftInStorage(raw);
    if (!raw || !found) return false;
    await repo.put({ ...(await repo.get()), ...found });
    // The rest as it was (an older layout stays an older layout; readers fill in the defaults).
    await storage.setItem(STORAGE_KEY, withoutSecrets(raw as Partial<HandoffSettings>));
    return true;
  });
}

/** The whole settings, secrets included, with every field present. */
export async function readHandoffSettings(repo: SecretsRepo = secretsRepo()): Promise<HandoffSettings> {
  await moveSecretsOutOfStorage(repo);
  const [stored, secrets] = await Promise.all([handoffSettings.getValue(), repo.get()]);
  return { ...stored, ...secrets };
}

/**
 * Save: the secrets to IndexedDB, the rest to storage.local (replacing the whole item, so an older
 * install's copies of the secrets go too). Secrets first, as in the move: a failure in between
 * leaves no secret in storage.local.
 */
export async function saveHandoffSettings(settings: HandoffSettings, repo: SecretsRepo = secretsRepo()): Promise<void> {
  await exclusively(async () => {
    await repo.put({ webhookSecret: settings.webhookSecret, extraHeaderValue: settings.extraHeaderValue });
    await handoffSettings.setValue(withoutSecrets(settings) as StoredHandoffSettings);
  });
}
