/**
 * "Sign in with company account": the team's identity provider (OpenID Connect) signs the agent in
 * in a browser window (identity.launchWebAuthFlow), hands back an id_token for this sign-in's nonce,
 * and the team server checks it and answers a session like an invite code would. The provider is
 * asked for an id_token only (no access to mail, calendars or anything else of the account).
 */
import { browser } from 'wxt/browser';
import { teamSessionRepo, type TeamSessionRecord, type TeamSessionRepo } from '../db/team-session-repo';
import { teamFetch, TeamError } from './client';
import { normaliseServerUrl, storeJoinedSession } from './membership';
import { JoinResponse, OidcConfig } from './wire';

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The provider's sign-in page for this request (implicit id_token flow, answered in the fragment). */
export function authorizationUrl(config: OidcConfig, redirectUri: string, nonce: string, state: string): string {
  const url = new URL(config.authorizationEndpoint);
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('response_type', 'id_token');
  url.searchParams.set('response_mode', 'fragment');
  url.searchParams.set('scope', 'openid profile');
  url.searchParams.set('redirect_uri', redirectUri);
  url.searchParams.set('nonce', nonce);
  url.searchParams.set('state', state);
  url.searchParams.set('prompt', 'select_account');
  return url.href;
}

/** The id_token from the address the provider sent the browser back to; throws on an error or a foreign state. */
export function idTokenFrom(redirected: string, state: string): string {
  const fragment = new URLSearchParams(new URL(redirected).hash.slice(1));
  const problem = fragment.get('error');
  if (problem) throw new Error(fragment.get('error_description') ?? problem);
  if (fragment.get('state') !== state) throw new Error('the answer was not for this sign-in');
  const idToken = fragment.get('id_token');
  if (!idToken) throw new Error('the identity provider sent no id_token');
  return idToken;
}

export async function signInWithCompany(
  input: { serverUrl: string },
  repo: TeamSessionRepo = teamSessionRepo(),
): Promise<TeamSessionRecord> {
  const serverUrl = normaliseServerUrl(input.serverUrl);
  const identity = (browser as { identity?: typeof browser.identity }).identity;
  if (!identity?.launchWebAuthFlow) throw new TeamError('refused', 'no identity API', undefined, 'oidc-unsupported');
  const config = await teamFetch({ serverUrl, path: '/oidc/config', answer: OidcConfig }).catch((error: unknown) => {
    if (error instanceof TeamError && error.status === 404)
      throw new TeamError('refused', error.message, 404, 'oidc-off');
    throw error;
  });
  const nonce = randomToken();
  const state = randomToken();
  let redirected: string | undefined;
  try {
    redirected = await identity.launchWebAuthFlow({
      url: authorizationUrl(config, identity.getRedirectURL('oidc'), nonce, state),
      interactive: true,
    });
  } catch (error) {
    throw new TeamError('refused', error instanceof Error ? error.message : String(error), undefined, 'oidc-cancelled');
  }
  if (!redirected) throw new TeamError('refused', 'the sign-in window was closed', undefined, 'oidc-cancelled');
  let idToken: string;
  try {
    idToken = idTokenFrom(redirected, state);
  } catch (error) {
    throw new TeamError('refused', error instanceof Error ? error.message : String(error), undefined, 'oidc-cancelled');
  }
  const joined = await teamFetch({ serverUrl, path: '/oidc/exchange', body: { idToken, nonce }, answer: JoinResponse });
  return storeJoinedSession(serverUrl, joined, repo);
}
