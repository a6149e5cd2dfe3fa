// @vitest-environment node
/**
 * The content script is loaded into every x.com tab, before the agent does anything; it must stay
 * small (docs/benchmarks.md: at most 25 KB gzipped). The validation library belongs to the rooms that
 * receive untrusted input (the background's door, the options page's imports), not to x.com's tab:
 * one value imported from a zod schema file puts the whole library into it.
 */
import { describe, expect, it } from 'vitest';
import { reachable } from '../import-graph';

const HEAVY = ['zod', 'dexie', 'react', 'react-dom', 'papaparse', 'twitter-text'];

describe("what the content script's code reaches", () => {
  it('reaches no heavy package at run time', () => {
    const { files, packages } = reachable('entrypoints/x.content/index.ts', { runtimeOnly: true });
    expect(files.size).toBeGreaterThan(20);
    expect(HEAVY.filter((name) => packages.has(name))).toEqual([]);
  });

  it('follows type-only imports only when asked to (they put nothing into the bundle)', () => {
    const all = reachable('entrypoints/x.content/index.ts');
    expect(all.packages.has('zod')).toBe(true);
  });
});
