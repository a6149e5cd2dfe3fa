import { describe, expect, it } from 'vitest';
import { keepRate } from '@/utils/templates/suggest/keep-rate';

describe('keepRate', () => {
  it('counts sent replies whose template is the one suggested first', () => {
    expect(
      keepRate([
        { kind: 'reply-sent', templateId: 'a', suggestedId: 'a' },
        { kind: 'reply-sent', templateId: 'b', suggestedId: 'a' },
        { kind: 'reply-sent', templateId: 'c', suggestedId: 'c' },
        { kind: 'reply-sent', templateId: 'c' }, // nothing was suggested: not counted
        { kind: 'reply-draft', templateId: 'a', suggestedId: 'a' }, // not sent
        { kind: 'note' },
      ]),
    ).toEqual({ offered: 3, kept: 2, rate: 2 / 3 });
  });
  it('has no rate when nothing was suggested', () => {
    expect(keepRate([])).toEqual({ offered: 0, kept: 0, rate: null });
  });
});
