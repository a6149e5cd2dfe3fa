/**
 * Everything Careline asks the browser for, in one place: wxt.config.ts builds the manifest from
 * these constants, and `manifestProblems` checks the manifest WXT actually generated (on every build,
 * through the `build:manifestGenerated` hook, and in tests/unit/manifest.test.ts). Adding a
 * permission means changing this file AND the README's "Permissions" table, which says why each one
 * is needed. Pure: no imports, so wxt.config.ts can load it before any alias exists.
 */

/** The only sites Careline runs on (content script) and the only pages that may frame its panel. */
export const X_MATCHES = ['https://x.com/*', 'https://twitter.com/*'] as const;

/**
 * Install-time API permissions (Firefox lists clipboardWrite and unlimitedStorage at install; Chrome
 * neither). `identity` opens the company's sign-in window for a team that uses it; no prompt either.
 */
export const PERMISSIONS = ['storage', 'unlimitedStorage', 'clipboardWrite', 'alarms', 'identity'] as const;

/**
 * Chrome only: the policy settings IT may set for Careline (public/managed_schema.json, read through
 * storage.managed). Firefox takes the same values from its enterprise policies without a schema.
 */
export const MANAGED_STORAGE = { managed_schema: 'managed_schema.json' } as const;

/**
 * Asked for one origin at a time (a pack URL, the handoff webhook), from a click in the options page;
 * never at install. Plain http only on this machine, like utils/handoff/web-address.ts.
 */
export const OPTIONAL_HOST_PERMISSIONS = [
  'https://*/*',
  'http://localhost/*',
  'http://127.0.0.1/*',
  'http://[::1]/*',
] as const;

/** Keyboard shortcuts (manifest `commands`): the background toggles the panel on the active x.com tab. */
export const COMMANDS = {
  'toggle-panel': {
    suggested_key: { default: 'Alt+Shift+K' },
    description: 'Open or close the Careline panel',
  },
} as const;

/**
 * The manifest speaks the browser's language (Chrome and Firefox pick from public/_locales by their
 * UI language; Careline's own pages follow options → You → Language instead). Name and description
 * are `__MSG_…__` references in wxt.config.ts; a command's description stays English in COMMANDS,
 * which the checks compare, and `localizeCommands` points it at its message once the check passed.
 * Every message named here must exist in each public/_locales/<lang>/messages.json (English: the
 * same words as COMMANDS).
 */
export const DEFAULT_LOCALE = 'en';
export const MANIFEST_NAME = '__MSG_extName__';
export const MANIFEST_DESCRIPTION = '__MSG_extDescription__';
export const COMMAND_MESSAGES: { readonly [name in keyof typeof COMMANDS]: string } = {
  'toggle-panel': 'commandTogglePanel',
};

/** Replaces each command's English description with its `__MSG_…__` reference, in place. */
export function localizeCommands(manifest: Record<string, unknown>): void {
  const commands = manifest.commands as { [name: string]: { description?: string } } | undefined;
  for (const [name, message] of Object.entries(COMMAND_MESSAGES)) {
    const command = commands?.[name];
    if (command) command.description = `__MSG_${message}__`;
  }
}

/**
 * Firefox only. The id is what AMO signs and what storage is keyed by: never change it.
 * `data_collection_permissions` is Firefox's built-in data consent (required for new add-ons on
 * AMO): Careline sends nothing to its makers or to any third party; the only data
 * that leaves the browser goes, when an agent hands a case off, to the address the team itself
 * configured. Firefox 140 (142 on Android) is the first to understand the key; older ones reject
 * or ignore it, so they are not offered Careline.
 */
export const GECKO = {
  id: 'careline@careline.app',
  strict_min_version: '140.0',
  data_collection_permissions: { required: ['none'] },
} as const;
export const GECKO_ANDROID = { strict_min_version: '142.0' } as const;

/** API permissions that must never appear: each would widen what Careline can see or do. */
export const FORBIDDEN_PERMISSIONS = [
  '<all_urls>',
  'tabs',
  'activeTab',
  'scripting',
  'webRequest',
  'webRequestBlocking',
  'webNavigation',
  'cookies',
  'history',
  'downloads',
  'management',
  'debugger',
  'nativeMessaging',
  'clipboardRead',
  'declarativeNetRequest',
] as const;

type Browser = string;

/** The permission-bearing part of Careline's manifest for one browser (MV3 in both). */
export function manifestPermissions(browser: Browser) {
  return {
    permissions: [...PERMISSIONS],
    optional_host_permissions: [...OPTIONAL_HOST_PERMISSIONS],
    commands: structuredClone(COMMANDS) as {
      [name: string]: { suggested_key: { default: string }; description: string };
    },
    // The panel is an extension page framed into x.com: only X's hosts may frame it, and only at the
    // dynamic address Careline's content script gets (use_dynamic_url), never the well-known static one.
    web_accessible_resources: [{ resources: ['panel.html'], matches: [...X_MATCHES], use_dynamic_url: true }],
    ...(browser === 'firefox' ? {} : { storage: { ...MANAGED_STORAGE } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO.id,
              strict_min_version: GECKO.strict_min_version,
              data_collection_permissions: { required: [...GECKO.data_collection_permissions.required] },
            },
            gecko_android: { ...GECKO_ANDROID },
          },
        }
      : {}),
  };
}

