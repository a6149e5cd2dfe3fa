/**
 * Careline's permissions, as wxt.config.ts declares them (unit tests run before any build, so this
 * checks the config, not .output). The generated manifest itself is checked on every build by the
 * `build:manifestGenerated` hook with the same `manifestProblems`, tested here too.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import xContentScript from '@/entrypoints/x.content/index';
import {
  GECKO,
  manifestPermissions,
  manifestProblems,
  OPTIONAL_HOST_PERMISSIONS,
  PERMISSIONS,
  X_MATCHES,
} from '@/utils/manifest/permissions';
import { ICON_SIZES } from '@/utils/manifest/icons';
import config from '../../wxt.config';

type Env = { browser: string; manifestVersion: 2 | 3; mode: string; command: 'build' | 'serve' };
type ManifestFn = (env: Env) => Record<string, unknown>;
type Hook = (
  wxt: { config: { browser: string; command: 'build' | 'serve' } },
  manifest: Record<string, unknown>,
) => void;

/** The content script's own `matches` (entrypoints/x.content), a plain list there. */
const contentMatches = xContentScript.matches as string[];

/** What WXT generates from the config for `browser`: the config's keys plus the content script. */
function generated(browser: 'chrome' | 'firefox'): Record<string, unknown> {
  const manifest = (config.manifest as ManifestFn)({
    browser,
    manifestVersion: 3,
    mode: 'production',
    command: 'build',
  });
  return {
    manifest_version: 3,
    ...manifest,
    background: browser === 'firefox' ? { scripts: ['background.js'] } : { service_worker: 'background.js' },
    options_ui: { open_in_tab: true, page: 'options.html' },
    content_scripts: [{ matches: contentMatches, run_at: 'document_end', js: ['content-scripts/x.js'] }],
  };
}

describe("Careline's manifest asks for the least it needs", () => {
  it('targets Manifest V3 in every browser, Firefox included', () => {
    expect(config.manifestVersion).toBe(3);
  });

  it.each(['chrome', 'firefox'] as const)(
    '%s: exactly storage, unlimitedStorage, clipboardWrite, alarms and identity',
    (browser) => {
      const manifest = generated(browser);
      expect(manifest.permissions).toEqual(['storage', 'unlimitedStorage', 'clipboardWrite', 'alarms', 'identity']);
      expect(manifest.host_permissions).toBeUndefined();
      expect(manifest.optional_permissions).toBeUndefined();
      expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|"tabs"|"activeTab"|"scripting"|"webRequest/);
    },
  );

  it.each(['chrome', 'firefox'] as const)(
    '%s: other sites only as optional https, or http on this machine',
    (browser) => {
      expect(generated(browser).optional_host_permissions).toEqual([
        'https://*/*',
        'http://localhost/*',
        'http://127.0.0.1/*',
        'http://[::1]/*',
      ]);
    },
  );

  it('runs on x.com and twitter.com only, and only they may frame the panel, at its dynamic address only', () => {
    expect([...contentMatches].sort()).toEqual([...X_MATCHES].sort());
    for (const browser of ['chrome', 'firefox']) {
      expect(manifestPermissions(browser).web_accessible_resources).toEqual([
        { resources: ['panel.html'], matches: ['https://x.com/*', 'https://twitter.com/*'], use_dynamic_url: true },
      ]);
    }
  });

  it('has the Alt+Shift+K command that toggles the panel', () => {
    expect(generated('chrome').commands).toEqual({
      'toggle-panel': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Open or close the Careline panel' },
    });
  });

  it.each(['chrome', 'firefox'] as const)(
    '%s: icons at 16, 32, 48 and 128 px, and a toolbar button without a popup',
    (browser) => {
      const manifest = generated(browser);
      expect(manifest.icons).toEqual({
        '16': 'icon/16.png',
        '32': 'icon/32.png',
        '48': 'icon/48.png',
        '128': 'icon/128.png',
      });
      // No popup: the background's action.onClicked toggles the panel on x.com, else opens the settings.
      expect(manifest.action).toEqual({
        default_title: '__MSG_actionTitle__',
        default_icon: { '16': 'icon/16.png', '32': 'icon/32.png' },
      });
      expect(manifest.browser_action).toBeUndefined();
      // The button needs no permission of its own: nothing was added for it.
      expect(manifestProblems(manifest, browser)).toEqual([]);
    },
  );

  it.each(ICON_SIZES)('public/icon/%i.png is a PNG of exactly that size, with transparency', (size) => {
    const png = readFileSync(path.resolve(import.meta.dirname, `../../public/icon/${size}.png`));
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // IHDR: width and height (big-endian), then bit depth and colour type (6 = RGBA).
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    expect(png[25]).toBe(6);
  });

  it('names the toolbar button in every language Careline ships', () => {
    for (const lang of ['en', 'ko']) {
      const messages = JSON.parse(
        readFileSync(path.resolve(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8'),
      ) as Record<string, { message?: string }>;
      expect(messages.actionTitle?.message, lang).toMatch(/^Careline: /);
    }
  });

  it('Firefox: a fixed add-on id and "no data collected", from Firefox 140 (Android 142)', () => {
    expect(generated('firefox').browser_specific_settings).toEqual({
      gecko: {
        id: 'careline@careline.app',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    });
    expect(generated('chrome').browser_specific_settings).toBeUndefined();
  });

  it("declares Chrome's policy schema for IT (storage.managed), and it lists the team server's settings", () => {
    expect(generated('chrome').storage).toEqual({ managed_schema: 'managed_schema.json' });
    expect(generated('firefox').storage).toBeUndefined();
    const schema = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, '../../public/managed_schema.json'), 'utf8'),
    );
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(['teamServerUrl', 'companySignIn']);
    expect(schema.properties.teamServerUrl.type).toBe('string');
    expect(schema.properties.companySignIn.type).toBe('boolean');
  });

  it.each(['chrome', 'firefox'] as const)('%s: the checker the build runs finds nothing to object to', (browser) => {
    expect(manifestProblems(generated(browser), browser)).toEqual([]);
  });
});

