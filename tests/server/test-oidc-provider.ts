/**
 * A real OpenID Connect provider (the `oidc-provider` library) on 127.0.0.1 for the sign-in tests,
 * and a headless user who signs in through its development login and consent pages, following
 * redirects with a cookie jar until the provider sends the browser back to Careline's redirect address.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export const REDIRECT_URI = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/oidc';

export interface TestProvider {
  issuer: string;
  /** Signs `login` in at `authorizationUrl` (as the extension opens it); the address Careline gets back. */
  signIn(authorizationUrl: string, login: string): Promise<string>;
  close(): Promise<void>;
}

export async function startOidcProvider(
  clients: string[],
  names: Record<string, string> = {},
  redirectUri = REDIRECT_URI,
): Promise<TestProvider> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: clients.map((clientId) => ({
      client_id: clientId,
      response_types: ['id_token'],
      grant_types: ['implicit'],
      redirect_uris: [redirectUri],
      token_endpoint_auth_method: 'none',
    })),
    claims: { openid: ['sub'], profile: ['name'] },
    findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub, name: names[sub] ?? sub }) }),
    cookies: { keys: ['careline-test-cookie-key'] },
    // The development login and consent pages: any login name signs in.
    features: { devInteractions: { enabled: true } },
  });
  server.on('request', provider.callback());

  async function signIn(authorizationUrl: string, login: string): Promise<string> {
    const jar = new Map<string, string>();
    let url = authorizationUrl;
    let init: RequestInit = {};
    for (let step = 0; step < 20; step++) {
      const response = await fetch(url, {
        ...init,
        redirect: 'manual',
        headers: {
          ...(init.headers as Record<string, string>),
          cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        },
      });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair = ''] = cookie.split(';');
        const at = pair.indexOf('=');
        jar.set(pair.slice(0, at), pair.slice(at + 1));
      }
      const location = response.headers.get('location');
      if (location) {
        const next = new URL(location, url).href;
        if (next.startsWith(redirectUri)) return next;
        url = next;
        init = {};
        continue;
      }
      const html = await response.text();
      const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/.exec(html);
      if (!form?.[1]) throw new Error(`the provider answered ${response.status} without a form or redirect`);
      const fields = new URLSearchParams();
      for (const input of form[2]?.matchAll(/<input[^>]*>/g) ?? []) {
        const name = /name="([^"]+)"/.exec(input[0])?.[1];
        if (!name) continue;
        const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? '';
        fields.set(name, name === 'login' ? login : name === 'password' ? 'any' : value);
      }
      url = new URL(form[1], url).href;
      init = {
        method: 'POST',
        body: fields.toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      };
    }
    throw new Error('the sign-in did not come back to Careline within 20 steps');
  }

  return {
    issuer,
    signIn,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A browser's sign-in window keeps its connections open.
        server.closeAllConnections();
      }),
  };
}
