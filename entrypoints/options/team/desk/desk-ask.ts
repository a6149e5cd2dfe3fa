/**
 * The options page's side of the lead's desk: asks the background (which holds the token) and turns
 * a failed answer back into a TeamError, so the page words it like every other team problem.
 */
import { askBackground, type BackgroundRequest, type BackgroundResponse } from '@/utils/messaging/background-api';
import { TeamError } from '@/utils/team/client';
import type { LeadDeskAnswer } from '@/utils/team/lead-desk-types';

type LeadRequest = Extract<BackgroundRequest, { type: `careline:lead-${string}` }>;
type ValueOf<A> = A extends { state: 'ok'; value: infer T } ? T : never;

export async function askDesk<R extends LeadRequest>(request: R): Promise<ValueOf<BackgroundResponse<R['type']>>> {
  const answer = (await askBackground(request)) as LeadDeskAnswer<ValueOf<BackgroundResponse<R['type']>>> | undefined;
  if (!answer) throw new TeamError('network', 'the background did not answer');
  switch (answer.state) {
    case 'ok':
      return answer.value;
    case 'solo':
    case 'revoked':
      throw new TeamError('revoked', 'not connected to a team');
    case 'failed':
      throw new TeamError(answer.code, answer.message, answer.status, answer.serverCode);
  }
}
