import { describe, expect, it } from 'vitest';
import { newMountSecret, presentsSecret, takeMountSecret } from '../../utils/messaging/mount-secret';

describe('per-mount secret of the panel frame (issue 11)', () => {
  it('is 256 random bits, new every mount', () => {
    const a = newMountSecret();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(newMountSecret()).not.toBe(a);
  });

  it('only a hello with exactly the expected secret is accepted, and nothing when none is expected', () => {
    const secret = newMountSecret();
    expect(presentsSecret({ kind: 'hello', secret }, secret)).toBe(true);
    expect(presentsSecret({ kind: 'hello', secret: newMountSecret() }, secret)).toBe(false);
    expect(presentsSecret({ kind: 'hello', secret: secret.slice(1) }, secret)).toBe(false);
    expect(presentsSecret({ kind: 'hello', secret: '' }, secret)).toBe(false);
    expect(presentsSecret({ id: 1, request: { type: 'insert', text: 'x', mode: 'insert' } }, secret)).toBe(false);
    expect(presentsSecret({ kind: 'hello', secret: '' }, null)).toBe(false);
    expect(presentsSecret('hello', secret)).toBe(false);
  });

  it('is taken out of the panel address at once', () => {
    const secret = newMountSecret();
    const replaced: string[] = [];
    const location = { hash: `#${secret}`, pathname: '/panel.html', search: '' } as Location;
    const history = {
      state: null,
      replaceState: (_s: unknown, _t: string, url: string) => replaced.push(url),
    } as unknown as History;
    expect(takeMountSecret(location, history)).toBe(secret);
    expect(replaced).toEqual(['/panel.html']);
    expect(
      takeMountSecret({ hash: '#not-a-secret', pathname: '/panel.html', search: '' } as Location, history),
    ).toBeNull();
    expect(takeMountSecret({ hash: '', pathname: '/panel.html', search: '' } as Location, history)).toBeNull();
  });
});