const sameSet = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && new Set(a).size === a.length && a.every((x) => b.includes(x));

const show = (value: unknown) => JSON.stringify(value);

/**
 * Why `manifest` (as generated, for `browser`) asks for more or other than the lists above; empty
 * when it asks for exactly them. Every problem is one sentence naming the key.
 */
export function manifestProblems(manifest: Record<string, unknown>, browser: Browser): string[] {
  const problems: string[] = [];
  const list = (key: string): unknown[] => {
    const value = manifest[key];
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    problems.push(`${key} is not a list: ${show(value)}`);
    return [];
  };

  if (manifest.manifest_version !== 3)
    problems.push(`manifest_version is ${show(manifest.manifest_version)}, expected 3`);

  const permissions = list('permissions');
  if (!sameSet(permissions, PERMISSIONS)) {
    problems.push(`permissions are ${show(permissions)}, expected exactly ${show(PERMISSIONS)}`);
  }
  const optionalHosts = list('optional_host_permissions');
  if (!sameSet(optionalHosts, OPTIONAL_HOST_PERMISSIONS)) {
    problems.push(
      `optional_host_permissions are ${show(optionalHosts)}, expected exactly ${show(OPTIONAL_HOST_PERMISSIONS)}`,
    );
  }
  for (const key of ['host_permissions', 'optional_permissions']) {
    const extra = list(key);
    if (extra.length > 0) problems.push(`${key} must be empty, found ${show(extra)}`);
  }

  const everything = JSON.stringify(manifest);
  for (const forbidden of FORBIDDEN_PERMISSIONS) {
    if (everything.includes(`"${forbidden}"`)) problems.push(`"${forbidden}" must not appear in the manifest`);
  }

  const scripts = list('content_scripts') as { matches?: unknown[]; exclude_matches?: unknown[] }[];
  if (scripts.length === 0) problems.push('content_scripts is missing: Careline runs on x.com');
  for (const script of scripts) {
    if (!Array.isArray(script.matches) || !sameSet(script.matches, X_MATCHES)) {
      problems.push(`a content script matches ${show(script.matches)}, expected exactly ${show(X_MATCHES)}`);
    }
  }

  const expectedResources = [{ resources: ['panel.html'], matches: [...X_MATCHES], use_dynamic_url: true }];
  const resources = list('web_accessible_resources') as {
    resources?: unknown[];
    matches?: unknown[];
    extension_ids?: unknown;
    use_dynamic_url?: unknown;
  }[];
  const [only] = resources;
  const resourcesOk =
    resources.length === 1 &&
    only !== undefined &&
    sameSet(only.resources ?? [], ['panel.html']) &&
    sameSet(only.matches ?? [], X_MATCHES) &&
    only.use_dynamic_url === true &&
    only.extension_ids === undefined;
  if (!resourcesOk)
    problems.push(`web_accessible_resources are ${show(resources)}, expected ${show(expectedResources)}`);

  if (show(manifest.commands) !== show(COMMANDS)) {
    problems.push(`commands are ${show(manifest.commands)}, expected ${show(COMMANDS)}`);
  }

  for (const key of ['externally_connectable', 'content_security_policy', 'sandbox', 'declarative_net_request']) {
    if (manifest[key] !== undefined) problems.push(`${key} must not be set, found ${show(manifest[key])}`);
  }

  const expectedStorage = browser === 'firefox' ? undefined : MANAGED_STORAGE;
  if (show(manifest.storage) !== show(expectedStorage)) {
    problems.push(`storage is ${show(manifest.storage)}, expected ${show(expectedStorage)}`);
  }

  const specific = manifest.browser_specific_settings as
    { gecko?: Record<string, unknown>; gecko_android?: Record<string, unknown> } | undefined;
  if (browser === 'firefox') {
    const gecko = specific?.gecko;
    if (gecko?.id !== GECKO.id)
      problems.push(`browser_specific_settings.gecko.id is ${show(gecko?.id)}, expected ${show(GECKO.id)}`);
    if (show(gecko?.data_collection_permissions) !== show(GECKO.data_collection_permissions)) {
      problems.push(
        `browser_specific_settings.gecko.data_collection_permissions is ${show(gecko?.data_collection_permissions)}, expected ${show(GECKO.data_collection_permissions)}`,
      );
    }
    if (gecko?.strict_min_version !== GECKO.strict_min_version) {
      problems.push(
        `browser_specific_settings.gecko.strict_min_version is ${show(gecko?.strict_min_version)}, expected ${show(GECKO.strict_min_version)}`,
      );
    }
    if (show(specific?.gecko_android) !== show(GECKO_ANDROID)) {
      problems.push(
        `browser_specific_settings.gecko_android is ${show(specific?.gecko_android)}, expected ${show(GECKO_ANDROID)}`,
      );
    }
  } else if (specific !== undefined) {
    problems.push(`browser_specific_settings is for Firefox only, found it in the ${browser} manifest`);
  }
  return problems;
}
