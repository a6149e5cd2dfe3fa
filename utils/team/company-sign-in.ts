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
import { authorizationUrl, idTokenFrom, randomToken } from './oidc-request';
import { JoinResponse, OidcConfig } from './wire';

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
