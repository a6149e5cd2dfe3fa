/**
 * The handoff the options page's "Send test handoff" sends: a real payload in the contract format, but
 * unmistakably a test: `"test": true` in the body and the X-Careline-Test: 1 header (webhook.ts), which
 * the receiver contract tells the call center to honour by opening no ticket, and for a person
 * reading it, reason "Test" and customer @careline-test. Also the sample a CRM URL template is
 * checked against when the settings are saved.
 */
import type { HandoffPayload } from './types';

export const TEST_REASON = 'Test';
export const TEST_HANDLE = 'careline-test';

export function testHandoffPayload(opts: { agentName?: string; now?: Date; id?: string } = {}): HandoffPayload {
  const now = opts.now ?? new Date();
  return {
    format: 'careline-handoff',
    version: 1,
    // Fresh every time: a receiver de-duplicating by Idempotency-Key must not swallow the second test.
    id: opts.id ?? globalThis.crypto.randomUUID(),
    createdAt: now.toISOString(),
    agent: { name: opts.agentName?.trim() || 'Careline test' },
    customer: { handle: TEST_HANDLE, name: 'Careline test customer', attributes: { test: 'true' } },
    conversation: {
      text: 'This is a test handoff sent from the Careline options page. No customer is waiting.',
      lang: 'en',
    },
    reason: TEST_REASON,
    priority: 'low',
    note: 'Test handoff: please do not call anyone back.',
    history: [],
    test: true,
  };
}
