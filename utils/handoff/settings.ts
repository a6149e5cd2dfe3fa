/**
 * Handoff settings, kept in extension storage next to the agent's settings: the options
 * page writes them, the panel reads the reasons, the background reads the webhook. Validated before
 * every save, so what is stored can be delivered to.
 *
 * storage.local is readable by content scripts, hence by a compromised x.com renderer:
 * the webhook secret and the extra header's value are not kept here but in IndexedDB
 * (secret-settings.ts, for the background and the options page only; the panel never needs them).
 */
import { defineSetting, field, stringField } from '@/utils/settings/define-setting';
import { handoffProblems } from '@/utils/i18n/messages/problems-handoff';
import { problemSayer } from '@/utils/i18n/problems';
import { crmUrl } from './crm-url';
import { headerNameProblem, headerValueProblem } from './headers';
import { splitAddresses } from './mailto';
import { parseCallbackPhone } from './phone';
import { testHandoffPayload } from './test-payload';
import type { HandoffRoute, HandoffSecrets, HandoffSettings, StoredHandoffSettings } from './types';
import { webAddressProblem } from './web-address';
import { normaliseRoutes } from './routes';
import { errorText } from '@/utils/error-text';

const say = problemSayer(handoffProblems);

/** Korean and English teams share one list, so each reason names both. */
export const DEFAULT_HANDOFF_REASONS: readonly string[] = [
  '요금 · Billing',
  '단말기 고장 · Device fault',
  '개통 · Activation',
  '해지 · Cancellation',
  '불만 · Complaint',
  '기타 · Other',
];

export const DEFAULT_HANDOFF_SETTINGS: HandoffSettings = {
  method: 'webhook',
  webhookUrl: '',
  webhookSecret: '',
  extraHeaderName: '',
  extraHeaderValue: '',
  timeoutMs: 10_000,
  emailTo: '',
  crmUrlTemplate: '',
  callCenterName: '',
  callCenterPhone: '',
  reasons: [...DEFAULT_HANDOFF_REASONS],
  routes: [],
};

/** The fields that never go to storage.local. */
export const SECRET_FIELDS = ['webhookSecret', 'extraHeaderValue'] as const satisfies readonly (keyof HandoffSecrets)[];

/** `s` without its secret fields: what may be written to (or shown from) storage.local. */
export function withoutSecrets(s: Partial<HandoffSettings>): Partial<StoredHandoffSettings> {
  const rest: Partial<HandoffSettings> = { ...s };
  for (const field of SECRET_FIELDS) delete rest[field];
  return rest;
}

export const DEFAULT_STORED_HANDOFF_SETTINGS = withoutSecrets(DEFAULT_HANDOFF_SETTINGS) as StoredHandoffSettings;

/**
 * A stored (or watched) value made whole: settings saved by an older Careline lack the fields added
 * since, and hand-edited storage may hold anything; each field is checked on its own, the timeout
 * kept within its limits. Never the secrets, even from an install whose start-up has not moved them
 * yet: the panel reads this.
 */
export function normaliseHandoffSettings(stored: unknown): StoredHandoffSettings {
  const d = DEFAULT_STORED_HANDOFF_SETTINGS;
  const method = field(stored, 'method');
  const reasons = field(stored, 'reasons');
  return {
    method: method === 'webhook' || method === 'email' || method === 'crm' ? method : d.method,
    webhookUrl: stringField(stored, 'webhookUrl', d.webhookUrl),
    extraHeaderName: stringField(stored, 'extraHeaderName', d.extraHeaderName),
    timeoutMs: clampTimeout(field(stored, 'timeoutMs')),
    emailTo: stringField(stored, 'emailTo', d.emailTo),
    crmUrlTemplate: stringField(stored, 'crmUrlTemplate', d.crmUrlTemplate),
    callCenterName: stringField(stored, 'callCenterName', d.callCenterName),
    callCenterPhone: stringField(stored, 'callCenterPhone', d.callCenterPhone),
    reasons: Array.isArray(reasons) ? reasons.filter((r): r is string => typeof r === 'string') : [...d.reasons],
    routes: normaliseRoutes(field(stored, 'routes')),
  };
}

/** `local:handoffSettings`. An install from before the secrets moved may still hold them here until moved. */
export const handoffSettings = defineSetting('local:handoffSettings', normaliseHandoffSettings);

export const MIN_TIMEOUT_MS = 1_000;
export const MAX_TIMEOUT_MS = 60_000;

/**
 * The timeout a delivery uses: whole milliseconds within the limits, the default if the stored
 * value is not a number (storage can be edited by hand). The lease is derived from it too.
 */
export function clampTimeout(ms: unknown): number {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return DEFAULT_HANDOFF_SETTINGS.timeoutMs;
  return Math.min(Math.max(Math.round(ms), MIN_TIMEOUT_MS), MAX_TIMEOUT_MS);
}
export const MAX_REASONS = 30;
/** A reason is a short label in a combobox and an e-mail subject. */
export const MAX_REASON_LENGTH = 80;

export interface SettingsProblem {
  field: keyof HandoffSettings;
  message: string;
}

