/**
 * The OpenID Connect sign-in request the extension opens, and reading its answer. Pure (no browser
 * API), so the server's tests drive a real provider with exactly what the extension sends.
 */
import type { OidcConfig } from './wire';

/** 256 random bits, base64url: a nonce or a state. */
export function randomToken(): string {
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
