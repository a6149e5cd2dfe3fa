/**
 * Company sign-in routes: GET /oidc/config tells the extension which provider to open (public: it
 * holds no secret), POST /oidc/exchange turns a verified id_token into the same session an invite
 * code gives. Provisioned agents get the agent role; a lead promotes by inviting a lead.
 */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { asTeam } from '../db/team-scope';
import { errorResponses, fail } from '../http/errors';
import type { AppDeps, TeamApp } from '../http/env';
import { jsonAnswer, jsonBody } from '../http/openapi';
import { loadSession } from '../routes/session';
import { JoinResponse, OidcConfig, OidcExchangeRequest } from '../../utils/team/wire';
import { provisionAgent } from './provision';
import { findTeamOidc, teamForToken } from './team-oidc';
import { claimedIssuer, providerOf, verifyIdToken, type Provider } from './verify';

export interface OidcRouteOptions {
  /** The provider's endpoints and keys (tests may hand in their own; by default from discovery). */
  provider?: (issuer: string) => Promise<Provider>;
}

export function registerOidcRoutes(app: TeamApp, deps: AppDeps, options: OidcRouteOptions = {}): void {
  const provider = options.provider ?? ((issuer: string) => providerOf(issuer));

  app.openapi(
    createRoute({
      method: 'get',
      path: '/oidc/config',
      summary: "The team's identity provider for company sign-in (404 when the team signs in with invite codes)",
      request: { query: z.object({ team: z.string().optional() }) },
      responses: { 200: jsonAnswer(OidcConfig, 'The provider'), ...errorResponses(404, 429) },
    }),
    async (c) => {
      const team = await findTeamOidc(deps.db, c.req.valid('query').team);
      if (!team) return fail(c, 404, 'oidc-off', 'This team server offers no company sign-in.');
      let found: Provider;
      try {
        found = await provider(team.issuer);
      } catch {
        return fail(c, 404, 'oidc-unreachable', "The company's identity provider could not be reached.");
      }
      return c.json(
        { issuer: team.issuer, clientId: team.clientId, authorizationEndpoint: found.authorizationEndpoint },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/oidc/exchange',
      summary: "Exchange the identity provider's id_token (with this sign-in's nonce) for a bearer token",
      request: { body: jsonBody(OidcExchangeRequest) },
      responses: { 200: jsonAnswer(JoinResponse, 'Signed in'), ...errorResponses(400, 401, 429) },
    }),
    async (c) => {
      const { idToken, nonce } = c.req.valid('json');
      const refused = (code: string, message: string) => fail(c, 401, code, message);
      const claimed = claimedIssuer(idToken);
      const team = claimed && (await teamForToken(deps.db, claimed.issuer, claimed.audiences));
      if (!team) return refused('oidc-unknown', 'No team on this server signs in with that identity provider.');
      const now = deps.now();
      let verified;
      try {
        const { keys } = await provider(team.issuer);
        verified = await verifyIdToken(idToken, { issuer: team.issuer, clientId: team.clientId, nonce, keys, now });
      } catch {
        // jose's reasons may quote claims (a name, an e-mail): the log gets none of them.
        return refused('oidc-invalid', 'The company sign-in could not be verified.');
      }
      const joined = await asTeam(deps.db, team.teamId, async (tx) => {
        const [row] = await tx.query<{ name: string }>('SELECT name FROM teams WHERE id = $1', [team.teamId]);
        const outcome = await provisionAgent(tx, team.teamId, row?.name ?? '', { ...verified, nonce }, now);
        if (!outcome.ok) return outcome;
        return {
          ok: true as const,
          joined: { token: outcome.token, ...(await loadSession(tx, team.teamId, outcome.agentId)) },
        };
      });
      if (!joined.ok && joined.reason === 'replayed') return refused('oidc-replayed', 'This sign-in was already used.');
      if (!joined.ok) return refused('revoked', 'This access was revoked by the team lead.');
      return c.json(joined.joined satisfies JoinResponse, 200);
    },
  );
}
