/**
 * Which identity provider a team signs in with: set by the operator (CLI), read by the sign-in
 * routes. The issuer must be https (http only on this machine, for tests and trials), as for the
 * team server itself.
 */
import type { Db } from '../db/db';

export interface TeamOidc {
  teamId: string;
  issuer: string;
  clientId: string;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The issuer as OpenID Connect compares it (exactly, no trailing slash added or removed), or throws. */
export function checkIssuer(issuer: string): string {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new Error(`not a web address: ${issuer}`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new Error('the issuer must use https (http only on this machine)');
  }
  if (url.search || url.hash || url.username) throw new Error('the issuer must be a plain address');
  return issuer;
}

/** Sets (or, with null, removes) the team's identity provider. False when no such team. */
export async function setTeamOidc(
  db: Db,
  teamId: string,
  provider: { issuer: string; clientId: string } | null,
): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(teamId)) return false;
  const issuer = provider ? checkIssuer(provider.issuer) : null;
  const clientId = provider ? provider.clientId.trim() : null;
  if (provider && !clientId) throw new Error('the client id is empty');
  const rows = await db.query('UPDATE teams SET oidc_issuer = $2, oidc_client_id = $3 WHERE id = $1 RETURNING id', [
    teamId,
    issuer,
    clientId,
  ]);
  return rows.length > 0;
}

/** The team's provider; without a team id, the server's only team that has one (null when none or several). */
export async function findTeamOidc(db: Db, teamId?: string): Promise<TeamOidc | null> {
  if (teamId !== undefined && !/^[0-9a-f-]{36}$/i.test(teamId)) return null;
  const rows = await db.query<{ id: string; oidc_issuer: string; oidc_client_id: string }>(
    `SELECT id, oidc_issuer, oidc_client_id FROM teams
      WHERE oidc_issuer IS NOT NULL AND ($1::uuid IS NULL OR id = $1::uuid) LIMIT 2`,
    [teamId ?? null],
  );
  const [only] = rows;
  return rows.length === 1 && only
    ? { teamId: only.id, issuer: only.oidc_issuer, clientId: only.oidc_client_id }
    : null;
}

/** The team registered for this issuer and one of the token's audiences. */
export async function teamForToken(db: Db, issuer: string, audiences: string[]): Promise<TeamOidc | null> {
  if (audiences.length === 0) return null;
  const rows = await db.query<{ id: string; oidc_issuer: string; oidc_client_id: string }>(
    `SELECT id, oidc_issuer, oidc_client_id FROM teams WHERE oidc_issuer = $1 AND oidc_client_id = ANY($2::text[])`,
    [issuer, audiences],
  );
  const [only] = rows;
  return rows.length === 1 && only
    ? { teamId: only.id, issuer: only.oidc_issuer, clientId: only.oidc_client_id }
    : null;
}
