/**
 * A team server problem in the page's language. TeamError's code says what kind of failure it was;
 * the server's own code (ApiError.error) tells the invite problems apart. Anything unknown falls back
 * to the server's English sentence, which never holds personal data.
 */
import { TeamError } from '@/utils/team/client';
import type { Translate } from '@/utils/i18n/pages';
import { errorText } from '../section-message';

/** The server's codes for an invite that cannot be used (used, expired, mistyped or its agent revoked). */
const INVITE_CODES = new Set(['invalid-invite', 'invite-used', 'invite-expired', 'invite-unknown']);

export interface ErrorContext {
  /** The server's address as the agent typed it (for "could not reach …"). */
  server: string;
  /** False when the browser refused Careline access to the server's origin. */
  accessGranted?: boolean;
}

export function teamErrorText(t: Translate, error: unknown, ctx: ErrorContext): string {
  if (!(error instanceof TeamError)) return t('options.teamLead.agents.failed', { error: errorText(error) });
  const server = ctx.server;
  switch (error.code) {
    case 'insecure':
      return t('options.team.error.insecure');
    case 'network':
      return ctx.accessGranted === false
        ? t('options.team.error.noAccess', { server })
        : t('options.team.error.network', { server });
    case 'bad-answer':
      return t('options.team.error.badAnswer', { server });
    case 'revoked':
      if (INVITE_CODES.has(error.serverCode ?? '')) return t('options.team.error.invite', { server });
      return t('options.team.error.revoked');
    case 'refused': {
      if (error.serverCode === 'invite-format') return t('options.team.error.code');
      if (error.serverCode === 'oidc-off') return t('options.team.error.noOidc', { server });
      if (error.serverCode === 'oidc-unsupported') return t('options.team.error.oidcUnsupported');
      if (error.serverCode === 'oidc-cancelled') return t('options.team.error.oidcCancelled', { error: error.message });
      if (error.status === undefined) return t('options.team.error.url', { url: server });
      if (INVITE_CODES.has(error.serverCode ?? '')) return t('options.team.error.invite', { server });
      if (error.status === 429) return t('options.team.error.tooMany');
      if (error.serverCode === 'lead-only' || error.status === 403) return t('options.team.error.leadOnly');
      return t('options.team.error.refused', { message: error.message.replace(/\.$/, '') });
    }
  }
}
