/**
 * `npm run lint:firefox`: Mozilla's add-on linter (web-ext lint, the same rules addons.mozilla.org
 * applies on upload) over the Firefox build in .output/firefox-mv3. Fails on any error. Warnings do
 * not fail, but each one is printed, and the ones we know (bundled libraries, explained below) are
 * told apart from new ones, so a new warning is noticed instead of drowned.
 *
 * Offline: no config discovery, no update check (NO_UPDATE_NOTIFIER); the linter itself is local.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
/** The built Firefox extension; another directory may be given as the only argument. */
const SOURCE_DIR = path.resolve(ROOT, process.argv[2] ?? '.output/firefox-mv3');

interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintReport {
  count: number;
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/**
 * Warnings from libraries we bundle, recognised by the code around the reported spot. None of them
 * can be configured away; each is harmless in Careline, for the reason given.
 */
const KNOWN: { code: string; marker: string; why: string }[] = [
  {
    code: 'DANGEROUS_EVAL',
    marker: 'userAgent?.includes(`Cloudflare`)',
    why: 'zod 4\'s `new Function("")` probe (allowsEval). Never runs: shims/zod-jitless.ts sets jitless before any schema exists',
  },
  {
    code: 'DANGEROUS_EVAL',
    marker: 'Function(`return this`)',
    why: 'core-js 2 (via twitter-text) finding the global object: only reached when neither `window` nor `self` exists, never in an extension',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    marker: 'dangerouslySetInnerHTML',
    why: "react-dom's implementation of dangerouslySetInnerHTML, which Careline never uses",
  },
];

function around(message: LintMessage, radius = 400): string {
  if (!message.file || !message.line) return '';
  const file = path.join(SOURCE_DIR, message.file);
  if (!existsSync(file)) return '';
  const line = readFileSync(file, 'utf8').split('\n')[message.line - 1] ?? '';
  const at = message.column ?? 0;
  return line.slice(Math.max(0, at - radius), at + radius);
}

const where = (m: LintMessage) =>
  m.file ? ` ${m.file}${m.line ? `:${m.line}${m.column !== undefined ? `:${m.column}` : ''}` : ''}` : '';

function main(): number {
  if (!existsSync(path.join(SOURCE_DIR, 'manifest.json'))) {
    console.error(
      `No Firefox build at ${path.relative(ROOT, SOURCE_DIR)}: run \`wxt build -b firefox\` first (npm run lint:firefox does).`,
    );
    return 1;
  }
  const webExtBin = path.join(path.dirname(createRequire(import.meta.url).resolve('web-ext')), 'bin/web-ext.js');
  const run = spawnSync(
    process.execPath,
    [webExtBin, 'lint', '--source-dir', SOURCE_DIR, '--output', 'json', '--no-config-discovery'],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' }, maxBuffer: 64 * 1024 * 1024 },
  );
  let report: LintReport;
  try {
    report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as LintReport;
  } catch {
    console.error(`web-ext lint did not produce a report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    return 1;
  }

  for (const error of report.errors) {
    console.error(
      `ERROR ${error.code}${where(error)}: ${error.message}${error.description ? `\n    ${error.description}` : ''}`,
    );
  }
  let unknown = 0;
  for (const warning of report.warnings) {
    const context = around(warning);
    const known = KNOWN.find((k) => k.code === warning.code && context.includes(k.marker));
    if (known) {
      console.log(`warning ${warning.code}${where(warning)}: known, ${known.why}`);
    } else {
      unknown += 1;
      console.log(
        `warning ${warning.code}${where(warning)}: NEW: ${warning.message}${warning.description ? `\n    ${warning.description}` : ''}`,
      );
    }
  }
  for (const notice of report.notices) console.log(`notice ${notice.code}${where(notice)}: ${notice.message}`);

  const { errors, warnings, notices } = report.summary;
  console.log(
    `web-ext lint ${path.relative(ROOT, SOURCE_DIR)}: ${errors} error(s), ${warnings} warning(s) (${unknown} not known), ${notices} notice(s)`,
  );
  if (unknown > 0)
    console.log('New warnings do not fail the lint: look at them, then fix the cause or explain them in KNOWN.');
  return errors > 0 || run.status !== 0 ? 1 : 0;
}

process.exitCode = main();
