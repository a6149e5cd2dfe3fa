/**
 * `next`, reusing every part of `prev` that is deeply equal to the same part of `next`: equal data
 * keeps its identity, so Zustand selectors (compared with Object.is) see no change where there is
 * none. Plain JSON-like data only (what crosses the panel port).
 */
export function keepEqual<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return next;
  if (Array.isArray(prev) && Array.isArray(next)) {
    const items = next.map((item, i) => keepEqual(prev[i], item));
    return (items.length === prev.length && items.every((item, i) => item === prev[i]) ? prev : items) as T;
  }
  if (isPlainObject(prev) && isPlainObject(next)) {
    const keys = Object.keys(next);
    const merged: Record<string, unknown> = {};
    for (const key of keys) merged[key] = keepEqual(prev[key], next[key]);
    const same =
      keys.length === Object.keys(prev).length && keys.every((key) => key in prev && merged[key] === prev[key]);
    return (same ? prev : merged) as T;
  }
  return next;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
