/** Small conversions from database values to the wire's strings, the same for PGlite and pg. */

/** A timestamptz as ISO-8601 (both engines give a Date; a string is parsed to be sure). */
export function iso(value: unknown): string {
  return (value instanceof Date ? value : new Date(String(value))).toISOString();
}

export function isoOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : iso(value);
}

/** The one row an INSERT … RETURNING or a lookup by primary key must give. */
export function single<T>(rows: T[]): T {
  const row = rows[0];
  if (row === undefined) throw new Error('expected one row, got none');
  return row;
}
