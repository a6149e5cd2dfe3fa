// @vitest-environment node
/**
 * The handoff's secrets are read by the background and the options page only.
 * The code that runs in x.com's tab (the content script, and the panel framed there) must not even
 * import the modules that open the secrets database: a later "just read the secret here" would put
 * it one step from x.com. Follows the static imports from each entry point (`@/…` and relative).
 */
import { describe, expect, it } from 'vitest';
import { reachable } from '../import-graph';

const SECRET_MODULES = ['utils/handoff/secret-settings.ts', 'utils/db/secrets-repo.ts'];

const secretsIn = (entry: string) => SECRET_MODULES.filter((m) => reachable(entry).files.has(m));

describe('who can reach the handoff secrets', () => {
  it('the background and the options page do (delivery, the Handoff form)', () => {
    expect(secretsIn('entrypoints/background.ts')).toEqual(SECRET_MODULES);
    expect(secretsIn('entrypoints/options/main.tsx')).toEqual(SECRET_MODULES);
  });

  it.each(['entrypoints/x.content/index.ts', 'entrypoints/panel/main.tsx', 'entrypoints/welcome/main.tsx'])(
    '%s does not',
    (entry) => {
      expect(reachable(entry).files.size).toBeGreaterThan(5);
      expect(secretsIn(entry)).toEqual([]);
    },
  );
});
