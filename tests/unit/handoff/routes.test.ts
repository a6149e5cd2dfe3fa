import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { handoffsRepo } from '@/utils/db/handoffs-repo';
import { deliverDue } from '@/utils/handoff/delivery';
import { normaliseRoutes, routeOf, settingsForReason } from '@/utils/handoff/routes';
import { normaliseHandoffSettings, validateHandoffSettings } from '@/utils/handoff/settings';
import type { HandoffRoute, HandoffSettings } from '@/utils/handoff/types';
import { formFromSettings, settingsFromForm } from '@/entrypoints/options/handoff/form';
import { payload, settings } from './fixtures';
import { freshDbs } from '../fresh-db';

const freshDb = freshDbs('routes');

const REASONS = ['Network fault', 'Billing', 'Sales lead', 'Other'];
const ROUTES: HandoffRoute[] = [
  { reason: 'Network fault', method: 'webhook', address: 'https://noc.example/hook' },
  { reason: 'billing', method: 'crm', address: 'https://crm.example/new?handle={handle}' },
  { reason: 'Sales lead', method: 'email', address: 'sales@example.com' },
];
const ROUTED = settings({
  method: 'webhook',
  webhookUrl: 'https://cc.example/hook',
  webhookSecret: 's3cret',
  reasons: REASONS,
  routes: ROUTES,
});

describe('settingsForReason: the destination of a handoff', () => {
  it('sends a routed reason to its own destination and method, keeping secret and timeout', () => {
    const noc = settingsForReason(ROUTED, 'Network fault');
    expect(noc).toMatchObject({ method: 'webhook', webhookUrl: 'https://noc.example/hook', webhookSecret: 's3cret' });
    expect(noc.timeoutMs).toBe(ROUTED.timeoutMs);
    expect(settingsForReason(ROUTED, 'Billing')).toMatchObject({
      method: 'crm',
      crmUrlTemplate: 'https://crm.example/new?handle={handle}',
    });
    expect(settingsForReason(ROUTED, 'Sales lead')).toMatchObject({ method: 'email', emailTo: 'sales@example.com' });
  });

  it('matches reasons as the form compares them: trimmed and case-insensitive', () => {
    expect(routeOf(ROUTES, '  BILLING ')?.method).toBe('crm');
    expect(settingsForReason(ROUTED, ' network FAULT').webhookUrl).toBe('https://noc.example/hook');
  });

  it('sends a reason without a route, or with an empty one, to the default destination', () => {
    expect(settingsForReason(ROUTED, 'Other')).toBe(ROUTED);
    const blank = { ...ROUTED, routes: [{ reason: 'Other', method: 'email' as const, address: '  ' }] };
    expect(settingsForReason(blank, 'Other')).toBe(blank);
  });

  it('keeps only well-formed routes from storage', () => {
    expect(
      normaliseRoutes([
        ROUTES[0],
        { reason: 'x', method: 'fax', address: 'a' },
        { reason: 1, method: 'email', address: 'a@b.co' },
        null,
        'route',
      ]),
    ).toEqual([ROUTES[0]]);
    expect(normaliseRoutes('nope')).toEqual([]);
    expect(normaliseHandoffSettings({ routes: [ROUTES[2]] }).routes).toEqual([ROUTES[2]]);
    expect(normaliseHandoffSettings({}).routes).toEqual([]);
  });
});

describe('validateHandoffSettings: routes by reason', () => {
  const problemsOf = (routes: HandoffRoute[]) =>
    validateHandoffSettings({ ...ROUTED, routes }).filter((p) => p.field === 'routes');

  it('accepts a webhook, a CRM form and e-mail addresses', () => {
    expect(problemsOf(ROUTES)).toEqual([]);
  });

  it('refuses a route without a destination, naming its reason', () => {
    expect(problemsOf([{ reason: 'Billing', method: 'crm', address: ' ' }])).toEqual([
      { field: 'routes', message: 'Enter the destination for Billing, or set its route back to Default' },
    ]);
  });

  it("refuses each method's bad address, naming the reason", () => {
    const found = problemsOf([
      { reason: 'Network fault', method: 'webhook', address: 'http://noc.example/hook' },
      { reason: 'Billing', method: 'crm', address: 'not a url' },
      { reason: 'Sales lead', method: 'email', address: 'sales@example.com, nobody' },
    ]).map((p) => p.message);
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^Route for Network fault: .*https/);
    expect(found[1]).toMatch(/^Route for Billing: /);
    expect(found[2]).toBe(
      'Route for Sales lead: "nobody" is not an e-mail address (expected something like care@example.com)',
    );
  });

  it('ignores the route of a reason no longer in the list (the form drops it on save)', () => {
    expect(problemsOf([{ reason: 'Gone', method: 'webhook', address: 'nope' }])).toEqual([]);
  });

  it('the form keeps routes of listed reasons, even without an address, and drops the others', () => {
    const form = formFromSettings({
      ...ROUTED,
      routes: [...ROUTES, { reason: 'Other', method: 'email', address: '' }],
    });
    const saved = settingsFromForm({ ...form, reasonsText: 'Network fault\nSales lead\nOther' });
    expect(saved.routes).toEqual([ROUTES[0], ROUTES[2], { reason: 'Other', method: 'email', address: '' }]);
  });
});

describe('deliverDue: each handoff to its reason webhook', () => {
  async function queue(reason: string, id: string, handle: string) {
    const repo = handoffsRepo(freshDb());
    const createdAt = '2026-11-29T05:03:00.000Z';
    await repo.create(
      {
        id,
        customerHandle: handle,
        createdAt,
        method: 'webhook',
        payload: payload({ id, createdAt, reason }),
        status: 'queued',
        attempts: 0,
        nextAttemptAt: 0,
      },
      { customerHandle: handle, kind: 'handoff', at: createdAt, text: id },
    );
    return repo;
  }

  async function deliver(s: HandoffSettings, reason: string) {
    const repo = await queue(reason, `h-${reason}`, 'minji_kim');
    const posted: string[] = [];
    const run = await deliverDue({
      repo,
      settings: async () => s,
      post: async (used, p) => {
        posted.push(`${p.id} → ${used.webhookUrl}`);
        return { kind: 'sent', httpStatus: 200 };
      },
      now: () => Date.parse('2026-11-29T06:00:00.000Z'),
      retryDelay: () => 1000,
    });
    return { run, posted, status: (await repo.get(`h-${reason}`))?.status };
  }

  it('posts a routed reason to its webhook, another to the default one', async () => {
    expect((await deliver(ROUTED, 'Network fault')).posted).toEqual(['h-Network fault → https://noc.example/hook']);
    expect((await deliver(ROUTED, 'Other')).posted).toEqual(['h-Other → https://cc.example/hook']);
  });

  it('delivers a routed reason without a default webhook; the others wait for one', async () => {
    const noDefault = { ...ROUTED, method: 'email' as const, webhookUrl: '', emailTo: 'cc@example.com' };
    expect((await deliver(noDefault, 'Network fault')).status).toBe('sent');
    const waiting = await deliver(noDefault, 'Other');
    expect(waiting.posted).toEqual([]);
    expect(waiting.status).toBe('queued');
  });
});
