/** Sizes of the built extension: the content script (what every x.com page pays) and the panel's chunks. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
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

function walk(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.posix.join(dir, name);
    return statSync(path.join(root, rel)).isDirectory() ? walk(root, rel) : [rel];
  });
}

export interface SizeResult {
  contentScript: FileSize;
  /** The panel page's own scripts and styles (chunks/, assets/, panel.html), for information. */
  panel: FileSize[];
  background: FileSize | null;
}

export function measureSizes(extensionDir: string): SizeResult {
  const files = walk(extensionDir);
  const contentScript = 'content-scripts/x.js';
  if (!files.includes(contentScript)) throw new Error(`${contentScript} is missing from ${extensionDir}`);
  const panel = files
    .filter((f) => f === 'panel.html' || ((f.startsWith('chunks/') || f.startsWith('assets/')) && /\.(js|css)$/.test(f)))
    .sort()
    .map((f) => fileSize(extensionDir, f));
  return {
    contentScript: fileSize(extensionDir, contentScript),
    panel,
    background: files.includes('background.js') ? fileSize(extensionDir, 'background.js') : null,
  };
}
