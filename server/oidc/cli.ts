/**
 * `npm run server -- set-oidc --team ID --oidc-issuer URL --oidc-client-id ID`: the team's agents
 * may then sign in with the company's identity provider (`--oidc-issuer none` turns it off). The
 * provider must allow Careline's redirect address for that client: the extension's
 * identity.getRedirectURL('oidc'), https://<extension id>.chromiumapp.org/oidc in Chrome.
 */
import { UsageError, type Command } from '../cli';
import { setTeamOidc } from './team-oidc';

export const OIDC_OPTIONS = {
  'oidc-issuer': { type: 'string' },
  'oidc-client-id': { type: 'string' },
} as const;

export const OIDC_USAGE =
  '  set-oidc     --team TEAM_ID --oidc-issuer URL --oidc-client-id ID  (--oidc-issuer none: off)';

export const setOidcCommand: Command = async (values, db, out) => {
  const teamId = values.team?.trim();
  const issuer = values['oidc-issuer']?.trim();
  const clientId = values['oidc-client-id']?.trim();
  if (!teamId) throw new UsageError('--team is required');
  const off = issuer === 'none';
  if (!off && (!issuer || !clientId)) throw new UsageError('--oidc-issuer and --oidc-client-id are required');
  let done: boolean;
  try {
    done = await setTeamOidc(db, teamId, off || !issuer || !clientId ? null : { issuer, clientId });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (!done) throw new UsageError(`no team ${teamId}`);
  out(
    off
      ? `Team ${teamId}: company sign-in off.`
      : `Team ${teamId}: agents sign in with ${issuer} (client ${clientId}).`,
  );
};
