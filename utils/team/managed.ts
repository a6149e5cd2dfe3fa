/**
 * What the organisation's IT set for Careline by policy (storage.managed; the schema is
 * public/managed_schema.json): the team server's address to pre-fill, and whether agents sign in with
 * the company account. Read-only for Careline; without a policy (or in a browser without managed
 * storage) there is simply nothing set.
 */
import { browser } from 'wxt/browser';
import { checkServerUrl } from './client';

export interface ManagedTeamConfig {
  /** A valid https (or loopback http) address, else absent. */
  teamServerUrl?: string;
  /** Show "Sign in with company account" first: the team signs in through its identity provider. */
  companySignIn?: boolean;
}

/** Keeps only well-formed values: a policy with a typo must not break the options page. */
export function parseManagedConfig(raw: unknown): ManagedTeamConfig {
  const config: ManagedTeamConfig = {};
  if (typeof raw !== 'object' || raw === null) return config;
  const { teamServerUrl, companySignIn } = raw as Record<string, unknown>;
  if (typeof teamServerUrl === 'string') {
    try {
      config.teamServerUrl = checkServerUrl(teamServerUrl).href.replace(/\/+$/, '');
    } catch {
      // An address Careline would refuse anyway is not pre-filled.
    }
  }
  if (typeof companySignIn === 'boolean') config.companySignIn = companySignIn;
  return config;
}

export async function readManagedConfig(): Promise<ManagedTeamConfig> {
  const managed = (browser.storage as { managed?: typeof browser.storage.managed }).managed;
  if (!managed) return {};
  try {
    return parseManagedConfig(await managed.get(['teamServerUrl', 'companySignIn']));
  } catch {
    // No policy, or no managed storage in this browser (Firefox without enterprise policies).
    return {};
  }
}
