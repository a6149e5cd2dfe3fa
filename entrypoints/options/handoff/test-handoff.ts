/**
 * "Send test handoff": one real delivery of a clearly-marked test case with the SAVED settings, so a
 * team lead sees exactly what the panel's handoffs will do, and what the receiver answers.
 */
import { browser } from 'wxt/browser';
import { crmUrl } from '@/utils/handoff/crm-url';
import { mailtoUrl } from '@/utils/handoff/mailto';
import { testHandoffPayload } from '@/utils/handoff/test-payload';
import type { DeliveryOutcome, HandoffSettings } from '@/utils/handoff/types';
import { postHandoff } from '@/utils/handoff/webhook';

export interface TestResult {
  ok: boolean;
  text: string;
}

/**
 * E-mail and CRM: open the draft or the form with the test case. Synchronous, so it runs inside the
 * click: Chromium launches mailto: and opens tabs from a page only during a user gesture.
 */
export function openTestHandoff(settings: HandoffSettings, agentName: string): TestResult {
  const payload = testHandoffPayload({ agentName });
  if (settings.method === 'email') {
    if (!settings.emailTo) return { ok: false, text: 'Save the call center’s e-mail address first.' };
    window.location.href = mailtoUrl(settings, payload, 'en');
    return { ok: true, text: `Opened a test e-mail to ${settings.emailTo} in your mail app.` };
  }
  if (!settings.crmUrlTemplate) return { ok: false, text: 'Save the CRM URL template first.' };
  try {
    window.open(crmUrl(settings.crmUrlTemplate, payload), '_blank', 'noopener');
  } catch (error) {
    return { ok: false, text: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, text: 'Opened the CRM form with the test case in a new tab.' };
}

/** Webhook: POST the test case once (no retries) and say what the receiver answered. */
export async function postTestHandoff(settings: HandoffSettings, agentName: string): Promise<TestResult> {
  if (!settings.webhookUrl) return { ok: false, text: 'Save a webhook URL first.' };
  const outcome = await postHandoff(settings, testHandoffPayload({ agentName }));
  return describeOutcome(outcome, await accessHint(settings, outcome));
}

function describeOutcome(outcome: DeliveryOutcome, hint: string): TestResult {
  if (outcome.kind === 'sent') {
    const what = outcome.ticketId ? `ticket ${outcome.ticketId} (HTTP ${outcome.httpStatus})` : `HTTP ${outcome.httpStatus}`;
    return { ok: true, text: `Test handoff delivered: ${what}${outcome.message ? `. ${outcome.message}` : ''}` };
  }
  // For a real handoff "retry" means the outbox tries again; a test is sent once, so say both.
  const again = outcome.kind === 'retry' ? ' Real handoffs would be retried automatically.' : '';
  return { ok: false, text: `Test handoff not delivered: ${sentence(outcome.message)}${again}${hint}` };
}

/** Messages are joined into one paragraph: each must end like a sentence. */
const sentence = (text: string) => (/[.!?…)]$/.test(text) ? text : `${text}.`);

/**
 * A network failure from an extension page is often CORS: without host access, the receiver must
 * answer the preflight. Say so when access to its origin was not granted.
 */
async function accessHint(settings: HandoffSettings, outcome: DeliveryOutcome): Promise<string> {
  if (outcome.kind !== 'retry' || outcome.httpStatus !== undefined || outcome.message.startsWith('No answer')) return '';
  try {
    const origin = new URL(settings.webhookUrl).origin;
    const granted = await browser.permissions.contains({ origins: [`${origin}/*`] });
    return granted ? '' : ` Careline has no access to ${origin}: press Save and allow it, or have the receiver allow cross-origin requests (CORS).`;
  } catch {
    return ''; // no permissions API (or a bad URL, which postHandoff already reported)
  }
}
