/**
 * The team's incidents in the panel: read from the background when the panel comes into view and
 * whenever the live connection says one changed (opened, resolved, a post fixed). Solo, or with the
 * server out of reach, the panel keeps what it last had.
 */
import { useEffect } from 'react';
import { askBackground } from '@/utils/messaging/background-api';
import { useDeskStore } from './desk-store';

let reading: Promise<void> | null = null;
let again = false;

/** Reads the incidents now; a call while a read runs makes one more read after it (a change may be in between). */
export function refreshIncidents(): Promise<void> {
  if (reading) {
    again = true;
    return reading;
  }
  reading = (async () => {
    do {
      again = false;
      const answer = await askBackground({ type: 'careline:desk-incidents' }).catch(() => undefined);
      if (answer?.state === 'connected') useDeskStore.getState().setIncidents(answer.incidents);
      else if (answer?.state === 'solo' || answer?.state === 'revoked') useDeskStore.getState().setIncidents([]);
    } while (again);
  })().finally(() => {
    reading = null;
  });
  return reading;
}

export function useIncidents(): void {
  useEffect(() => {
    void refreshIncidents();
    const onVisibility = () => document.visibilityState === 'visible' && void refreshIncidents();
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, []);
}
