// @vitest-environment node
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signBody } from '@/utils/handoff/signature';

describe('signBody', () => {
  it('is the hex HMAC-SHA256 of the raw body, prefixed sha256=', async () => {
    // RFC 4231 test case 2.
    expect(await signBody('Jefe', 'what do ya want for nothing?')).toBe(
      'sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('matches what a receiver computes with node:crypto, for UTF-8 bodies and secrets', async () => {
    const body = JSON.stringify({ reason: '요금 · Billing', note: '고객 "김민지" 🙏' });
    const secret = 'sécret-키';
    const expected = `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
    expect(await signBody(secret, body)).toBe(expected);
    expect(await signBody(secret, `${body} `)).not.toBe(expected);
  });
});
