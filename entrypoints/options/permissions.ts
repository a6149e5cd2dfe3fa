import { browser } from 'wxt/browser';
import type { Translate } from '@/utils/i18n/pages';
import { errorText } from '@/utils/error-text';

export interface PermissionOutcome {
  granted: boolean;
  /** Why no prompt was shown, for the agent when the download then fails (English; see `reason`). */
  note?: string;
  /** The same, as a code the page words in its language; `error` keeps the browser's own `note`. */
  reason?: 'invalid' | 'unsupported' | 'denied' | 'error';
  /** The origin asked for (for the "denied" wording). */
  origin?: string;
}

/**
 * Ask for the pack server's origin, so the download is not blocked by CORS. Must be called straight
 * from the click (before any await): Chromium only shows the prompt during a user gesture.
 * Only possible when the manifest declares `optional_host_permissions`; without that, or on a browser
 * with no permissions API, we skip the prompt and let the download try (a server sending
 * Access-Control-Allow-Origin still works).
 */
export function requestOriginPermission(urls: string | readonly string[]): Promise<PermissionOutcome> {
  // One request for every origin: a browser grants one prompt per click.
  const origins: string[] = [];
  try {
    for (const url of typeof urls === 'string' ? [urls] : urls) {
      const o = new URL(url).origin;
      if (!origins.includes(o)) origins.push(o);
    }
  } catch {
    return Promise.resolve({ granted: false, note: 'not a valid address', reason: 'invalid' });
  }
  const origin = origins.join(', ');
  const permissions = (browser as { permissions?: typeof browser.permissions }).permissions;
  const manifest = browser.runtime.getManifest() as {
    optional_host_permissions?: string[];
    optional_permissions?: string[];
  };
  const optional = [...(manifest.optional_host_permissions ?? []), ...(manifest.optional_permissions ?? [])];
  if (!permissions?.request || !optional.some((p) => p.includes('://') || p === '<all_urls>')) {
    return Promise.resolve({
      granted: false,
      note: 'Careline cannot ask for access to other sites in this build',
      reason: 'unsupported',
    });
  }
  return permissions.request({ origins: origins.map((o) => `${o}/*`) }).then(
    (granted): PermissionOutcome =>
      granted ? { granted } : { granted, note: `access to ${origin} was not granted`, reason: 'denied', origin },
    (error: unknown): PermissionOutcome => ({
      granted: false,
      note: errorText(error),
      reason: 'error',
    }),
  );
}

/** Why the browser gave no access, in the page's language (the browser's own error as it came). */
export function permissionNote(t: Translate, access: PermissionOutcome): string | undefined {
  switch (access.reason) {
    case 'invalid':
      return t('options.packs.permission.invalid');
    case 'unsupported':
      return t('options.packs.permission.unsupported');
    case 'denied':
      return t('options.packs.permission.denied', { origin: access.origin ?? '' });
    default:
      return access.note;
  }
}
