/**
 * Retention: history events older than the agent's chosen number of days are deleted
 * (privacy). Customers themselves stay; only what was logged about them ages out.
 */
import { eventsRepo, type EventsRepo } from '@/utils/db/events-repo';
import { isRetentionDays, privacySettings } from '@/utils/settings/privacy';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Events strictly before this instant go; one logged exactly `days` days ago stays. */
export function retentionCutoff(days: number, now: Date = new Date()): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}

/** Deletes events older than `days` days (none when `days` is null). Returns how many went. */
export async function applyRetention(
  days: number | null,
  now: Date = new Date(),
  repo: EventsRepo = eventsRepo(),
): Promise<number> {
  if (days === null) return 0;
  if (!isRetentionDays(days)) throw new RangeError(`Retention must be a whole number of days from 1, got ${days}`);
  return repo.deleteOlderThan(retentionCutoff(days, now));
}

/** The background's daily sweep: applies the saved setting. */
export async function applySavedRetention(now: Date = new Date(), repo?: EventsRepo): Promise<number> {
  const { retentionDays } = await privacySettings.getValue();
  return applyRetention(retentionDays, now, repo);
}
