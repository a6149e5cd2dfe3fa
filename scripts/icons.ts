/**
 * Careline's icons from their SVG source: `npx tsx scripts/icons.ts` writes public/icon/16.png,
 * 32.png, 48.png and 128.png (committed; WXT copies them and wxt.config.ts names them in the
 * manifest). 16 and 32 px, the toolbar's sizes, come from assets/icon/careline-small.svg, drawn on
 * the 16 px grid; 48 and 128 px (extensions page, store) from assets/icon/careline.svg.
 * Rendered by the same Chromium the tests use, so no image library is needed.
 * `--preview FILE` also writes a sheet of the icons on Chrome's light and dark toolbars, at 1x and
 * 2x, to check by eye that they read on both.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { findChromium } from './chromium';

const ROOT = path.resolve(import.meta.dirname, '..');
export const ICON_SIZES = [16, 32, 48, 128] as const;
const SOURCE = (size: number) => path.join(ROOT, 'assets/icon', size <= 32 ? 'careline-small.svg' : 'careline.svg');

/** Toolbar colours of Chrome's light and dark themes, and Firefox's. */
const TOOLBARS = [
  { name: 'Chrome light', bg: '#ffffff' },
  { name: 'Chrome light (tab strip)', bg: '#dee1e6' },
  { name: 'Chrome dark', bg: '#35363a' },
  { name: 'Chrome dark (tab strip)', bg: '#202124' },
  { name: 'Firefox light', bg: '#f9f9fb' },
  { name: 'Firefox dark', bg: '#2b2a33' },
];

const dataUrl = (file: string) => `data:image/svg+xml;base64,${readFileSync(file).toString('base64')}`;

/** One PNG of the SVG at `size` px, transparent around the tile. */
export async function renderIcon(browser: Browser, size: number): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  try {
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block;width:${size}px;height:${size}px}</style><img src="${dataUrl(SOURCE(size))}">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    return await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  } finally {
    await page.close();
  }
}

/** The icons as browsers draw them in the toolbar: 16 px at 1x, 32 px shown at 16 on 2x screens. */
async function previewSheet(browser: Browser, file: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 720, height: 60 * TOOLBARS.length }, deviceScaleFactor: 2 });
  const rows = TOOLBARS.map(
    (
      t,
    ) => `<div style="background:${t.bg};color:${t.bg === '#ffffff' || t.bg.startsWith('#f') || t.bg === '#dee1e6' ? '#202124' : '#e8eaed'}">
      <img src="${dataUrl(SOURCE(16))}" width="16" height="16"><img src="${dataUrl(SOURCE(32))}" width="32" height="32">
      <img src="${dataUrl(SOURCE(48))}" width="48" height="48"><span>${t.name}</span></div>`,
  ).join('');
  await page.setContent(
    `<style>body{margin:0;font:13px system-ui}div{display:flex;align-items:center;gap:18px;height:60px;padding:0 16px}</style>${rows}`,
  );
  await page.screenshot({ path: file });
  await page.close();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { preview: { type: 'string' } } });
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true });
  try {
    const outDir = path.join(ROOT, 'public/icon');
    mkdirSync(outDir, { recursive: true });
    for (const size of ICON_SIZES) {
      writeFileSync(path.join(outDir, `${size}.png`), await renderIcon(browser, size));
      console.log(`wrote public/icon/${size}.png`);
    }
    if (values.preview) {
      await previewSheet(browser, path.resolve(values.preview));
      console.log(`wrote ${values.preview}`);
    }
  } finally {
    await browser.close();
  }
}
