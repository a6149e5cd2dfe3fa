import { describe, expect, it } from 'vitest';
import { parseBackgroundRequest, senderMayAsk } from '@/utils/messaging/background-requests';

const BASE = 'chrome-extension://abcdefghijklmnop/';

describe("the team's requests at the background's door", () => {
  it("are answered to Careline's own pages only, never to the content script in x.com's tab", () => {
    for (const type of ['careline:team-status', 'careline:team-lookup', 'careline:team-watch'] as const) {
      expect(senderMayAsk(type, `${BASE}panel.html`, BASE)).toBe(true);
      expect(senderMayAsk(type, 'https://x.com/minji_kim/status/1', BASE)).toBe(false);
      expect(senderMayAsk(type, `https://x.com/${BASE}`, BASE)).toBe(false);
      expect(senderMayAsk(type, undefined, BASE)).toBe(false);
    }
    // The content script's own requests are unchanged.
    expect(senderMayAsk('careline:reply-sent', 'https://x.com/home', BASE)).toBe(true);
  });

  it('takes a lookup only with a well-formed customer ref', () => {
    expect(
      parseBackgroundRequest({ type: 'careline:team-lookup', customer: { handle: '@Minji_Kim', userId: '123' } }),
    ).toEqual({ type: 'careline:team-lookup', customer: { handle: '@Minji_Kim', userId: '123' } });
    for (const customer of [{ handle: 'minji kim' }, { userId: '12a' }, { crmId: '' }, 'minji_kim'])
      expect(parseBackgroundRequest({ type: 'careline:team-lookup', customer })).toBeNull();
  });
});

describe("the live team's requests at the background's door", () => {
  it("are answered to Careline's own pages only", () => {
    for (const type of [
      'careline:team-live-ticket',
      'careline:team-claims',
      'careline:team-claim',
      'careline:team-release',
    ] as const) {
      expect(senderMayAsk(type, `${BASE}panel.html`, BASE)).toBe(true);
      expect(senderMayAsk(type, 'https://x.com/minji_kim/status/1', BASE)).toBe(false);
      expect(senderMayAsk(type, undefined, BASE)).toBe(false);
    }
  });

  it('takes a claim of one post or one customer, never both or neither', () => {
    expect(parseBackgroundRequest({ type: 'careline:team-claim', postId: '1991000000000000101' })).toEqual({
      type: 'careline:team-claim',
      postId: '1991000000000000101',
    });
    expect(parseBackgroundRequest({ type: 'careline:team-release', customerId: 'minji_kim' })).toEqual({
      type: 'careline:team-release',
      customerId: 'minji_kim',
    });
    for (const bad of [{}, { postId: '1', customerId: 'minji_kim' }, { postId: 'abc' }, { customerId: '' }])
      expect(parseBackgroundRequest({ type: 'careline:team-claim', ...bad }), JSON.stringify(bad)).toBeNull();
  });
});
