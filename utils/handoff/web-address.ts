/**
 * Which addresses Careline may send a case to: the webhook URL and the URL a CRM template produces.
 * https only (the case holds a customer's name and phone number), plain http only for a receiver on
 * this machine (a team lead trying it out, the tests). Shared so the settings form and the delivery
 * code cannot disagree.
 */
import { handoffProblems } from '@/utils/i18n/messages/problems-handoff';
import { problemSayer } from '@/utils/i18n/problems';

const say = problemSayer(handoffProblems);

/** Hostnames (as `URL.hostname` spells them) for which plain http is allowed. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname.toLowerCase());
}

/** Which address a sentence is about; named in the context's language. */
export type WebAddressKind = 'webhook' | 'crm';

/**
 * Undefined when `address` is an acceptable https (or loopback http) URL, else a sentence saying why
 * not, naming the address ("The webhook URL", "웹훅 URL").
 */
export function webAddressProblem(address: string, kind: WebAddressKind): string | undefined {
  const what = say(kind === 'webhook' ? 'handoff.address.webhook' : 'handoff.address.crm');
  const trimmed = address.trim();
  if (trimmed === '') return say('handoff.address.empty', { what });
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return say('handoff.address.notWeb', { what, address: shorten(trimmed) });
  }
  // Credentials in a URL end up in logs and history; a receiver needing a key gets it in a header.
  if (url.username || url.password) return say('handoff.address.credentials', { what });
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:') {
    if (isLoopbackHost(url.hostname)) return undefined;
    return say('handoff.address.https', { what });
  }
  return say('handoff.address.scheme', { what, scheme: url.protocol });
}

function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
