/**
 * When a click on the panel may act, from what IntersectionObserver v2 last reported (pure, unit
 * tested; the observer itself is in visibility.ts).
 */

/** The panel must have been seen, unbroken, this long before a click counts, once it was ever covered. */
export const VISIBLE_FOR_MS = 500;

/** `away`: not on screen at all (the panel closed); `covered`: on screen but covered, see-through or transformed. */
export type Sight = 'visible' | 'covered' | 'away';

export interface SightState {
  /** null until the first report. */
  sight: Sight | null;
  /** When `sight` last changed (the report's time, performance.now()'s clock). */
  since: number;
  /** Whether the page has ever covered the panel (a fresh panel starts in the clear). */
  everCovered: boolean;
}

export const INITIAL_SIGHT: SightState = { sight: null, since: 0, everCovered: false };

export function seen(state: SightState, sight: Sight, at: number): SightState {
  if (state.sight === sight) return state;
  return { sight, since: at, everCovered: state.everCovered || sight === 'covered' };
}

export type Verdict =
  | { kind: 'act' }
  | { kind: 'refuse' }
  /** No report yet, or uncovered too recently: ask again after a report or `ms`. */
  | { kind: 'wait'; ms: number }
  /** The last report is from before the panel was shown again: observe afresh. */
  | { kind: 'recheck' };

/**
 * Covered or see-through: refuse. Uncovered only just now: wait until it has been in the clear for
 * VISIBLE_FOR_MS (a page that uncovers the panel as the pointer reaches its lure gains nothing:
 * the click was made while the last report still said covered, and is refused).
 */
export function verdict(state: SightState, now: number): Verdict {
  switch (state.sight) {
    case null:
      return { kind: 'wait', ms: Infinity };
    case 'away':
      return { kind: 'recheck' };
    case 'covered':
      return { kind: 'refuse' };
    case 'visible': {
      const left = state.since + VISIBLE_FOR_MS - now;
      return state.everCovered && left > 0 ? { kind: 'wait', ms: left } : { kind: 'act' };
    }
  }
}
