/**
 * Privacy settings (issue 4, "Export and privacy"), kept apart from the agent's settings so the
 * retention sweep in the background reads one small item.
 */
import { storage } from 'wxt/utils/storage';

export interface PrivacySettings {
  /** Delete history events older than this many days; null keeps them forever. */
  retentionDays: number | null;
}

export const privacySettings = storage.defineItem<PrivacySettings>('local:privacySettings', {
  fallback: { retentionDays: null },
});

/** The longest retention the options page accepts (about 100 years): anything longer is "forever". */
export const MAX_RETENTION_DAYS = 36500;

/** A whole number of days from 1 to MAX_RETENTION_DAYS, or null. */
export function isRetentionDays(value: unknown): value is number | null {
  return (
    value === null ||
    (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_RETENTION_DAYS)
  );
}
