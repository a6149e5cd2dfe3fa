/**
 * The values templates are filled with: the customer in view (what X shows and Careline's record,
 * by where the reply goes: see template-values.ts), their newest call-center ticket, and the agent's
 * own settings. Live: an import, a note or a ticket arriving changes what the next insert says.
 */
import { useLiveRead } from '@/utils/db/live-read';
import { useMemo } from 'react';
import { useStoredValue } from '@/components/useStoredValue';
import { templateValues } from '@/utils/customers/template-values';
import { customersRepo } from '@/utils/db/customers-repo';
import { agentSettings } from '@/utils/settings/settings';
import type { RenderValues } from '@/utils/templates/render';
import { replyAudience } from '@/utils/x/audience';
import type { ReplyContext } from '@/utils/x/types';

const customers = customersRepo();

export function useRenderValues(context: ReplyContext | undefined): RenderValues {
  const { agentName, agentSignoff = '' } = useStoredValue(agentSettings);
  const handle = context?.customer?.handle;
  const name = context?.customer?.name;
  const audience = replyAudience(context?.kind);
  const record = useLiveRead(() => (handle ? customers.get(handle) : undefined), [handle]);
  return useMemo(
    () => templateValues({ handle, name }, record, agentName, audience, agentSignoff),
    [handle, name, record, agentName, agentSignoff, audience],
  );
}
