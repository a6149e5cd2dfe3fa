/**
 * Matching templates and sign-offs to the brand account the agent answers as: handles compare as X
 * compares them (case-insensitive, "@" optional), a template without accounts is for every account,
 * and a pack's accounts reach the templates that name none of their own.
 */
import { describe, expect, it } from 'vitest';
import {
  accountKey,
  availableFor,
  formatAccountList,
  MAX_TEMPLATE_ACCOUNTS,
  parseAccountList,
  templatesFor,
} from '@/utils/templates/accounts';
import { parsePack } from '@/utils/templates/pack/parse';
import { planImport } from '@/utils/templates/pack/plan';
import {
  normalisePersonaSignoffs,
  signoffFor,
  withAccountSignoff,
  withoutAccountSignoff,
} from '@/utils/settings/persona-signoffs';

describe('accountKey and parseAccountList', () => {
  it('keys a handle lower-case without its "@", and refuses what X would not take', () => {
    expect(accountKey(' @Acme_Care ')).toBe('acme_care');
    expect(accountKey('acme care')).toBeNull();
    expect(accountKey('@')).toBeNull();
    expect(accountKey('a_handle_too_long')).toBeNull();
  });

  it('reads commas of either script and spaces, without repeats, in the order typed', () => {
    expect(parseAccountList('@Acme_Care, acme_jobs，@ACME_CARE  acme_pr')).toEqual({
      ok: true,
      accounts: ['acme_care', 'acme_jobs', 'acme_pr'],
    });
    expect(parseAccountList('  ')).toEqual({ ok: true, accounts: [] });
  });

  it('names the first entry that is not a handle, and says when the list is too long', () => {
    expect(parseAccountList('@acme_care, 고객센터, @x!')).toEqual({ ok: false, bad: '고객센터' });
    const many = Array.from({ length: MAX_TEMPLATE_ACCOUNTS + 1 }, (_, i) => `@acct_${i}`).join(', ');
    expect(parseAccountList(many)).toEqual({ ok: false, tooMany: true });
    const enough = Array.from({ length: MAX_TEMPLATE_ACCOUNTS }, (_, i) => `@acct_${i}`).join(', ');
    expect(parseAccountList(enough).ok).toBe(true);
  });

  it('shows a stored list back as typed, and reads it back the same', () => {
    expect(formatAccountList(['acme_care', 'acme_jobs'])).toBe('@acme_care, @acme_jobs');
    expect(formatAccountList(undefined)).toBe('');
    expect(parseAccountList(formatAccountList(['acme_care', 'acme_jobs']))).toEqual({
      ok: true,
      accounts: ['acme_care', 'acme_jobs'],
    });
  });
});

describe('availableFor and templatesFor', () => {
  type T = { id: string; accounts?: string[] };
  const care: T = { id: 'care', accounts: ['acme_care'] };
  const both: T = { id: 'both', accounts: ['acme_care', 'acme_careers'] };
  const everyone: T = { id: 'everyone' };
  const emptyList: T = { id: 'empty', accounts: [] };
  const all = [care, both, everyone, emptyList];

  it('offers a limited template only on its accounts, whatever case X shows the handle in', () => {
    expect(templatesFor(all, 'acme_care').map((t) => t.id)).toEqual(['care', 'both', 'everyone', 'empty']);
    expect(templatesFor(all, 'Acme_Careers').map((t) => t.id)).toEqual(['both', 'everyone', 'empty']);
    expect(templatesFor(all, 'acme_jobs').map((t) => t.id)).toEqual(['everyone', 'empty']);
  });

  it('does not take a handle that merely starts like an allowed one', () => {
    expect(availableFor(care, 'acme_car')).toBe(false);
    expect(availableFor(care, 'acme_care_kr')).toBe(false);
  });

  it('limits nothing while the page shows no account', () => {
    expect(templatesFor(all, undefined)).toHaveLength(4);
  });
});

describe('a pack limited to accounts', () => {
  const pack = {
    format: 'careline-templates',
    version: 1,
    pack: { id: 'jobs', name: 'Recruiting', updatedAt: '2026-12-01T00:00:00Z', accounts: ['@Acme_Careers'] },
    templates: [
      { id: 'hours', title: 'Recruiter hours', body: '9 to 6.' },
      { id: 'both', title: 'Thanks', body: 'Thanks!', accounts: ['acme_care', '@ACME_CARE', 'acme_careers'] },
      { id: 'open', title: 'Anyone', body: 'Hi', accounts: [] },
    ],
  };

  it("gives its templates the pack's accounts unless they name their own", () => {
    const parsed = parsePack(JSON.stringify(pack));
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = planImport(parsed.pack, [], { now: '2026-12-08T00:00:00Z' });
    expect(plan.templates.map((t) => [t.packItemId, t.accounts])).toEqual([
      ['hours', ['acme_careers']],
      ['both', ['acme_care', 'acme_careers']],
      // An empty list of its own limits nothing, and is not stored as a limit.
      ['open', undefined],
    ]);
  });

  it('refuses a pack whose accounts are not handles', () => {
    const bad = { ...pack, pack: { ...pack.pack, accounts: ['Acme Careers'] } };
    const result = parsePack(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(/accounts/);
  });
});

describe('sign-offs per account', () => {
  const settings = normalisePersonaSignoffs({
    accounts: [
      { handle: 'Acme_Careers', signoff: ' – Acme Careers ' },
      { handle: 'acme_careers', signoff: 'a second one is dropped' },
      { handle: 'not a handle', signoff: 'x' },
      { handle: 'acme_pr', signoff: '   ' },
    ],
  });

  it('keeps one trimmed sign-off per handle, lower-cased, and drops the rest', () => {
    expect(settings).toEqual({ accounts: [{ handle: 'acme_careers', signoff: '– Acme Careers' }] });
  });

  it("signs as the account answered as, else with the agent's own sign-off", () => {
    expect(signoffFor(settings, 'ACME_careers', '^SY')).toBe('– Acme Careers');
    expect(signoffFor(settings, 'acme_care', '^SY')).toBe('^SY');
    expect(signoffFor(settings, undefined, '^SY')).toBe('^SY');
  });

  it('replaces and removes an account’s sign-off', () => {
    const replaced = withAccountSignoff(settings, 'Nope', 'N');
    expect(replaced.accounts.map((a) => a.handle)).toEqual(['acme_careers', 'nope']);
    expect(withAccountSignoff(settings, 'Acme_Careers', '– Jobs').accounts).toEqual([
      { handle: 'acme_careers', signoff: '– Jobs' },
    ]);
    expect(withoutAccountSignoff(replaced, 'ACME_CAREERS').accounts).toEqual([{ handle: 'nope', signoff: 'N' }]);
  });
});
