/**
 * The card in a team: when it opens a customer the background looks them up in the team's record (the
 * answer lands in IndexedDB, which the card reads live), and while it shows a team customer a long
 * poll keeps their colleagues' entries coming. Solo, none of this asks anything of the network.
 */
import { useEffect, useState } from 'react';
import { isXKey } from '@/utils/db/customers-repo';
import { askBackground } from '@/utils/messaging/background-api';
import { teamStatusForPage } from '@/utils/team/panel-side';
import type { TeamStatus } from '@/utils/team/status-types';

/** After an unanswered poll (server or background out of reach), wait this long before the next. */
const WATCH_RETRY_MS = 3_000;

export interface TeamCardRef {
  /** The card's customer key (an X handle, or `crm:` for a CRM record without an X account). */
  handle: string;
  /** X's numeric user id, when the page showed it. */
  userId?: string;
  /** The CRM's customer id, from the record. */
  crmId?: string;
}

export function useTeamCard(ref: TeamCardRef | null, teamId: string | undefined): TeamStatus['state'] {
  const [state, setState] = useState<TeamStatus['state']>('solo');
  const handle = ref && isXKey(ref.handle) ? ref.handle : undefined;
  const { userId, crmId } = ref ?? {};

  useEffect(() => {
    let live = true;
    void (async () => {
      const status = await teamStatusForPage();
      if (!live) return;
      setState(status.state);
      if (status.state !== 'connected' || (!handle && !userId && !crmId)) return;
      const answer = await askBackground({
        type: 'careline:team-lookup',
        customer: { handle, userId, crmId },
      }).catch(() => undefined);
      if (live && answer?.state === 'revoked') setState('revoked');
    })();
    return () => {
      live = false;
    };
  }, [handle, userId, crmId]);

  const watching = state === 'connected' && teamId !== undefined;
  useEffect(() => {
    if (!watching) return;
    let live = true;
    void (async () => {
      while (live) {
        const answer = await askBackground({ type: 'careline:team-watch' }).catch(() => undefined);
        if (!live) return;
        if (answer?.state === 'revoked' || answer?.state === 'solo') {
          setState(answer.state);
          return;
        }
        if (answer?.state !== 'connected') await new Promise((r) => setTimeout(r, WATCH_RETRY_MS));
      }
    })();
    return () => {
      live = false;
    };
  }, [watching, teamId]);

  return state;
}
