/** Sizes of the built extension: the content script (what every x.com page pays) and the panel's files. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

export function fileSize(root: string, file: string): FileSize {
  const body = readFileSync(path.join(root, file));
  return { file, rawBytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
}

/**
 * Everything panel.html loads: its scripts, module preloads and styles, and the chunks those scripts
 * import (static and dynamic), followed transitively. Paths are relative to the extension's root.
 */
export function panelFiles(root: string, entry = 'panel.html'): string[] {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  for (let guard = 0; queue.length > 0 && guard < 500; guard++) {
    const file = queue.shift() ?? '';
    const text = readFileSync(path.join(root, file), 'utf8');
    const refs = file.endsWith('.html')
      ? Array.from(text.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g), (m) => m[1] ?? '')
      : Array.from(text.matchAll(/(?:from\s*|import\s*\(\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g), (m) =>
          path.posix.join(path.posix.dirname(file), m[1] ?? ''),
        );
    for (const ref of refs) {
      if (!ref || seen.has(ref) || !existsSync(path.join(root, ref))) continue;
      seen.add(ref);
      if (ref.endsWith('.js')) queue.push(ref);
    }
  }
  return [...seen].sort();
}

export interface SizeResult {
  contentScript: FileSize;
  /** panel.html and every file it loads, for information. */
  panel: FileSize[];
}

export function measureSizes(extensionDir: string): SizeResult {
  const contentScript = 'content-scripts/x.js';
  if (!existsSync(path.join(extensionDir, contentScript)))
    throw new Error(`${contentScript} is missing from ${extensionDir}`);
  return {
    contentScript: fileSize(extensionDir, contentScript),
    panel: panelFiles(extensionDir).map((f) => fileSize(extensionDir, f)),
  };
}
