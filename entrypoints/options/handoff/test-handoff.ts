/**
 * "Send test handoff": one real delivery of a clearly-marked test case with the SAVED settings, so a
 * team lead sees exactly what the panel's handoffs will do, and what the receiver answers.
 */
import { browser } from 'wxt/browser';
import { crmUrl } from '@/utils/handoff/crm-url';
import { mailtoUrl } from '@/utils/handoff/mailto';
import { testHandoffPayload } from '@/utils/handoff/test-payload';
import type { DeliveryOutcome, HandoffSettings } from '@/utils/handoff/types';
import type { Translate } from '@/utils/i18n/pages';
import { postHandoff } from '@/utils/handoff/webhook';
import { errorText } from '@/utils/error-text';

export interface TestResult {
  ok: boolean;
  text: string;
}

/**
 * E-mail and CRM: open the draft or the form with the test case. Synchronous, so it runs inside the
 * click: Chromium launches mailto: and opens tabs from a page only during a user gesture.
 */
export function openTestHandoff(t: Translate, settings: HandoffSettings, agentName: string): TestResult {
  const payload = testHandoffPayload({ agentName });
  if (settings.method === 'email') {
    if (!settings.emailTo) return { ok: false, text: t('options.handoff.test.saveEmail') };
    window.location.href = mailtoUrl(settings, payload, 'en');
    return { ok: true, text: t('options.handoff.test.emailOpened', { to: settings.emailTo }) };
  }
  if (!settings.crmUrlTemplate) return { ok: false, text: t('options.handoff.test.saveCrm') };
  try {
    window.open(crmUrl(settings.crmUrlTemplate, payload), '_blank', 'noopener');
  } catch (error) {
    return { ok: false, text: errorText(error) };
  }
  return { ok: true, text: t('options.handoff.test.crmOpened') };
}

/** Webhook: POST the test case once (no retries) and say what the receiver answered. */
export async function postTestHandoff(t: Translate, settings: HandoffSettings, agentName: string): Promise<TestResult> {
  if (!settings.webhookUrl) return { ok: false, text: t('options.handoff.test.saveWebhook') };
  const outcome = await postHandoff(settings, testHandoffPayload({ agentName }));
  return describeOutcome(t, outcome, await accessHint(t, settings, outcome));
}

function describeOutcome(t: Translate, outcome: DeliveryOutcome, hint: string): TestResult {
  if (outcome.kind === 'sent') {
    const status = String(outcome.httpStatus);
    // No ticket back is what a receiver honouring the test mark answers: say why there is none.
    const what = outcome.ticketId
      ? t('options.handoff.test.ticket', { id: outcome.ticketId, status })
      : t('options.handoff.test.httpMarked', { status });
    return {
      ok: true,
      text: t('options.handoff.test.delivered', { what, message: outcome.message ? `. ${outcome.message}` : '' }),
    };
  }
  // For a real handoff "retry" means the outbox tries again; a test is sent once, so say both.
  const again = outcome.kind === 'retry' ? t('options.handoff.test.willRetry') : '';
  return {
    ok: false,
    text: t('options.handoff.testNotDelivered', { error: `${sentence(outcome.message)}${again}${hint}` }),
  };
}

/** Messages are joined into one paragraph: each must end like a sentence. */
const sentence = (text: string) => (/[.!?…)]$/.test(text) ? text : `${text}.`);

/**
 * A network failure from an extension page is often CORS: without host access, the receiver must
 * answer the preflight. Say so when access to its origin was not granted.
 */
async function accessHint(t: Translate, settings: HandoffSettings, outcome: DeliveryOutcome): Promise<string> {
  // A timeout reached the receiver's network, so access is not the problem.
  if (outcome.kind !== 'retry' || outcome.httpStatus !== undefined || outcome.timedOut) return '';
  try {
    const origin = new URL(settings.webhookUrl).origin;
    const granted = await browser.permissions.contains({ origins: [`${origin}/*`] });
    return granted ? '' : t('options.handoff.test.noAccess', { origin });
  } catch {
    return ''; // no permissions API (or a bad URL, which postHandoff already reported)
  }
}
