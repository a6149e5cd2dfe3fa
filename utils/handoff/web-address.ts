/**
 * The words for an address Careline may not send a case to (the webhook URL, the URL a CRM template
 * produces); the rule itself is utils/web-address.ts.
 */
import { handoffProblems } from '@/utils/i18n/messages/problems-handoff';
import { problemSayer } from '@/utils/i18n/problems';
import { checkWebAddress } from '@/utils/web-address';

const say = problemSayer(handoffProblems);

/** Which address a sentence is about; named in the context's language. */
export type WebAddressKind = 'webhook' | 'crm';

/**
 * Undefined when `address` is an acceptable https (or loopback http) URL, else a sentence saying why
 * not, naming the address ("The webhook URL", "웹훅 URL").
 */
export function webAddressProblem(address: string, kind: WebAddressKind): string | undefined {
  const what = say(kind === 'webhook' ? 'handoff.address.webhook' : 'handoff.address.crm');
  const check = checkWebAddress(address);
  switch (check.verdict) {
    case 'ok':
      return undefined;
    case 'empty':
      return say('handoff.address.empty', { what });
    case 'not-web':
      return say('handoff.address.notWeb', { what, address: shorten(address.trim()) });
    case 'credentials':
      return say('handoff.address.credentials', { what });
    case 'http-not-local':
      return say('handoff.address.https', { what });
    case 'scheme':
      return say('handoff.address.scheme', { what, scheme: check.scheme });
  }
}

function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
