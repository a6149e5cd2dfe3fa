import { useEffect, useRef } from 'react';

/**
 * A message that appears after the agent acted (a refusal, a failed insert) is scrolled into the
 * panel's view: below the fold it would look as if the click did nothing.
 */
export function useShownInView<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  return ref;
}
