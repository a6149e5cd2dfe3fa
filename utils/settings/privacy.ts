/**
 * Privacy settings ("Export and privacy"), kept apart from the agent's settings so the
 * retention sweep in the background reads one small item.
 */
import { defineSetting, field } from './define-setting';

export interface PrivacySettings {
  /** Delete history events older than this many days; null keeps them forever. */
  retentionDays: number | null;
}

/** The longest retention the options page accepts (about 100 years): anything longer is "forever". */
export const MAX_RETENTION_DAYS = 36500;

/** A whole number of days from 1 to MAX_RETENTION_DAYS, or null. */
export function isRetentionDays(value: unknown): value is number | null {
  return (
    value === null ||
    (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_RETENTION_DAYS)
  );
}

/** A retention the options page would not accept (hand-edited storage) keeps everything: nothing is deleted by surprise. */
export function normalisePrivacySettings(stored: unknown): PrivacySettings {
  const days = field(stored, 'retentionDays');
  return { retentionDays: isRetentionDays(days) ? days : null };
}

export const privacySettings = defineSetting('local:privacySettings', normalisePrivacySettings);
