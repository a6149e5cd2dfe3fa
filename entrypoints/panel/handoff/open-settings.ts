import { askBackground } from '@/utils/messaging/background-api';

/**
 * Careline's settings in a tab, asked of the background (Firefox's framed panel has no tabs API).
 * Whatever the agent was typing in the panel stays as it is.
 */
export function openHandoffSettings(): void {
  void askBackground({ type: 'careline:open-settings' }).catch(() => undefined);
}
