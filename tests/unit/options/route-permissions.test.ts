import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestOriginPermission } from '@/entrypoints/options/permissions';

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

/** A manifest that allows the prompt, and a browser that answers it with `granted`. */
function prompt(granted: boolean) {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Careline',
    version: '1',
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*'],
  } as ReturnType<typeof fakeBrowser.runtime.getManifest>);
  // The fake's typing says void; Chromium's permissions.request resolves to whether access was granted.
  return vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(granted as never);
}

describe('requestOriginPermission: every routed webhook in one prompt', () => {
  it('asks once for each distinct origin of the default and routed webhooks', async () => {
    const request = prompt(true);
    const outcome = await requestOriginPermission([
      'https://cc.example/hook',
      'https://noc.example/careline/handoffs',
      'https://cc.example/other-path',
    ]);
    expect(outcome).toEqual({ granted: true });
    expect(request).toHaveBeenCalledTimes(1);
    expect(request).toHaveBeenCalledWith({ origins: ['https://cc.example/*', 'https://noc.example/*'] });
  });

  it('names every origin when access is refused, and refuses an invalid address without a prompt', async () => {
    const request = prompt(false);
    expect(await requestOriginPermission(['https://cc.example/hook', 'https://noc.example/h'])).toMatchObject({
      granted: false,
      reason: 'denied',
      origin: 'https://cc.example, https://noc.example',
    });
    expect(await requestOriginPermission(['https://cc.example/hook', 'not a url'])).toMatchObject({
      granted: false,
      reason: 'invalid',
    });
    expect(request).toHaveBeenCalledTimes(1);
  });
});
