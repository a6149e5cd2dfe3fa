/** What IT sets by policy (storage.managed) is taken only when well-formed. */
import { describe, expect, it } from 'vitest';
import { parseManagedConfig } from '@/utils/team/managed';

describe('parseManagedConfig', () => {
  it('takes an https server address (normalised) and the company sign-in switch', () => {
    expect(parseManagedConfig({ teamServerUrl: 'https://careline.corp.example/', companySignIn: true })).toEqual({
      teamServerUrl: 'https://careline.corp.example',
      companySignIn: true,
    });
  });

  it('drops what Careline would refuse anyway, and anything of the wrong type', () => {
    expect(parseManagedConfig({ teamServerUrl: 'http://careline.corp.example', companySignIn: 'yes' })).toEqual({});
    expect(parseManagedConfig({ teamServerUrl: 'not an address' })).toEqual({});
    expect(parseManagedConfig(undefined)).toEqual({});
    expect(parseManagedConfig({ teamServerUrl: 'http://localhost:8787' })).toEqual({
      teamServerUrl: 'http://localhost:8787',
    });
  });
});
