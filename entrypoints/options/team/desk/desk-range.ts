/**
 * The lead's range of days. The server counts days in Korean time (the desk's customers and agents
 * are there), so "today" is today in Seoul wherever the lead's computer is.
 */
const DAY_MS = 86_400_000;
const SEOUL_OFFSET_MS = 9 * 3_600_000;
/** The server's limit on one report (DeskQuery: at most 92 days). */
export const MAX_DESK_DAYS = 92;
/** The brief: the desk opens on the last 7 days. */
export const DEFAULT_DESK_DAYS = 7;

export interface DeskRange {
  from: string;
  to: string;
}

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The last `days` days in Korean time, today included. */
export function defaultRange(now = new Date(), days = DEFAULT_DESK_DAYS): DeskRange {
  const today = now.getTime() + SEOUL_OFFSET_MS;
  return { from: dayOf(today - (days - 1) * DAY_MS), to: dayOf(today) };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The range when it is one the server takes (real days, first not after last, at most 92), else null. */
export function checkRange(from: string, to: string): DeskRange | null {
  if (!DAY.test(from) || !DAY.test(to)) return null;
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end) || dayOf(start) !== from || dayOf(end) !== to) return null;
  if (start > end || (end - start) / DAY_MS >= MAX_DESK_DAYS) return null;
  return { from, to };
}
