import { defineConfig } from 'wxt';

// Careline's manifest: the smallest set of permissions that does the job (each one is explained in
// the README's "Permissions" section).
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Careline',
    description: 'Canned responses, customer history and call-center handoff for care teams on X.',
    permissions: ['storage', 'unlimitedStorage', 'clipboardWrite', 'alarms'],
    // Asked for one origin at a time, when a team lead subscribes to a pack URL (never at install).
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Open or close the Careline panel',
      },
    },
    // The panel is an extension page framed into x.com: only X's hosts may frame it.
    web_accessible_resources: [
      { resources: ['panel.html'], matches: ['https://x.com/*', 'https://twitter.com/*'] },
    ],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'careline@careline.app', strict_min_version: '115.0' } } }
      : {}),
  }),
});
