/**
 * Names from files (CSV headers, a pack's or a backup's JSON fields, a template's `{{customer.x}}`)
 * used as object keys. On a plain object, `obj[name]` also finds what every object inherits
 * (`constructor` is a function, `__proto__` the prototype, `toString`…), and `obj[name] = value`
 * with `__proto__` replaces the prototype instead of storing the value. These read and write the
 * object's own properties only, so every name is just data.
 */

/** `obj[key]` if the object itself has that property, else undefined (never an inherited member). */
export function ownValue(obj: object | null | undefined, key: string): unknown {
  return obj != null && Object.prototype.hasOwnProperty.call(obj, key)
    ? (obj as Record<string, unknown>)[key]
    : undefined;
}

/** `obj[key] = value` as an own, enumerable data property, whatever the key (`__proto__` included). */
export function setOwn<T>(obj: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * Validated data back with every own property of `raw` that validation dropped. zod builds its
 * result by assignment and so leaves out a `__proto__` key (rather than let it replace the
 * prototype); it is data here (JSON.parse makes it an own property) and is put back as data.
 * `check` validates such a value (zod never saw it): it returns an error message, or nothing.
 */
export function withDroppedKeys<T extends object>(
  parsed: T,
  raw: unknown,
  check?: (value: unknown) => string | undefined,
): { value: T; error?: { key: string; message: string } } {
  if (typeof raw !== 'object' || raw === null) return { value: parsed };
  for (const key of Object.keys(raw)) {
    if (Object.prototype.hasOwnProperty.call(parsed, key)) continue;
    const value = ownValue(raw, key);
    const message = check?.(value);
    if (message) return { value: parsed, error: { key, message } };
    setOwn(parsed as Record<string, unknown>, key, value);
  }
  return { value: parsed };
}
