import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { leaseMs } from '@/utils/handoff/delivery';
import { readHandoffSettings } from '@/utils/handoff/secret-settings';
import {
  DEFAULT_HANDOFF_SETTINGS,
  DEFAULT_STORED_HANDOFF_SETTINGS,
  clampTimeout,
  handoffSettings,
  validateHandoffSettings,
  type SettingsProblem,
} from '@/utils/handoff/settings';
import { settings } from './fixtures';

beforeEach(() => fakeBrowser.reset());

const fields = (problems: SettingsProblem[]) => problems.map((p) => p.field);
const valid = (extra: Parameters<typeof settings>[0]) => validateHandoffSettings(settings(extra));

describe('handoff settings storage', () => {
  it('falls back to the defaults: webhook, 10 s, the six bilingual reasons (and no secret fields in storage)', async () => {
    const s = await handoffSettings.getValue();
    expect(s).toEqual(DEFAULT_STORED_HANDOFF_SETTINGS);
    expect({ ...DEFAULT_STORED_HANDOFF_SETTINGS, webhookSecret: '', extraHeaderValue: '' }).toEqual(
      DEFAULT_HANDOFF_SETTINGS,
    );
    expect(s).not.toHaveProperty('webhookSecret');
    expect(s).not.toHaveProperty('extraHeaderValue');
    expect(s.method).toBe('webhook');
    expect(s.timeoutMs).toBe(10_000);
    expect(s.reasons).toHaveLength(6);
    expect(s.reasons).toContain('요금 · Billing');
    expect(s.reasons.every((r) => /[가-힣].* · [A-Z]/.test(r))).toBe(true);
  });

  it('reads settings stored by an older version with the missing fields filled in', async () => {
    await fakeBrowser.storage.local.set({ handoffSettings: { method: 'email', emailTo: 'care@example.com' } });
    expect(await readHandoffSettings()).toEqual({
      ...DEFAULT_HANDOFF_SETTINGS,
      method: 'email',
      emailTo: 'care@example.com',
    });
  });

  it('a hand-edited timeout is brought within 1-60 s, the default when not a number; the lease follows', async () => {
    for (const [stored, used] of [
      [250, 1_000],
      [90_000, 60_000],
      [2_500.4, 2_500],
      ['5000', 10_000],
      [null, 10_000],
    ] as const) {
      await fakeBrowser.storage.local.set({ handoffSettings: { ...DEFAULT_HANDOFF_SETTINGS, timeoutMs: stored } });
      const read = await readHandoffSettings();
      expect(read.timeoutMs, String(stored)).toBe(used);
      expect(leaseMs(read)).toBe(used + 5_000);
    }
    // Settings handed over directly (the options page's test) get the same limits.
    expect(leaseMs({ ...DEFAULT_HANDOFF_SETTINGS, timeoutMs: Number.NaN })).toBe(15_000);
    expect(clampTimeout(Number.POSITIVE_INFINITY)).toBe(10_000);
  });

  it('the defaults alone are not deliverable: a webhook needs its URL', () => {
    expect(fields(validateHandoffSettings(DEFAULT_HANDOFF_SETTINGS))).toEqual(['webhookUrl']);
  });
});