/** Every problem with `s`, in the order the form shows the fields; empty when it can be saved. */
export function validateHandoffSettings(s: HandoffSettings): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const add = (field: keyof HandoffSettings, message: string | undefined) => {
    if (message) problems.push({ field, message });
  };

  // Fields of the other methods are checked too when filled in: switching method later must not
  // reveal an address that was never valid.
  const webhookUrl = s.webhookUrl.trim();
  if (s.method === 'webhook' && webhookUrl === '') add('webhookUrl', say('handoff.settings.webhookUrlMissing'));
  else if (webhookUrl !== '') add('webhookUrl', webAddressProblem(webhookUrl, 'webhook'));

  const name = s.extraHeaderName.trim();
  if (name !== '') add('extraHeaderName', headerNameProblem(name));
  if (name === '' && s.extraHeaderValue.trim() !== '')
    add('extraHeaderName', say('handoff.settings.headerNameMissing'));
  if (name !== '' && s.extraHeaderValue.trim() === '')
    add('extraHeaderValue', say('handoff.settings.headerValueMissing', { name }));
  add('extraHeaderValue', headerValueProblem(s.extraHeaderValue));

  if (!Number.isFinite(s.timeoutMs) || s.timeoutMs < MIN_TIMEOUT_MS || s.timeoutMs > MAX_TIMEOUT_MS) {
    add('timeoutMs', say('handoff.settings.timeout'));
  }

  const addresses = splitAddresses(s.emailTo);
  if (s.method === 'email' && addresses.length === 0) add('emailTo', say('handoff.settings.emailMissing'));
  for (const address of addresses) {
    if (!EMAIL.test(address)) add('emailTo', say('handoff.settings.emailInvalid', { address }));
  }

  const template = s.crmUrlTemplate.trim();
  if (s.method === 'crm' && template === '') add('crmUrlTemplate', say('handoff.settings.crmMissing'));
  else if (template !== '') add('crmUrlTemplate', crmTemplateProblem(template));

  // The panel's ticket reply tells customers this number: it must be one they can dial.
  const phone = parseCallbackPhone(s.callCenterPhone);
  if (!phone.ok) add('callCenterPhone', say('handoff.settings.callCenterPhone', { problem: phone.message }));

  const reasons = s.reasons.map((r) => r.trim());
  if (reasons.length === 0) add('reasons', say('handoff.settings.noReasons'));
  // The count as a string: English has always printed it without a thousands separator.
  if (reasons.length > MAX_REASONS)
    add('reasons', say('handoff.settings.tooManyReasons', { max: MAX_REASONS, count: String(reasons.length) }));
  if (reasons.some((r) => r === '')) add('reasons', say('handoff.settings.emptyReason'));
  const long = reasons.find((r) => r.length > MAX_REASON_LENGTH);
  if (long) add('reasons', say('handoff.settings.longReason', { start: long.slice(0, 30), max: MAX_REASON_LENGTH }));
  const seen = new Set<string>();
  for (const reason of reasons) {
    const key = reason.toLowerCase();
    if (reason !== '' && seen.has(key)) add('reasons', say('handoff.settings.duplicateReason', { reason }));
    seen.add(key);
  }
  // Only routes of reasons still listed count: the form drops the others on save.
  const routed = s.routes.filter((r) =>
    reasons.some((reason) => reason.toLowerCase() === r.reason.trim().toLowerCase()),
  );
  for (const route of routed) add('routes', routeProblem(route));
  return problems;
}

/** What is wrong with one reason's route, named after its reason (the table has a row per reason). */
export function routeProblem(route: HandoffRoute): string | undefined {
  const reason = route.reason.trim();
  const address = route.address.trim();
  if (address === '') return say('handoff.settings.routeMissing', { reason });
  let problem: string | undefined;
  if (route.method === 'webhook') problem = webAddressProblem(address, 'webhook');
  if (route.method === 'crm') problem = crmTemplateProblem(address);
  if (route.method === 'email') {
    const bad = splitAddresses(address).find((a) => !EMAIL.test(a));
    if (bad !== undefined) problem = say('handoff.settings.emailInvalid', { address: bad });
  }
  return problem ? say('handoff.settings.routeProblem', { reason, problem }) : undefined;
}

/** Pragmatic, not RFC 5322: one @, no spaces, a dot in the domain. */
const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;

function crmTemplateProblem(template: string): string | undefined {
  try {
    // Filled with the test case: the placeholders' values cannot make the address invalid (they are
    // percent-encoded), so a sample tells whether every real case will work.
    crmUrl(template, testHandoffPayload({ id: '00000000-0000-4000-8000-000000000000', now: new Date(0) }));
    return undefined;
  } catch (error) {
    return errorText(error);
  }
}

/**
 * Whether a handoff made now can reach the call center: the chosen way has its address. Without it a
 * webhook handoff waits in the outbox; an e-mail or CRM one has nowhere to open.
 */
export function deliveryReady(
  s: Pick<StoredHandoffSettings, 'method' | 'webhookUrl' | 'emailTo' | 'crmUrlTemplate'>,
): boolean {
  if (s.method === 'webhook') return s.webhookUrl.trim() !== '';
  if (s.method === 'email') return s.emailTo.trim() !== '';
  return s.crmUrlTemplate.trim() !== '';
}
