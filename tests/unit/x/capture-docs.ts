/**
 * Real x.com pages saved by browsers, parsed for the unit tests. They are not ours and are never
 * copied into the repo: tests/x-captures.ts says where they are (the one place that looks outside the
 * repository); without them the suites that need them run nothing and say so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { afterAll } from 'vitest';
import { CAPTURES_DIR as CAPTURES, captureFiles } from '../../x-captures';

export { CAPTURES };

/** The capture files present, sorted; empty when the folder is absent. */
export const CAPTURE_FILES: string[] = captureFiles();
export const capturesExist = CAPTURE_FILES.length > 0;

/** Says once, in the test output, why a suite that needs the captures did not run. */
export function noteSkipped(suite: string): void {
  if (!capturesExist) console.warn(`[${suite}] not run: no captures in ${CAPTURES} (set CARELINE_X_CAPTURES)`);
}

const windows: Window[] = [];
afterAll(async () => {
  await Promise.all(windows.map((w) => w.happyDOM.close()));
});

/**
 * Parses a capture without running or fetching anything: X's inline <script>s, <link>s (preloads,
 * stylesheets), iframes and <style>s are stripped, and the window has loading and navigation off
 * plus a fetch interceptor that refuses every request.
 */
function load(file: string): Document {
  const html = fs
    .readFileSync(path.join(CAPTURES, file), 'utf8')
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<iframe\b[\s\S]*?<\/iframe\s*>/gi, '')
    .replace(/<link\b[^>]*>/gi, '');
  const refuse = (): never => {
    throw new Error('capture-docs: network is off');
  };
  const win = new Window({
    url: 'https://x.com/',
    settings: {
      disableJavaScriptFileLoading: true,
      enableJavaScriptEvaluation: false,
      enableCSSFileLoading: false,
      enableImageFileLoading: false,
      enableIframePageLoading: false,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
      fetch: { interceptor: { beforeAsyncRequest: async () => refuse(), beforeSyncRequest: () => refuse() } },
    },
  });
  windows.push(win);
  // happy-dom's Document implements the DOM interfaces the adapter uses; its TS type is its own.
  return new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

const cache = new Map<string, Document>();

/** The parsed capture, parsed once per test file. */
export function capture(file: string): Document {
  let doc = cache.get(file);
  if (!doc) {
    doc = load(file);
    cache.set(file, doc);
  }
  return doc;
}
