// @vitest-environment node
/**
 * The handoff's secrets are read by the background and the options page only.
 * The code that runs in x.com's tab (the content script, and the panel framed there) must not even
 * import the modules that open the secrets database: a later "just read the secret here" would put
 * it one step from x.com. Follows the static imports from each entry point (`@/…` and relative).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SECRET_MODULES = ['utils/handoff/secret-settings.ts', 'utils/db/secrets-repo.ts'];
const IMPORT =
  /(?:^|[^\w.])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

function resolve(from: string, spec: string): string | undefined {
  let base: string;
  if (spec.startsWith('@/')) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return undefined; // a package
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return undefined; // CSS, JSON, assets
}

/** Every source file reachable from `entry` (project-relative paths). */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [path.join(ROOT, entry)];
  for (let file = queue.pop(); file; file = queue.pop()) {
    const rel = path.relative(ROOT, file);
    if (seen.has(rel)) continue;
    seen.add(rel);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolve(file, match[1] ?? match[2] ?? match[3] ?? '');
      if (target) queue.push(target);
    }
  }
  return seen;
}

const secretsIn = (entry: string) => SECRET_MODULES.filter((m) => reachable(entry).has(m));

describe('who can reach the handoff secrets', () => {
  it('the background and the options page do (delivery, the Handoff form)', () => {
    expect(secretsIn('entrypoints/background.ts')).toEqual(SECRET_MODULES);
    expect(secretsIn('entrypoints/options/main.tsx')).toEqual(SECRET_MODULES);
  });

  it.each(['entrypoints/x.content/index.ts', 'entrypoints/panel/main.tsx', 'entrypoints/welcome/main.tsx'])(
    '%s does not',
    (entry) => {
      expect(reachable(entry).size).toBeGreaterThan(5);
      expect(secretsIn(entry)).toEqual([]);
    },
  );
});
