/**
 * The values templates are filled with: the customer in view (what X shows and Careline's record,
 * by where the reply goes: see template-values.ts), their newest call-center ticket, and the agent's
 * own settings, signed as the brand account the agent answers as (persona-signoffs.ts). Live: an
 * import, a note, a ticket or a switch of X account changes what the next insert says.
 */
import { useLiveRead } from '@/utils/db/live-read';
import { useMemo } from 'react';
import { useStoredValue } from '@/components/useStoredValue';
import { templateValues } from '@/utils/customers/template-values';
import { customersRepo } from '@/utils/db/customers-repo';
import { personaSignoffs, signoffFor } from '@/utils/settings/persona-signoffs';
import { agentSettings } from '@/utils/settings/settings';
import type { RenderValues } from '@/utils/templates/render';
import { replyAudience } from '@/utils/x/audience';
import type { ReplyContext } from '@/utils/x/types';

const customers = customersRepo();

/** `account`: the X account the page showed at Careline's last read (PageState.account). */
export function useRenderValues(context: ReplyContext | undefined, account?: string): RenderValues {
  const { agentName, agentSignoff: ownSignoff = '' } = useStoredValue(agentSettings);
  const signoffs = useStoredValue(personaSignoffs);
  const agentSignoff = signoffFor(signoffs, account, ownSignoff);
  const handle = context?.customer?.handle;
  const name = context?.customer?.name;
  const audience = replyAudience(context?.kind);
  const record = useLiveRead(() => (handle ? customers.get(handle) : undefined), [handle]);
  return useMemo(
    () => templateValues({ handle, name }, record, agentName, audience, agentSignoff),
    [handle, name, record, agentName, agentSignoff, audience],
  );
}
