/**
 * X's post ids are snowflakes: the upper bits are the milliseconds since X's epoch, so the id alone
 * tells when a post was written (no page, no API). Ids from before snowflakes (late 2010) were plain
 * counters and tell nothing: they decode to the epoch's first moments and are answered as unknown.
 */

/** 2010-11-04T01:42:54.657Z, where X's snowflake clock starts. */
export const X_EPOCH_MS = 1_288_834_974_657;
const TIME_SHIFT = 22n;
/** A decoded time within the epoch's first day comes from a pre-snowflake counter id. */
const FIRST_SNOWFLAKE_MS = X_EPOCH_MS + 24 * 60 * 60 * 1000;

/** When the post with this id was written, or null when the id is not a snowflake. */
export function postedAt(statusId: string): Date | null {
  if (!/^\d{1,25}$/.test(statusId)) return null;
  const id = BigInt(statusId);
  if (id >= 1n << 63n) return null;
  const ms = Number(id >> TIME_SHIFT) + X_EPOCH_MS;
  return ms < FIRST_SNOWFLAKE_MS ? null : new Date(ms);
}

/**
 * A snowflake id for a post written at `at`; `sequence` (0 to 4,194,303) tells apart posts of the
 * same millisecond. For seeding tests and fixtures with ids whose time is known.
 */
export function snowflakeAt(at: Date, sequence = 0): string {
  const ms = at.getTime() - X_EPOCH_MS;
  if (!Number.isInteger(ms) || ms < 0) throw new RangeError('a snowflake time is after 2010-11-04');
  if (!Number.isInteger(sequence) || sequence < 0 || sequence >= 1 << 22) {
    throw new RangeError('a snowflake sequence is 0 to 4194303');
  }
  return ((BigInt(ms) << TIME_SHIFT) | BigInt(sequence)).toString();
}
