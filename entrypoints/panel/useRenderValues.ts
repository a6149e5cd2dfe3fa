/** The values templates are filled with: the customer in view and the agent's own settings. */
import { useEffect, useMemo, useState } from 'react';
import { agentSettings } from '@/utils/settings/settings';
import type { RenderValues } from '@/utils/templates/render';
import type { ReplyContext } from '@/utils/x/types';

export function useRenderValues(context: ReplyContext | undefined): RenderValues {
  const [agentName, setAgentName] = useState('');
  useEffect(() => {
    void agentSettings.getValue().then((s) => setAgentName(s.agentName));
    return agentSettings.watch((s) => setAgentName(s?.agentName ?? ''));
  }, []);
  const handle = context?.customer?.handle;
  const name = context?.customer?.name;
  return useMemo(
    () => ({ customer: { handle, name }, agent: { name: agentName || undefined } }),
    [handle, name, agentName],
  );
}
