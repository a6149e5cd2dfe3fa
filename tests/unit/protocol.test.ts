import { describe, expect, it } from 'vitest';
import {
  MAX_SNAPSHOT_SIDE_CHARS,
  isOpenableAddress,
  isRelayKeepalive,
  toComposerSnapshot,
} from '@/utils/messaging/protocol';

describe('messaging protocol', () => {
  it('the background opens only e-mail drafts and https pages for a Firefox panel', () => {
    expect(isOpenableAddress('mailto:cc@example.com?subject=Handoff')).toBe(true);
    expect(isOpenableAddress('https://crm.example.com/tickets/new?handle=minji_kim')).toBe(true);
    expect(isOpenableAddress('http://crm.example.com/new')).toBe(false);
    // The same rule as the CRM template's check in the settings: http on this machine is allowed.
    expect(isOpenableAddress('http://localhost:8080/new?handle=minji_kim')).toBe(true);
    expect(isOpenableAddress('https://lead:pw@crm.example.com/new')).toBe(false);
    expect(isOpenableAddress('javascript:alert(1)')).toBe(false);
    expect(isOpenableAddress('file:///etc/passwd')).toBe(false);
    expect(isOpenableAddress('moz-extension://abc/options.html')).toBe(false);
    expect(isOpenableAddress('not a url')).toBe(false);
  });

  it('knows the relay keepalive, and nothing else by accident', () => {
    expect(isRelayKeepalive({ kind: 'keepalive' })).toBe(true);
    expect(isRelayKeepalive({ kind: 'state' })).toBe(false);
    expect(isRelayKeepalive(null)).toBe(false);
  });

  it('takes a composer snapshot only as two strings within the cap: anything else counts as an empty box', () => {
    expect(toComposerSnapshot({ before: '안녕하세요.', after: '' })).toEqual({ before: '안녕하세요.', after: '' });
    // Extra fields are dropped, not carried along into the panel.
    expect(toComposerSnapshot({ before: 'a', after: 'b', html: '<img src=x>' })).toEqual({ before: 'a', after: 'b' });
    for (const bad of [
      null,
      'text',
      42,
      [],
      { before: 'a' },
      { before: 1, after: '' },
      { before: 'a', after: { toString: () => 'b' } },
    ]) {
      expect(toComposerSnapshot(bad)).toBeNull();
    }
    expect(toComposerSnapshot({ before: 'x'.repeat(MAX_SNAPSHOT_SIDE_CHARS + 1), after: '' })).toBeNull();
  });
});
