// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { openPost, statusPath } from '@/utils/x/open-post';

describe('opening a post in the tab', () => {
  it("is X's own path for a post, and nothing for another shape", () => {
    expect(statusPath('@minji_kim', '1992000000000000007')).toBe('/minji_kim/status/1992000000000000007');
    for (const [handle, id] of [
      ['minji kim', '1'],
      ['../settings', '1'],
      ['minji_kim', '1/../../home'],
      ['minji_kim', 'https://evil.example'],
      ['a'.repeat(16), '1'],
    ] as const) {
      expect(statusPath(handle, id), `${handle} ${id}`).toBeNull();
    }
  });

  it('navigates the way X does (history entry and popstate), without a reload', () => {
    history.replaceState(null, '', '/home');
    const heard = vi.fn(() => location.pathname);
    window.addEventListener('popstate', heard);
    expect(openPost('minji_kim', '1992000000000000007')).toBe(true);
    expect(location.pathname).toBe('/minji_kim/status/1992000000000000007');
    expect(heard).toHaveReturnedWith('/minji_kim/status/1992000000000000007');
    expect(openPost('minji_kim', 'nope')).toBe(false);
    expect(location.pathname).toBe('/minji_kim/status/1992000000000000007');
    window.removeEventListener('popstate', heard);
  });
});