describe('validateHandoffSettings', () => {
  it('accepts https, and http only on this machine', () => {
    for (const url of [
      'https://cc.example.com/hooks/careline',
      'http://localhost:8080/h',
      'http://127.0.0.1:3000/',
      'http://[::1]:9000/x',
    ]) {
      expect(valid({ webhookUrl: url }), url).toEqual([]);
    }
    const http = valid({ webhookUrl: 'http://example.com/hook' });
    expect(http).toEqual([{ field: 'webhookUrl', message: expect.stringContaining('must use https://') }]);
    expect(valid({ webhookUrl: 'ftp://example.com/' })[0]?.message).toContain('ftp:');
    expect(valid({ webhookUrl: 'cc.example.com/hook' })[0]?.message).toContain('is not a web address');
    expect(valid({ webhookUrl: 'https://user:pw@cc.example.com/' })[0]?.message).toContain(
      'must not contain a user name or password',
    );
  });

  it('checks a filled-in webhook URL even when another method is chosen', () => {
    expect(fields(valid({ method: 'email', emailTo: 'care@example.com', webhookUrl: 'http://example.com' }))).toEqual([
      'webhookUrl',
    ]);
    expect(valid({ method: 'email', emailTo: 'care@example.com' })).toEqual([]);
  });

  it('refuses headers Careline sets itself, forbidden ones, bad names and multi-line values', () => {
    const base = { webhookUrl: 'https://cc.example.com/h' };
    expect(valid({ ...base, extraHeaderName: 'X-Api-Key', extraHeaderValue: 'k-123' })).toEqual([]);
    expect(valid({ ...base, extraHeaderName: 'idempotency-key', extraHeaderValue: 'x' })[0]?.message).toContain(
      'Careline sets the Idempotency-Key header itself',
    );
    expect(valid({ ...base, extraHeaderName: 'Content-Type', extraHeaderValue: 'x' })[0]?.field).toBe(
      'extraHeaderName',
    );
    expect(valid({ ...base, extraHeaderName: 'X-Careline-Signature', extraHeaderValue: 'x' })).toHaveLength(1);
    for (const name of ['Cookie', 'Host', 'Sec-Fetch-Mode', 'Proxy-Authorization', 'Origin']) {
      expect(valid({ ...base, extraHeaderName: name, extraHeaderValue: 'x' })[0]?.message, name).toContain(
        'does not let extensions send',
      );
    }
    expect(valid({ ...base, extraHeaderName: 'X Api Key', extraHeaderValue: 'x' })[0]?.message).toContain(
      'not a valid header name',
    );
    expect(valid({ ...base, extraHeaderName: 'X-Api-Key', extraHeaderValue: 'a\r\nX-Evil: 1' })).toEqual([
      { field: 'extraHeaderValue', message: 'The header value must be on one line' },
    ]);
    expect(valid({ ...base, extraHeaderName: 'X-Api-Key', extraHeaderValue: '비밀' })[0]?.message).toContain('ASCII');
    expect(fields(valid({ ...base, extraHeaderValue: 'orphan' }))).toEqual(['extraHeaderName']);
    expect(fields(valid({ ...base, extraHeaderName: 'X-Api-Key' }))).toEqual(['extraHeaderValue']);
  });

  it('takes a timeout from 1 to 60 seconds', () => {
    const base = { webhookUrl: 'https://cc.example.com/h' };
    expect(valid({ ...base, timeoutMs: 1_000 })).toEqual([]);
    expect(valid({ ...base, timeoutMs: 60_000 })).toEqual([]);
    for (const timeoutMs of [999, 60_001, Number.NaN, 0]) {
      expect(valid({ ...base, timeoutMs })).toEqual([
        { field: 'timeoutMs', message: 'The timeout must be a number of seconds from 1 to 60' },
      ]);
    }
  });

  it('needs an e-mail address for e-mail delivery', () => {
    expect(fields(valid({ method: 'email' }))).toEqual(['emailTo']);
    expect(valid({ method: 'email', emailTo: 'care@example.com, lead@example.co.kr' })).toEqual([]);
    expect(valid({ method: 'email', emailTo: 'care at example' })[0]?.message).toContain(
      '"care at example" is not an e-mail address',
    );
  });

  it('needs a CRM template that makes an https address', () => {
    expect(fields(valid({ method: 'crm' }))).toEqual(['crmUrlTemplate']);
    expect(
      valid({ method: 'crm', crmUrlTemplate: 'https://crm.example/new?h={{customer.handle}}&r={{reason}}' }),
    ).toEqual([]);
    expect(
      valid({ method: 'crm', crmUrlTemplate: 'http://crm.example/new?h={{customer.handle}}' })[0]?.message,
    ).toContain('The CRM URL template must use https://');
    expect(valid({ method: 'crm', crmUrlTemplate: 'javascript:alert({{id}})' })[0]?.message).toContain(
      'must start with https://',
    );
  });

  it("checks the call center's phone number when there is one", () => {
    const base = { webhookUrl: 'https://cc.example.com/h' };
    expect(valid({ ...base, callCenterPhone: '1588-1234' })).toEqual([]);
    expect(valid({ ...base, callCenterPhone: '+82 2-123-4567' })).toEqual([]);
    expect(valid({ ...base, callCenterPhone: '1588-CALL' })).toEqual([
      {
        field: 'callCenterPhone',
        message: expect.stringMatching(/^Call center phone: A phone number can only contain digits/),
      },
    ]);
  });

  it('needs one to 30 reasons, none empty, none twice', () => {
    const base = { webhookUrl: 'https://cc.example.com/h' };
    expect(valid({ ...base, reasons: [] })).toEqual([
      { field: 'reasons', message: 'Enter at least one reason, one per line' },
    ]);
    expect(valid({ ...base, reasons: ['요금', '  '] })[0]?.message).toContain('cannot be empty');
    expect(valid({ ...base, reasons: Array.from({ length: 31 }, (_, i) => `사유 ${i}`) })[0]?.message).toContain(
      'at most 30',
    );
    expect(valid({ ...base, reasons: Array.from({ length: 30 }, (_, i) => `사유 ${i}`) })).toEqual([]);
    expect(valid({ ...base, reasons: ['요금 · Billing', '요금 · billing'] })[0]?.message).toContain('listed twice');
    expect(valid({ ...base, reasons: ['x'.repeat(81)] })[0]?.message).toContain('too long');
  });

  it('lists every problem at once, in the order of the form', () => {
    const problems = valid({ webhookUrl: 'http://example.com', timeoutMs: 0, reasons: [] });
    expect(fields(problems)).toEqual(['webhookUrl', 'timeoutMs', 'reasons']);
    // Sentences an agent reads, not codes.
    for (const p of problems) expect(p.message).toMatch(/^[A-Z"].{15,}/);
  });
});
