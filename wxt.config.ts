import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import {
  DEFAULT_LOCALE,
  localizeCommands,
  MANIFEST_DESCRIPTION,
  MANIFEST_NAME,
  manifestPermissions,
  manifestProblems,
} from './utils/manifest/permissions';
import { ACTION, MANIFEST_ICONS } from './utils/manifest/icons';

/** Throws when the generated manifest asks for more or other than utils/manifest/permissions.ts. */
function checkManifest(manifest: Record<string, unknown>, browser: string): void {
  const problems = manifestProblems(manifest, browser);
  if (problems.length > 0) {
    throw new Error(
      `Careline's ${browser} manifest differs from utils/manifest/permissions.ts (change both it and the README's Permissions table):\n  - ${problems.join('\n  - ')}`,
    );
  }
}

// Careline's manifest: the smallest set of permissions that does the job. The lists live in
// utils/manifest/permissions.ts and each one is explained in the README's "Permissions" section.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Manifest V3 for Firefox too (`wxt build -b firefox` builds .output/firefox-mv3): WXT's MV2 output
  // drops optional_host_permissions (no pack/webhook access prompt) and cannot limit who frames the
  // panel; MV3 keeps both, so both browsers run the same manifest.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    // In the browser's language, from public/_locales (see utils/manifest/permissions.ts).
    name: MANIFEST_NAME,
    description: MANIFEST_DESCRIPTION,
    default_locale: DEFAULT_LOCALE,
    icons: { ...MANIFEST_ICONS },
    action: structuredClone(ACTION),
    ...manifestPermissions(browser),
  }),
  hooks: {
    // Every production build (build, zip, e2e, lint:firefox) fails if the generated manifest asks for
    // anything else. Not `wxt` dev mode: WXT itself adds tabs, scripting and its dev server there.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.command !== 'serve')
        checkManifest(manifest as unknown as Record<string, unknown>, wxt.config.browser);
      // Then, checked in English, the shortcut's description points at its message in public/_locales.
      localizeCommands(manifest as unknown as Record<string, unknown>);
    },
  },
  zip: {
    // The Firefox sources zip is for AMO's reviewers: the code and the files that build it, not what
    // tests and the fixture build leave behind (all git-ignored).
    excludeSources: ['dist/**', 'test-results/**', 'playwright-report/**', 'tests/fixtures/x-app/dist/**'],
  },
  vite: () => ({
    resolve: {
      // `zod` in Careline's code means zod with its JIT off (see shims/zod-jitless.ts).
      alias: [{ find: /^zod$/, replacement: fileURLToPath(new URL('./shims/zod-jitless.ts', import.meta.url)) }],
    },
  }),
});
