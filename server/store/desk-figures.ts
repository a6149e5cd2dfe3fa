/**
 * The arithmetic of the lead's report, apart from the SQL: Korean days (UTC+9, no daylight saving
 * time), weeks starting on Monday, and the median and 90th percentile of waiting times.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
const KST_MS = 9 * 60 * 60 * 1000;

/** The moment a Korean day (YYYY-MM-DD) starts. */
export function koreanDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - KST_MS);
}

/** Every Korean day from `from` to `to`, both included (empty when `to` is before `from`). */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/** The day `n` days after `day` (before, when negative). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday (YYYY-MM-DD) of the week a day is in: the name of that week in the report. */
export function weekOf(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  const sinceMonday = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The median (the mean of the two middle values for an even count) and the 90th percentile by the
 * nearest rank (the smallest value at least 90% of the values are at or below), to one decimal.
 */
export function medianAndP90(values: readonly number[]): { median: number | null; p90: number | null } {
  if (!values.length) return { median: null, p90: null };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const p90 = sorted[Math.ceil(0.9 * sorted.length) - 1]!;
  return { median: round1(median), p90: round1(p90) };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
