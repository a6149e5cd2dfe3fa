/* eslint-disable careline/no-story-comments -- the one file that may name a path outside the repository */
/**
 * Where the real x.com captures are: the ONE place in the repository that looks outside it.
 *
 * The captures are x.com pages saved by browsers (docs/architecture.md, "The captures"). They are not
 * ours, so they are never copied into the repository: the team keeps them in `shared/x-captures`
 * beside the checkout (CI puts `shared/` beside its clone). A git worktree has no `shared/` beside it,
 * so the folder is looked up beside the main checkout, which git names; CARELINE_X_CAPTURES, when
 * set, wins. The unit captures test (tests/unit/x/captures.test.ts) fails when the folder is missing;
 * the layout e2e (tests/e2e/panel-layout.spec.ts) reads its pages from here.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The main checkout: the folder holding the git directory every worktree of this clone shares. */
function mainCheckout(): string {
  try {
    const common = execFileSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], {
      cwd: REPO,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return path.dirname(common.trim());
  } catch {
    return REPO; // not a git checkout (an unpacked archive): shared/ is beside the repository itself
  }
}

export const CAPTURES_DIR = process.env.CARELINE_X_CAPTURES ?? path.resolve(mainCheckout(), '../shared/x-captures');

/** The capture files (`*.html`), sorted; none when the folder is missing. */
export function captureFiles(): string[] {
  if (!fs.existsSync(CAPTURES_DIR)) return [];
  return fs
    .readdirSync(CAPTURES_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** A capture's HTML with X's scripts stripped; throws, naming the folder, when it is missing. */
export function captureHtml(file: string): string {
  const at = path.join(CAPTURES_DIR, file);
  if (!fs.existsSync(at))
    throw new Error(`${at} not found: the real x.com captures live in ${CAPTURES_DIR} (or set CARELINE_X_CAPTURES)`);
  return fs.readFileSync(at, 'utf8').replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
}
