// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { useStoredSetting, useStoredValue } from '@/components/useStoredValue';
import { normaliseHandoffSettings, DEFAULT_STORED_HANDOFF_SETTINGS, handoffSettings } from '@/utils/handoff/settings';
import { normaliseLanguageSetting } from '@/utils/i18n/locale';
import { defineSetting } from '@/utils/settings/define-setting';
import { normalisePostLimitSettings, postLimitSettings } from '@/utils/settings/post-limits';
import { normalisePrivacySettings } from '@/utils/settings/privacy';
import { normalisePublicReplySettings } from '@/utils/settings/public-replies';
import { agentSettings, normaliseAgentSettings } from '@/utils/settings/settings';

// What a profile can hold: nothing, another type, an older layout, a hand edit gone wrong.
const GARBAGE: unknown[] = [undefined, null, 0, 'text', [], [1, 2], { unrelated: true }];

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('setting normalisers', () => {
  it('turn anything that is not a setting into the defaults', () => {
    for (const stored of GARBAGE) {
      expect(normaliseAgentSettings(stored)).toEqual({ agentName: '', agentSignoff: '', logDrafts: false });
      expect(normalisePublicReplySettings(stored)).toEqual({ crmFields: 'ask' });
      expect(normalisePrivacySettings(stored)).toEqual({ retentionDays: null });
      expect(normalisePostLimitSettings(stored)).toEqual({ defaultLimit: 280, accounts: [] });
      expect(normaliseLanguageSetting(stored)).toBe('auto');
      expect(normaliseHandoffSettings(stored)).toEqual(DEFAULT_STORED_HANDOFF_SETTINGS);
    }
  });

  it('keep valid values as they are', () => {
    const agent = { agentName: 'Minji', agentSignoff: '^MJ', logDrafts: true };
    expect(normaliseAgentSettings(agent)).toEqual(agent);
    expect(normalisePublicReplySettings({ crmFields: 'never' })).toEqual({ crmFields: 'never' });
    expect(normalisePrivacySettings({ retentionDays: 30 })).toEqual({ retentionDays: 30 });
    const limits = { defaultLimit: 25_000, accounts: [{ handle: 'acme_care', limit: 280 }] };
    expect(normalisePostLimitSettings(limits)).toEqual(limits);
    expect(normaliseLanguageSetting('ko')).toBe('ko');
  });

  it('fill fields an older profile lacks and replace broken ones field by field', () => {
    expect(normaliseAgentSettings({ agentName: 'Minji', logDrafts: 'yes' })).toEqual({
      agentName: 'Minji',
      agentSignoff: '',
      logDrafts: false,
    });
    expect(normalisePrivacySettings({ retentionDays: 0 })).toEqual({ retentionDays: null });
    expect(normalisePrivacySettings({ retentionDays: 2.5 })).toEqual({ retentionDays: null });
    expect(normalisePublicReplySettings({ crmFields: 'NEVER' })).toEqual({ crmFields: 'ask' });
    expect(
      normalisePostLimitSettings({
        defaultLimit: 1000,
        accounts: [
          { handle: 'ok_one', limit: 25_000 },
          { handle: 'not a handle', limit: 280 },
          { handle: 'x' },
          'junk',
        ],
      }),
    ).toEqual({ defaultLimit: 280, accounts: [{ handle: 'ok_one', limit: 25_000 }] });
    const handoff = normaliseHandoffSettings({
      method: 'fax',
      webhookUrl: 'https://cc.example/hook',
      timeoutMs: 999_999,
      reasons: ['Billing', 7, null],
      webhookSecret: 'must not come out',
    });
    expect(handoff).toEqual({
      ...DEFAULT_STORED_HANDOFF_SETTINGS,
      webhookUrl: 'https://cc.example/hook',
      timeoutMs: 60_000,
      reasons: ['Billing'],
    });
  });
});

describe('a stored setting', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads garbage as the normalised value and writes only normalised values', async () => {
    await storage.setItem('local:agentSettings', 'garbage');
    expect(await agentSettings.getValue()).toEqual({ agentName: '', agentSignoff: '', logDrafts: false });
    await postLimitSettings.setValue({ defaultLimit: 25_000, accounts: [{ handle: '@@', limit: 280 }] });
    expect(await storage.getItem('local:postLimits')).toEqual({ defaultLimit: 25_000, accounts: [] });
  });

  it('updates one field over what is stored, filling what an older profile lacks', async () => {
    await storage.setItem('local:agentSettings', { agentName: 'Minji' });
    expect(await agentSettings.update({ logDrafts: true })).toEqual({
      agentName: 'Minji',
      agentSignoff: '',
      logDrafts: true,
    });
    expect(await storage.getItem('local:agentSettings')).toEqual({
      agentName: 'Minji',
      agentSignoff: '',
      logDrafts: true,
    });
  });

  it('never hands the handoff secrets of an older install to a reader', async () => {
    await storage.setItem('local:handoffSettings', { method: 'webhook', webhookSecret: 's3cret' });
    expect(await handoffSettings.getValue()).not.toHaveProperty('webhookSecret');
  });
});

describe('useStoredValue', () => {
  const counter = defineSetting('local:testCounter', (stored) => (typeof stored === 'number' ? stored : 0));
  let host: HTMLElement;
  let root: ReturnType<typeof createRoot>;

  function Show() {
    return <output>{useStoredValue(counter)}</output>;
  }

  const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

  beforeEach(() => {
    fakeBrowser.reset();
    host = document.createElement('div');
    root = createRoot(host);
  });
  afterEach(() => act(() => root.unmount()));

  it('shows the fallback, then what is stored, then every change, normalised', async () => {
    await storage.setItem('local:testCounter', 5);
    act(() => root.render(<Show />));
    expect(host.textContent).toBe('0');
    await settle();
    expect(host.textContent).toBe('5');
    await act(() => counter.setValue(6));
    await settle();
    expect(host.textContent).toBe('6');
    await act(() => storage.setItem('local:testCounter', 'garbage'));
    await settle();
    expect(host.textContent).toBe('0');
  });

  it('stops following when unmounted', async () => {
    act(() => root.render(<Show />));
    await settle();
    act(() => root.render(<></>));
    await act(() => counter.setValue(9));
    await settle();
    expect(host.textContent).toBe('');
  });

  it('useStoredSetting shows a change at once, then stores it merged over what is stored', async () => {
    await storage.setItem('local:agentSettings', { agentName: 'Minji' });
    let update: ((patch: { logDrafts: boolean }) => Promise<unknown>) | undefined;
    function Drafts() {
      const [agent, change] = useStoredSetting(agentSettings);
      update = change;
      return <output>{`${agent.agentName}:${agent.logDrafts}`}</output>;
    }
    act(() => root.render(<Drafts />));
    await settle();
    expect(host.textContent).toBe('Minji:false');
    let written: Promise<unknown> | undefined;
    act(() => {
      written = update?.({ logDrafts: true });
    });
    expect(host.textContent).toBe('Minji:true');
    await act(() => written);
    expect(await storage.getItem('local:agentSettings')).toEqual({
      agentName: 'Minji',
      agentSignoff: '',
      logDrafts: true,
    });
  });
});
