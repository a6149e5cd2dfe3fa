/**
 * Checking an id_token from a team's identity provider with jose: the signature against the
 * provider's published keys (JWKS, found through its discovery document), the issuer, the audience
 * (Careline's client id), the expiry and the nonce of this sign-in. Anything else is refused.
 */
import { createRemoteJWKSet, decodeJwt, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';

const Discovery = z.object({
  issuer: z.string(),
  authorization_endpoint: z.string().url(),
  jwks_uri: z.string().url(),
});

export interface Provider {
  issuer: string;
  authorizationEndpoint: string;
  keys: JWTVerifyGetKey;
}

/** Asymmetric signatures only: a shared-secret (HS256) token could be made by anyone holding the client id's secret. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];
const PROVIDER_TTL_MS = 60 * 60 * 1000;

const providers = new Map<string, { provider: Provider; at: number }>();

/** The provider's endpoints and keys, from its discovery document (kept an hour; jose refreshes keys it has not seen). */
export async function providerOf(issuer: string, now = Date.now()): Promise<Provider> {
  const cached = providers.get(issuer);
  if (cached && now - cached.at < PROVIDER_TTL_MS) return cached.provider;
  const response = await fetch(`${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`, {
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`discovery answered HTTP ${response.status}`);
  const doc = Discovery.parse(await response.json());
  if (doc.issuer !== issuer) throw new Error('the discovery document names another issuer');
  const provider = {
    issuer,
    authorizationEndpoint: doc.authorization_endpoint,
    keys: createRemoteJWKSet(new URL(doc.jwks_uri)),
  };
  providers.set(issuer, { provider, at: now });
  return provider;
}

/** Issuer and audiences as the token claims them, unverified: only to find which team's provider to verify with. */
export function claimedIssuer(idToken: string): { issuer: string; audiences: string[] } | null {
  try {
    const { iss, aud } = decodeJwt(idToken);
    if (typeof iss !== 'string') return null;
    return { issuer: iss, audiences: typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud : [] };
  } catch {
    return null;
  }
}

export interface VerifiedSignIn {
  subject: string;
  name: string;
  /** When the id_token expires: its nonce is remembered until then. */
  expiresAt: Date;
}

export async function verifyIdToken(
  idToken: string,
  expected: { issuer: string; clientId: string; nonce: string; keys: JWTVerifyGetKey; now: Date },
): Promise<VerifiedSignIn> {
  const { payload } = await jwtVerify(idToken, expected.keys, {
    issuer: expected.issuer,
    audience: expected.clientId,
    algorithms: ALGORITHMS,
    currentDate: expected.now,
    clockTolerance: 60,
    requiredClaims: ['sub', 'exp', 'iat', 'nonce'],
  });
  if (payload.nonce !== expected.nonce) throw new Error('the id_token was issued for another sign-in (nonce)');
  // With several audiences, OpenID Connect says the token must have been issued to Careline (azp).
  if (Array.isArray(payload.aud) && payload.aud.length > 1 && payload.azp !== expected.clientId) {
    throw new Error('the id_token was issued to another client (azp)');
  }
  return { subject: String(payload.sub), name: displayName(payload), expiresAt: new Date((payload.exp ?? 0) * 1000) };
}

/** The agent's name as the company knows it: name, else the login, else the e-mail's local part. */
function displayName(payload: JWTPayload): string {
  const pick = (key: string) => (typeof payload[key] === 'string' ? (payload[key] as string).trim() : '');
  const name =
    pick('name') ||
    pick('preferred_username') ||
    pick('email').split('@')[0] ||
    `Agent ${String(payload.sub).slice(0, 8)}`;
  return name.slice(0, 80);
}
