import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { holdPublicReply } from '@/entrypoints/panel/public/guard';
import type { TemplateRecord } from '@/utils/db/types';
import { publicReplySettings } from '@/utils/settings/public-replies';
import type { RenderValues } from '@/utils/templates/render';

const template: TemplateRecord = {
  id: 't',
  title: 'T',
  body: 'Your number {{customer.id}}.',
  locked: false,
  usageCount: 0,
  createdAt: 'c',
  updatedAt: 'u',
};
const values: RenderValues = { customer: { id: 'C-1', name: 'On X' } };
const request = { template, lang: 'en' };

describe('the public-reply step of an insert', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks in public, with the fields and the request to resume', async () => {
    expect(await holdPublicReply(request, template.body, values, 'reply')).toEqual({
      kind: 'public-confirm',
      request: { ...request, confirmedPublic: undefined },
      fields: [{ path: 'customer.id', value: 'C-1' }],
    });
  });

  it('lets the confirmed insert through, once, for the values the agent saw', async () => {
    const confirmed = { ...request, confirmedPublic: [{ path: 'customer.id', value: 'C-1' }] };
    expect(await holdPublicReply(confirmed, template.body, values, 'reply')).toBeNull();
    // The record changed while the dialog was open: the agent confirmed other data, so it asks again.
    const changed = { customer: { id: 'C-2' } };
    expect(await holdPublicReply(confirmed, template.body, changed, 'reply')).toMatchObject({
      kind: 'public-confirm',
      fields: [{ value: 'C-2' }],
    });
  });

  it('refuses with "Never insert", even after a confirmation', async () => {
    await publicReplySettings.setValue({ crmFields: 'never' });
    const confirmed = { ...request, confirmedPublic: [{ path: 'customer.id', value: 'C-1' }] };
    expect(await holdPublicReply(confirmed, template.body, values, 'reply')).toEqual({
      kind: 'public-refused',
      fields: [{ path: 'customer.id', value: 'C-1' }],
    });
  });

  it('asks nothing of a value the agent typed for a gap in the record, unless the lead chose "Never insert"', async () => {
    const gap = {
      template: { ...template, body: 'Your plan {{customer.plan}}.' },
      lang: 'en',
      given: { 'customer.plan': '5G' },
    };
    expect(await holdPublicReply(gap, gap.template.body, values, 'reply')).toBeNull();
    await publicReplySettings.setValue({ crmFields: 'never' });
    expect(await holdPublicReply(gap, gap.template.body, values, 'reply')).toEqual({
      kind: 'public-refused',
      fields: [{ path: 'customer.plan', value: '5G' }],
    });
    expect(await holdPublicReply(gap, gap.template.body, values, 'chat')).toBeNull();
  });

  it('treats the unknown place as public and X Chat as private', async () => {
    expect(await holdPublicReply(request, template.body, values, 'none')).toMatchObject({ kind: 'public-confirm' });
    expect(await holdPublicReply(request, template.body, values, undefined)).toMatchObject({ kind: 'public-confirm' });
    await publicReplySettings.setValue({ crmFields: 'never' });
    expect(await holdPublicReply(request, template.body, values, 'chat')).toBeNull();
  });
});
