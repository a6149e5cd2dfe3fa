/**
 * The webhook's request headers: the ones Careline sets itself, and the rules for the one extra
 * header a team lead may add (an API key, usually). Checked when the settings are saved, so a bad
 * header is refused in the form instead of failing every delivery later.
 */
import { handoffProblems } from '@/utils/i18n/messages/problems-handoff';
import { problemSayer } from '@/utils/i18n/problems';

const say = problemSayer(handoffProblems);

export const CONTENT_TYPE_HEADER = 'Content-Type';
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const SIGNATURE_HEADER = 'X-Careline-Signature';
/** `1` on a test handoff (payload `test: true`): the receiver opens no ticket for it. */
export const TEST_HEADER = 'X-Careline-Test';

const OWN_HEADERS = [CONTENT_TYPE_HEADER, IDEMPOTENCY_HEADER, SIGNATURE_HEADER, TEST_HEADER];

/**
 * Names the browser refuses to let a page set (Fetch standard, "forbidden request-header"): fetch
 * silently drops them, so the receiver would never see the header the team lead configured.
 */
const FORBIDDEN_HEADERS = new Set(
  [
    'Accept-Charset',
    'Accept-Encoding',
    'Access-Control-Request-Headers',
    'Access-Control-Request-Method',
    'Connection',
    'Content-Length',
    'Cookie',
    'Cookie2',
    'Date',
    'DNT',
    'Expect',
    'Host',
    'Keep-Alive',
    'Origin',
    'Referer',
    'Set-Cookie',
    'TE',
    'Trailer',
    'Transfer-Encoding',
    'Upgrade',
    'Via',
    'X-HTTP-Method',
    'X-HTTP-Method-Override',
    'X-Method-Override',
  ].map((name) => name.toLowerCase()),
);
const FORBIDDEN_PREFIXES = ['proxy-', 'sec-'];

/** RFC 9110 token characters. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Undefined when `name` can be sent as the extra header, else why not. */
export function headerNameProblem(name: string): string | undefined {
  if (!TOKEN.test(name)) {
    return say('handoff.header.badName', { name });
  }
  const lower = name.toLowerCase();
  const own = OWN_HEADERS.find((h) => h.toLowerCase() === lower);
  if (own) return say('handoff.header.own', { header: own });
  if (FORBIDDEN_HEADERS.has(lower) || FORBIDDEN_PREFIXES.some((p) => lower.startsWith(p))) {
    return say('handoff.header.forbidden', { name });
  }
  return undefined;
}

/** Undefined when `value` can be sent, else why not. */
export function headerValueProblem(value: string): string | undefined {
  // CR/LF would split the header (header injection); fetch refuses them and most other controls.
  if (/[\r\n]/.test(value)) return say('handoff.header.multiLine');
  // Headers are bytes, not text: anything past ASCII is mangled or refused on the way.
  if (/[^\t\x20-\x7e]/.test(value)) return say('handoff.header.ascii');
  return undefined;
}
