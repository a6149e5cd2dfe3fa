import { describe, expect, it } from 'vitest';
import * as schema from '@/utils/db/schema';
import { RELEASED_SCHEMAS, RELEASED_SECRETS_SCHEMAS } from './released-schemas';

/** The live exports named `<prefix><n>`, by n. */
function liveVersions(prefix: string): Map<number, unknown> {
  const found = new Map<number, unknown>();
  for (const [name, value] of Object.entries(schema)) {
    const match = new RegExp(`^${prefix}(\\d+)$`).exec(name);
    if (match) found.set(Number(match[1]), value);
  }
  return found;
}

describe.each([
  ['SCHEMA_V', RELEASED_SCHEMAS],
  ['SECRETS_SCHEMA_V', RELEASED_SECRETS_SCHEMAS],
] as const)('released %s* schemas', (prefix, released) => {
  const live = liveVersions(prefix);

  it.each(Object.keys(released).map(Number))('version %i in the code is still the one released', (version) => {
    expect(live.get(version), `${prefix}${version} was released: add a new version instead of editing it`).toEqual(
      released[version],
    );
  });

  it('has a released copy of every version but the newest, which may still be unreleased', () => {
    const newest = Math.max(...live.keys());
    const missing = [...live.keys()].filter((v) => !(v in released) && v !== newest);
    expect(missing).toEqual([]);
    expect(live.size).toBeGreaterThan(0);
  });
});
