/**
 * The background's answers to the panel about the team (BackgroundApi 'careline:team-*'). Only
 * Careline's own pages may ask (background-requests.ts senderMayAsk); nothing answered holds the token.
 */
import type { BackgroundHandlers } from '@/utils/messaging/background-api';
import { TeamError } from './client';
import { kickTeamOutbox, serverReached, watchTeam } from './runner';
import { teamStatus } from './status';
import { rememberLookedUp } from './looked-up';
import { lookupCustomer } from './sync';

type TeamHandlers = Pick<
  BackgroundHandlers,
  'careline:team-status' | 'careline:team-lookup' | 'careline:team-watch' | 'careline:team-queued'
>;

/** Out of reach (or answering nonsense) is not the panel's problem: it shows what this machine has. */
function offline(error: unknown): { state: 'offline' } {
  if (!(error instanceof TeamError)) console.warn('Careline: the team request failed', error);
  return { state: 'offline' };
}

export function teamHandlers(): TeamHandlers {
  return {
    'careline:team-status': () => teamStatus(),
    'careline:team-lookup': async ({ customer }) => {
      const ref = {
        ...(customer.userId ? { xUserId: customer.userId } : {}),
        ...(customer.handle ? { handle: customer.handle.replace(/^@/, '') } : {}),
        ...(customer.crmId ? { crmId: customer.crmId } : {}),
      };
      if (!ref.xUserId && !ref.handle && !ref.crmId) return { state: 'connected', found: false };
      // Opened in the panel: a reply to them from X's box may be shared with the team (looked-up.ts).
      if (ref.handle) await rememberLookedUp(ref.handle);
      try {
        const outcome = await lookupCustomer(ref);
        if (outcome.state === 'connected') await serverReached();
        return outcome;
      } catch (error) {
        return offline(error);
      }
    },
    'careline:team-watch': async () => watchTeam().catch(offline),
    'careline:team-queued': async () => {
      // Answer at once: the push takes as long as the server does; the card follows IndexedDB.
      void kickTeamOutbox();
      return { ok: true };
    },
  };
}
