/**
 * The static import graph of Careline's sources, for tests that keep a room's code out of reach of
 * another (the secrets away from x.com's tab, heavy packages out of the content script). Follows
 * `@/…` and relative imports; packages are collected by name.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const IMPORT =
  /(?:^|[^\w.])(?:import|export)\s([^'"`;]*?)from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

function resolve(from: string, spec: string): string | undefined {
  let base: string;
  if (spec.startsWith('@/')) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return undefined;
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

/** The package a bare specifier names (`zod`, `@hono/node-server`), or undefined for a path. */
function packageOf(spec: string): string | undefined {
  if (spec.startsWith('.') || spec.startsWith('@/') || spec.startsWith('/')) return undefined;
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

export interface Reach {
  /** Project-relative source files. */
  files: Set<string>;
  /** Packages imported by any of them. */
  packages: Set<string>;
}

/**
 * Every source file and package reachable from `entry`. With `runtimeOnly`, `import type` and
 * `export type` are not followed: the bundler erases them, so they put nothing into the bundle.
 */
export function reachable(entry: string, { runtimeOnly = false } = {}): Reach {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [path.join(ROOT, entry)];
  for (let file = queue.pop(); file; file = queue.pop()) {
    const rel = path.relative(ROOT, file);
    if (files.has(rel)) continue;
    files.add(rel);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (runtimeOnly && match[1] !== undefined && /^type\s/.test(match[1])) continue;
      const spec = match[2] ?? match[3] ?? match[4] ?? '';
      const target = resolve(file, spec);
      if (target) queue.push(target);
      else {
        const pkg = packageOf(spec);
        if (pkg) packages.add(pkg);
      }
    }
  }
  return { files, packages };
}
