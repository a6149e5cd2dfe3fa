import { describe, expect, it } from 'vitest';
import { INITIAL_SIGHT, VISIBLE_FOR_MS, seen, verdict } from '../../entrypoints/panel/visibility-rules';

describe('visibility rules (issue 11: clickjacking the panel)', () => {
  it('waits for the first report, then acts while the panel is in the clear', () => {
    expect(verdict(INITIAL_SIGHT, 10)).toEqual({ kind: 'wait', ms: Infinity });
    expect(verdict(seen(INITIAL_SIGHT, 'visible', 100), 110)).toEqual({ kind: 'act' });
  });

  it('refuses while covered or see-through', () => {
    const covered = seen(seen(INITIAL_SIGHT, 'visible', 100), 'covered', 2_000);
    expect(verdict(covered, 9_000)).toEqual({ kind: 'refuse' });
  });

  it('after being covered, acts only once the panel has been in the clear for a while', () => {
    const uncovered = seen(seen(seen(INITIAL_SIGHT, 'visible', 100), 'covered', 2_000), 'visible', 3_000);
    expect(verdict(uncovered, 3_100)).toEqual({ kind: 'wait', ms: VISIBLE_FOR_MS - 100 });
    expect(verdict(uncovered, 3_000 + VISIBLE_FOR_MS)).toEqual({ kind: 'act' });
  });

  it('a panel shown again after being closed is looked at afresh, not refused', () => {
    const closed = seen(seen(INITIAL_SIGHT, 'visible', 100), 'away', 2_000);
    expect(verdict(closed, 2_100)).toEqual({ kind: 'recheck' });
    expect(closed.everCovered).toBe(false);
  });
});
