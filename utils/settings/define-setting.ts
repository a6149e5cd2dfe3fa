/**
 * A setting in extension storage, read through its normaliser: whatever is stored (nothing, a value
 * saved by an older Careline that lacks the fields added since, a hand-edited value of the wrong
 * type) comes out as a valid value, and every write goes through the same function. The merge of a
 * partial change with what is stored happens here (`update`), once for every setting.
 *
 * Same shape as a WXT storage item (getValue, setValue, watch), so readers outside React need no
 * change; in React, `useStoredValue` (components/useStoredValue.ts) reads and follows one.
 */
import { storage, type StorageItemKey } from 'wxt/utils/storage';

export interface StoredSetting<T> {
  readonly key: StorageItemKey;
  /** What the setting reads as when nothing valid is stored: `normalise(undefined)`. */
  readonly fallback: T;
  /** Any stored value, garbage included, as a valid one. */
  normalise(stored: unknown): T;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** The stored value with `patch` over it, normalised and written; returns what was written. */
  update(patch: Partial<T>): Promise<T>;
  /** Calls `callback` with the normalised value on every change from any context; returns the way to stop. */
  watch(callback: (value: T) => void): () => void;
}

export function defineSetting<T>(key: StorageItemKey, normalise: (stored: unknown) => T): StoredSetting<T> {
  // Stored as it comes: the normaliser, not a fallback, decides what a missing or broken value means.
  const item = storage.defineItem<unknown>(key);
  const read = async () => normalise(await item.getValue());
  return {
    key,
    fallback: normalise(undefined),
    normalise,
    getValue: read,
    setValue: (value) => item.setValue(normalise(value)),
    async update(patch) {
      const next = normalise({ ...(await read()), ...patch });
      await item.setValue(next);
      return next;
    },
    watch: (callback) => item.watch((value) => callback(normalise(value))),
  };
}

/** The stored value's own field `name`, or undefined when the value is not an object. */
export function field(stored: unknown, name: string): unknown {
  return typeof stored === 'object' && stored !== null && !Array.isArray(stored)
    ? (stored as Record<string, unknown>)[name]
    : undefined;
}

/** A string field, else `otherwise`. */
export function stringField(stored: unknown, name: string, otherwise = ''): string {
  const value = field(stored, name);
  return typeof value === 'string' ? value : otherwise;
}
