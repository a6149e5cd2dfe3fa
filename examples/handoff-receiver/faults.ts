/**
 * Injected faults, so tests can make the receiver misbehave the ways a real one does: refuse (503),
 * never answer, or take the case and then lose the answer. Decided by a seeded PRNG, one decision per
 * POST in arrival order, so a reliability run with the same seed meets the same faults every time.
 */

export interface FaultOptions {
  /** Answer 503 (sometimes with Retry-After: 1) without storing. */
  failRate?: number;
  /** Never answer, without storing: the client's timeout has to end it. */
  hangRate?: number;
  /** Store the case, then answer 503: the client retries a handoff that was already taken. */
  failAfterStoreRate?: number;
  /** Store the case, then never answer. */
  hangAfterStoreRate?: number;
  /** Seed of the PRNG; the default is 1. */
  seed?: number;
}

export type FaultKind = 'none' | 'fail' | 'hang' | 'failAfterStore' | 'hangAfterStore';

export interface FaultDecision {
  kind: FaultKind;
  /** For the 503s: whether to add Retry-After: 1 (a real overloaded receiver sends it only sometimes). */
  retryAfter: boolean;
}

const RATE_KEYS = ['failRate', 'hangRate', 'failAfterStoreRate', 'hangAfterStoreRate'] as const;
const KIND_OF: Record<(typeof RATE_KEYS)[number], FaultKind> = {
  failRate: 'fail',
  hangRate: 'hang',
  failAfterStoreRate: 'failAfterStore',
  hangAfterStoreRate: 'hangAfterStore',
};

/** Throws on a rate outside 0..1 or rates that add up to more than 1: a typo should not pass silently. */
export function checkFaults(faults: FaultOptions): void {
  let sum = 0;
  for (const key of RATE_KEYS) {
    const rate = faults[key] ?? 0;
    if (!Number.isFinite(rate) || rate < 0 || rate > 1)
      throw new RangeError(`faults.${key} must be between 0 and 1, not ${rate}`);
    sum += rate;
  }
  if (sum > 1 + 1e-9) throw new RangeError(`the fault rates add up to ${sum}, more than 1`);
}

export class FaultPlan {
  private readonly random: () => number;

  constructor(private readonly faults: FaultOptions = {}) {
    checkFaults(faults);
    this.random = mulberry32(faults.seed ?? 1);
  }

  /** The next POST's fate. Always draws twice, so one decision never shifts the ones after it. */
  next(): FaultDecision {
    const pick = this.random();
    const retryAfter = this.random() < 0.5;
    let upTo = 0;
    for (const key of RATE_KEYS) {
      upTo += this.faults[key] ?? 0;
      if (pick < upTo) return { kind: KIND_OF[key], retryAfter };
    }
    return { kind: 'none', retryAfter: false };
  }
}

/** Small, fast and good enough for test schedules; not for anything secret. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
