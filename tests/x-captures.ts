/* eslint-disable careline/no-story-comments -- the one file that may name a path outside the repository */
/**
 * Where the real x.com captures are: the ONE place in the repository that looks outside it.
 *
 * The captures are x.com pages saved by browsers (docs/architecture.md, "The captures"). They are not
 * ours, so they are never copied into the repository: the team keeps them in `shared/x-captures`
 * beside the checkout. CARELINE_X_CAPTURES, when set, wins; otherwise the folder is looked up beside
 * the main checkout (a git worktree has none beside it; git names the main one), then beside the
 * repository a clone was made from (a CI clone of a local checkout). The suites that need them run
 * over the files found here, so a checkout without the captures runs none of them and says so
 * (tests/unit/x/captures.test.ts); the layout e2e (tests/e2e/panel-layout.spec.ts) reads its pages
 * from here too.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function git(...args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined; // not a git checkout (an unpacked archive), or no such setting
  }
}

/** Folders that may hold shared/ beside them, most specific first. */
function checkoutsToLookBeside(): string[] {
  const common = git('rev-parse', '--path-format=absolute', '--git-common-dir');
  const origin = git('remote', 'get-url', 'origin');
  const remote = origin && (/^[a-z][a-z+.-]*:\/\//i.test(origin) || /^[^/]+@[^:]+:/.test(origin));
  const local = origin?.startsWith('file://') ? fileURLToPath(origin) : remote ? undefined : origin;
  return [REPO, common && path.dirname(common), local && path.resolve(REPO, local)].filter(
    (dir): dir is string => !!dir,
  );
}

function findCaptures(): string {
  const candidates = checkoutsToLookBeside().map((dir) => path.resolve(dir, '../shared/x-captures'));
  return candidates.find((dir) => fs.existsSync(dir)) ?? path.resolve(REPO, '../shared/x-captures');
}

export const CAPTURES_DIR = process.env.CARELINE_X_CAPTURES ?? findCaptures();

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
