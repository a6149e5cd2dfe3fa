/**
 * The daily retention sweep, for the background (entrypoints/background.ts calls
 * registerRetentionAlarm() once at start-up, synchronously, like its other listeners).
 */
import { registerPeriodicAlarm } from '@/utils/periodic-alarm';
import { applySavedRetention } from './retention';

export const RETENTION_ALARM = 'careline:retention';
const DAY_MINUTES = 24 * 60;

export function registerRetentionAlarm(): void {
  registerPeriodicAlarm(RETENTION_ALARM, DAY_MINUTES, applySavedRetention);
}
