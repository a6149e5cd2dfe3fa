// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readAccountHandle } from '@/utils/x/account';
import { capture, capturesExist, noteSkipped } from './capture-docs';

noteSkipped('account.test');

/** X's account menu as in the captures: avatar, display name, "@handle". */
function nav(inner: string): Document {
  document.body.innerHTML = `<header role="banner"><button aria-label="Account menu" data-testid="SideNav_AccountSwitcher_Button">${inner}</button></header>`;
  return document;
}

describe('readAccountHandle', () => {
  it('reads the "@handle" line of the account menu', () => {
    const doc = nav(
      '<div data-testid="UserAvatar-Container-acme_care"></div><span><span>Acme Care</span></span><span>@acme_care</span>',
    );
    expect(readAccountHandle(doc)).toBe('acme_care');
  });

  it('falls back to the avatar testid when the text is not shown', () => {
    expect(readAccountHandle(nav('<div data-testid="UserAvatar-Container-kt_care"></div>'))).toBe('kt_care');
  });

  it('is undefined without the menu, or when what it shows is not a handle', () => {
    document.body.innerHTML = '<main></main>';
    expect(readAccountHandle(document)).toBeUndefined();
    expect(
      readAccountHandle(nav('<span>@not a handle</span><div data-testid="UserAvatar-Container-"></div>')),
    ).toBeUndefined();
    expect(readAccountHandle(nav('<span>@way_too_long_for_x_handles</span>'))).toBeUndefined();
  });
});

describe.skipIf(!capturesExist)("readAccountHandle on X's own page", () => {
  const home = () => capture('home-twitter-complete.html');

  it('reads the signed-in account off the real account menu', () => {
    expect(readAccountHandle(home())).toBe('__regenerate');
  });

  it('still finds the menu by its place and name should X rename its testid', () => {
    // A copy: the parsed capture is shared by the file's tests.
    const doc = home().cloneNode(true) as Document;
    doc.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]')?.removeAttribute('data-testid');
    expect(readAccountHandle(doc)).toBe('__regenerate');
  });

  it('is undefined on a logged-out page, which has no account menu', () => {
    expect(readAccountHandle(capture('mario-zechner-twitter.html'))).toBeUndefined();
  });
});
