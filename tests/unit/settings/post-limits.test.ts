import { describe, expect, it } from 'vitest';
import { storage } from 'wxt/utils/storage';
import {
  parseHandle,
  postLimitFor,
  postLimitSettings,
  withAccountLimit,
  withoutAccount,
  type PostLimitSettings,
} from '@/utils/settings/post-limits';

const NONE: PostLimitSettings = { defaultLimit: 280, accounts: [] };

describe('post limits per X account', () => {
  it('takes a handle with or without "@", and refuses what X would not', () => {
    expect(parseHandle(' @Acme_Care ')).toBe('Acme_Care');
    expect(parseHandle('kt_care')).toBe('kt_care');
    for (const bad of ['', '@', 'not a handle!', 'a'.repeat(16), '김민지', '@@acme'])
      expect(parseHandle(bad)).toBeNull();
  });

  it("uses the account's own limit, case-insensitively, else the default", () => {
    const settings = withAccountLimit({ ...NONE, defaultLimit: 280 }, 'Acme_Care', 25_000);
    expect(postLimitFor(settings, 'acme_care')).toBe(25_000);
    expect(postLimitFor(settings, 'someone_else')).toBe(280);
    expect(postLimitFor(settings, undefined)).toBe(280);
    expect(postLimitFor({ ...settings, defaultLimit: 25_000 }, undefined)).toBe(25_000);
  });

  it('keeps one entry per account and removes it again', () => {
    let settings = withAccountLimit(NONE, 'acme_care', 25_000);
    settings = withAccountLimit(settings, 'ACME_CARE', 280);
    expect(settings.accounts).toEqual([{ handle: 'ACME_CARE', limit: 280 }]);
    expect(withoutAccount(settings, 'acme_care').accounts).toEqual([]);
  });

  it('reads a stored limit that is not one X has as the standard 280', async () => {
    await storage.setItem('local:postLimits', { defaultLimit: 99, accounts: [{ handle: 'acme_care', limit: 1e9 }] });
    const odd = await postLimitSettings.getValue();
    expect(postLimitFor(odd, 'acme_care')).toBe(280);
    expect(postLimitFor(odd, undefined)).toBe(280);
  });
});
