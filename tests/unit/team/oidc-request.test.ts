/** The company sign-in request the extension opens, and what it accepts back. */
import { describe, expect, it } from 'vitest';
import { authorizationUrl, idTokenFrom, randomToken } from '@/utils/team/oidc-request';

const CONFIG = {
  issuer: 'https://login.example.com',
  clientId: 'careline',
  authorizationEndpoint: 'https://login.example.com/authorize?tenant=kt',
};
const REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/oidc';

describe('company sign-in request', () => {
  it('asks for an id_token only, for this nonce and state, keeping the endpoint’s own query', () => {
    const url = new URL(authorizationUrl(CONFIG, REDIRECT, 'n-1', 's-1'));
    expect(url.origin + url.pathname).toBe('https://login.example.com/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      tenant: 'kt',
      client_id: 'careline',
      response_type: 'id_token',
      response_mode: 'fragment',
      scope: 'openid profile',
      redirect_uri: REDIRECT,
      nonce: 'n-1',
      state: 's-1',
    });
  });

  it('takes the id_token of this sign-in only', () => {
    expect(idTokenFrom(`${REDIRECT}#state=s-1&id_token=eyJ.a.b`, 's-1')).toBe('eyJ.a.b');
    expect(() => idTokenFrom(`${REDIRECT}#state=other&id_token=eyJ.a.b`, 's-1')).toThrow('not for this sign-in');
    expect(() => idTokenFrom(`${REDIRECT}#state=s-1`, 's-1')).toThrow('no id_token');
    expect(() => idTokenFrom(`${REDIRECT}#error=access_denied&error_description=User+cancelled`, 's-1')).toThrow(
      'User cancelled',
    );
  });

  it('makes nonces of 256 random bits, never the same twice', () => {
    const a = randomToken();
    expect(a).toMatch(/^[\w-]{43}$/);
    expect(randomToken()).not.toBe(a);
  });
});
