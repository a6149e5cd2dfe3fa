/**
 * Runs one insertion strategy module on its own inside the imitation's page, against real Draft.js:
 * the module is bundled with esbuild into a script that exposes its exports on window.__strategy.
 */
import { build } from 'esbuild';
import path from 'node:path';
import type { Page } from '@playwright/test';

const ROOT = path.resolve(import.meta.dirname, '../..');
const cache = new Map<string, string>();

export async function injectStrategy(page: Page, modulePath: string): Promise<void> {
  let code = cache.get(modulePath);
  if (!code) {
    const result = await build({
      entryPoints: [path.join(ROOT, modulePath)],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: '__strategy',
      platform: 'browser',
      alias: { '@': ROOT },
      logLevel: 'silent',
    });
    code = result.outputFiles[0]?.text ?? '';
    cache.set(modulePath, code);
  }
  await page.addScriptTag({ content: code });
}
