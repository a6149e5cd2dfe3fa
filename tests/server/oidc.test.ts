/**
 * Company sign-in against a real OpenID Connect provider (oidc-provider on 127.0.0.1): the extension's
 * request, the provider's login, the id_token exchanged for a team session; and everything that must
 * be refused: another sign-in's nonce, a replay, a forged signature, an expired token, a client the
 * team does not use, a revoked agent.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setTeamOidc } from '../../server/oidc/team-oidc';
import { startTestServer, type TestServer } from '../../server/testing';
import { authorizationUrl, idTokenFrom, randomToken } from '../../utils/team/oidc-request';
import { ApiError, JoinResponse, OidcConfig, Session } from '../../utils/team/wire';
import { REDIRECT_URI, startOidcProvider, type TestProvider } from './test-oidc-provider';

let clock: Date;
let server: TestServer;
let provider: TestProvider;
let teamId: string;

beforeEach(async () => {
  clock = new Date();
  server = await startTestServer({ now: () => clock });
  provider = await startOidcProvider(['careline', 'other-app'], { 'kim.seoyeon': '김서연' });
  ({ teamId } = await server.createTeam('KT care', 'Lead'));
  expect(await setTeamOidc(server.db, teamId, { issuer: provider.issuer, clientId: 'careline' })).toBe(true);
});
afterEach(async () => {
  await server.close();
  await provider.close();
});

/** What the extension does: read the config, open the provider, take the id_token from the redirect. */
async function companySignIn(login: string, clientId?: string) {
  const config = OidcConfig.parse(await (await server.api('/oidc/config')).json());
  const nonce = randomToken();
  const state = randomToken();
  const url = authorizationUrl({ ...config, clientId: clientId ?? config.clientId }, REDIRECT_URI, nonce, state);
  const idToken = idTokenFrom(await provider.signIn(url, login), state);
  return { idToken, nonce };
}

const exchange = (body: { idToken: string; nonce: string }) => server.api('/oidc/exchange', { body });
const errorOf = async (response: Response) => ApiError.parse(await response.json()).error;

describe('company sign-in (OpenID Connect)', () => {
  it('tells the extension where to sign in, and nothing when no team uses it', async () => {
    const config = OidcConfig.parse(await (await server.api('/oidc/config')).json());
    expect(config).toEqual({
      issuer: provider.issuer,
      clientId: 'careline',
      authorizationEndpoint: `${provider.issuer}/auth`,
    });
    await setTeamOidc(server.db, teamId, null);
    const off = await server.api('/oidc/config');
    expect(off.status).toBe(404);
    expect(await errorOf(off)).toBe('oidc-off');
  });

  it('creates the agent on the first sign-in and finds the same agent the next time, logging each sign-in', async () => {
    const first = await exchange(await companySignIn('kim.seoyeon'));
    expect(first.status).toBe(200);
    const joined = JoinResponse.parse(await first.json());
    expect(joined.team).toEqual({ id: teamId, name: 'KT care' });
    expect(joined.agent).toMatchObject({ name: '김서연', role: 'agent' });
    const me = await server.api('/me', { token: joined.token });
    expect(Session.parse(await me.json()).agent.id).toBe(joined.agent.id);

    const second = JoinResponse.parse(await (await exchange(await companySignIn('kim.seoyeon'))).json());
    expect(second.agent.id).toBe(joined.agent.id);
    expect(second.token).not.toBe(joined.token);

    const log = await server.db.query<{ agent_id: string; action: string; customer_id: unknown; detail: string }>(
      `SELECT agent_id, action, customer_id, detail FROM access_log WHERE team_id = $1 ORDER BY id`,
      [teamId],
    );
    expect(log).toEqual([
      { agent_id: joined.agent.id, action: 'sign-in', customer_id: null, detail: 'oidc: first sign-in, agent created' },
      { agent_id: joined.agent.id, action: 'sign-in', customer_id: null, detail: 'oidc' },
    ]);
  });

  it("refuses another sign-in's nonce, a replay, a forged signature and an expired token", async () => {
    const signIn = await companySignIn('lee.haneul');
    const wrongNonce = await exchange({ ...signIn, nonce: randomToken() });
    expect(wrongNonce.status).toBe(401);
    expect(await errorOf(wrongNonce)).toBe('oidc-invalid');

    const [head, body, signature = ''] = signIn.idToken.split('.');
    const flipped = signature.startsWith('A') ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
    const forged = await exchange({ ...signIn, idToken: `${head}.${body}.${flipped}` });
    expect(await errorOf(forged)).toBe('oidc-invalid');

    expect((await exchange(signIn)).status).toBe(200);
    const replay = await exchange(signIn);
    expect(replay.status).toBe(401);
    expect(await errorOf(replay)).toBe('oidc-replayed');

    const late = await companySignIn('lee.haneul');
    clock = new Date(clock.getTime() + 24 * 3600_000);
    const expired = await exchange(late);
    expect(await errorOf(expired)).toBe('oidc-invalid');
  });

  it('refuses a token issued to a client the team does not use, and a revoked agent', async () => {
    const foreign = await exchange(await companySignIn('kim.seoyeon', 'other-app'));
    expect(foreign.status).toBe(401);
    expect(await errorOf(foreign)).toBe('oidc-unknown');

    const joined = JoinResponse.parse(await (await exchange(await companySignIn('kim.seoyeon'))).json());
    const leadCode = await server.invite(teamId, 'Lead two', 'lead');
    const ourLead = await server.join(leadCode);
    const revoked = await server.api('/agents/revoke', { token: ourLead.token, body: { agentId: joined.agent.id } });
    expect(revoked.status).toBe(200);
    const again = await exchange(await companySignIn('kim.seoyeon'));
    expect(again.status).toBe(401);
    expect(await errorOf(again)).toBe('revoked');
  });
});