describe('manifestProblems (run on every build)', () => {
  const chrome = () => generated('chrome');
  const firefox = () => generated('firefox');

  it('objects to any added or broadened permission', () => {
    const cases: [string, Record<string, unknown>][] = [
      ['tabs', { ...chrome(), permissions: [...PERMISSIONS, 'tabs'] }],
      ['scripting', { ...chrome(), permissions: [...PERMISSIONS, 'scripting'] }],
      ['<all_urls> host permission', { ...chrome(), host_permissions: ['<all_urls>'] }],
      ['install-time host permission', { ...chrome(), host_permissions: ['https://*/*'] }],
      ['<all_urls> optional', { ...chrome(), optional_host_permissions: [...OPTIONAL_HOST_PERMISSIONS, '<all_urls>'] }],
      ['plain http anywhere', { ...chrome(), optional_host_permissions: [...OPTIONAL_HOST_PERMISSIONS, 'http://*/*'] }],
      ['optional API permission', { ...chrome(), optional_permissions: ['tabs'] }],
      ['content script elsewhere', { ...chrome(), content_scripts: [{ matches: ['<all_urls>'], js: ['x.js'] }] }],
      [
        'panel framable anywhere',
        {
          ...chrome(),
          web_accessible_resources: [{ resources: ['panel.html'], matches: ['<all_urls>'], use_dynamic_url: true }],
        },
      ],
      [
        'panel at its static address',
        {
          ...chrome(),
          web_accessible_resources: [
            { resources: ['panel.html'], matches: ['https://x.com/*', 'https://twitter.com/*'] },
          ],
        },
      ],
      [
        'a second shortcut',
        { ...chrome(), commands: { ...(chrome().commands as object), other: { description: 'x' } } },
      ],
      ['externally_connectable', { ...chrome(), externally_connectable: { matches: ['https://x.com/*'] } }],
      ['Manifest V2', { ...chrome(), manifest_version: 2 }],
      ['a dropped permission', { ...chrome(), permissions: ['storage'] }],
      ['no policy schema', { ...chrome(), storage: undefined }],
      ['another policy schema', { ...chrome(), storage: { managed_schema: 'other.json' } }],
    ];
    for (const [what, manifest] of cases) {
      expect(manifestProblems(manifest, 'chrome'), what).not.toEqual([]);
    }
  });

  it('wants the Firefox id and data collection declaration in Firefox only', () => {
    const noConsent = firefox();
    noConsent.browser_specific_settings = {
      gecko: { id: GECKO.id, strict_min_version: '140.0' },
      gecko_android: { strict_min_version: '142.0' },
    };
    expect(manifestProblems(noConsent, 'firefox').join('\n')).toMatch(/data_collection_permissions/);

    const noId = firefox();
    noId.browser_specific_settings = {
      gecko: { strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    };
    expect(manifestProblems(noId, 'firefox').join('\n')).toMatch(/gecko\.id/);

    expect(manifestProblems(firefox(), 'chrome').join('\n')).toMatch(/Firefox only/);
  });

  it('is wired into the build: the hook throws on a wider manifest and passes the right one', () => {
    const hook = (config.hooks as Record<string, Hook | undefined>)['build:manifestGenerated'];
    if (!hook) throw new Error('wxt.config.ts has no build:manifestGenerated hook');
    const build = (browser: string) => ({ config: { browser, command: 'build' as const } });
    expect(() => hook(build('chrome'), { ...chrome(), permissions: [...PERMISSIONS, 'tabs'] })).toThrow(/"tabs"/);
    expect(() => hook(build('chrome'), chrome())).not.toThrow();
    expect(() => hook(build('firefox'), firefox())).not.toThrow();
    // `wxt` dev mode adds tabs and scripting for its own reloading: not Careline's, not checked.
    expect(() =>
      hook({ config: { browser: 'chrome', command: 'serve' } }, { ...chrome(), permissions: [...PERMISSIONS, 'tabs'] }),
    ).not.toThrow();
  });
});
