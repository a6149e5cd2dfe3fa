/**
 * The Handoff section's form: every control's text as typed, and the conversion to and from the
 * stored HandoffSettings. Kept apart from the components so what is saved is easy to see.
 */
import type { DeliveryMethod, HandoffRoute, HandoffSettings } from '@/utils/handoff/types';

export interface HandoffForm {
  method: DeliveryMethod;
  webhookUrl: string;
  webhookSecret: string;
  extraHeaderName: string;
  extraHeaderValue: string;
  /** Seconds, as typed ("10", "2.5"). */
  timeoutSeconds: string;
  emailTo: string;
  crmUrlTemplate: string;
  callCenterName: string;
  callCenterPhone: string;
  /** One reason per line. */
  reasonsText: string;
  /** Routes as edited, one per reason that has one (a reason left on Default has none). */
  routes: HandoffRoute[];
}

export type FormField = keyof HandoffForm;

export function formFromSettings(s: HandoffSettings): HandoffForm {
  return {
    method: s.method,
    webhookUrl: s.webhookUrl,
    webhookSecret: s.webhookSecret,
    extraHeaderName: s.extraHeaderName,
    extraHeaderValue: s.extraHeaderValue,
    timeoutSeconds: String(s.timeoutMs / 1000),
    emailTo: s.emailTo,
    crmUrlTemplate: s.crmUrlTemplate,
    callCenterName: s.callCenterName,
    callCenterPhone: s.callCenterPhone,
    reasonsText: s.reasons.join('\n'),
    routes: s.routes.map((r) => ({ ...r })),
  };
}

/**
 * What Save stores. Text is trimmed (pasted addresses and keys often carry a stray space or newline);
 * blank reason lines are dropped, so a trailing newline is not an "empty reason".
 */
export function settingsFromForm(f: HandoffForm): HandoffSettings {
  const seconds = f.timeoutSeconds.trim().replace(',', '.');
  const reasons = reasonsOf(f.reasonsText);
  return {
    method: f.method,
    webhookUrl: f.webhookUrl.trim(),
    webhookSecret: f.webhookSecret.trim(),
    extraHeaderName: f.extraHeaderName.trim(),
    extraHeaderValue: f.extraHeaderValue.trim(),
    // NaN for "" or "ten": validateHandoffSettings then explains the range.
    timeoutMs: seconds === '' ? Number.NaN : Math.round(Number(seconds) * 1000),
    emailTo: f.emailTo.trim(),
    crmUrlTemplate: f.crmUrlTemplate.trim(),
    callCenterName: f.callCenterName.trim(),
    callCenterPhone: f.callCenterPhone.trim(),
    reasons,
    // Only routes of reasons still listed: a reason removed takes its route with it. A route left
    // without an address stays, so Save can refuse it rather than quietly fall back to Default.
    routes: f.routes
      .map((r) => ({ reason: r.reason.trim(), method: r.method, address: r.address.trim() }))
      .filter((r) => reasons.some((reason) => reason.toLowerCase() === r.reason.toLowerCase())),
  };
}

/** The reasons as typed, one a line, blank lines dropped. */
export function reasonsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((r) => r.trim())
    .filter((r) => r !== '');
}

/** The form control that shows a settings field (timeout and reasons are typed differently). */
export function formFieldOf(field: keyof HandoffSettings): FormField {
  if (field === 'timeoutMs') return 'timeoutSeconds';
  if (field === 'reasons') return 'reasonsText';
  return field;
}

export function sameForm(a: HandoffForm, b: HandoffForm): boolean {
  return (Object.keys(a) as FormField[]).every((k) =>
    k === 'routes' ? JSON.stringify(a.routes) === JSON.stringify(b.routes) : a[k] === b[k],
  );
}
