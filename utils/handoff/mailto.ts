/**
 * E-mail handoff: a mailto: draft the agent reviews and sends from their own mail client. Mail
 * clients and Windows' URL handler cut mailto: URLs at about 2,000 characters, and a Hangul letter
 * costs 9 once percent-encoded, so the body is shortened to fit: older history first, then the end.
 */
import { caseText, DEFAULT_HISTORY_LINES, type CaseLang, type CaseTextOptions } from './case-text';
import type { HandoffPayload, StoredHandoffSettings } from './types';

export const MAX_MAILTO_LENGTH = 1_900;
const TRUNCATED = '…(truncated)';

export function mailtoUrl(
  settings: Pick<StoredHandoffSettings, 'emailTo'>,
  payload: HandoffPayload,
  lang: CaseLang,
  opts: Pick<CaseTextOptions, 'timeZone'> = {},
): string {
  const head = `mailto:${encodeRecipients(settings.emailTo)}?subject=${encodeURIComponent(mailSubject(payload))}&body=`;
  const room = MAX_MAILTO_LENGTH - head.length;
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

  const shown = Math.min(payload.history.length, DEFAULT_HISTORY_LINES);
  // Drop history entries, oldest shown first, until the body fits.
  for (let limit = shown; limit >= 0; limit--) {
    let body = caseText(payload, lang, { ...opts, historyLimit: limit });
    if (limit < shown) body += `\n${TRUNCATED}`;
    if (encode(body).length <= room) return head + encode(body);
  }
  // Still too long (a long customer text or note): keep the longest start that fits.
  const chars = Array.from(caseText(payload, lang, { ...opts, historyLimit: 0 }));
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (encode(`${chars.slice(0, mid).join('')}\n${TRUNCATED}`).length <= room) lo = mid;
    else hi = mid - 1;
  }
  return head + encode(`${chars.slice(0, lo).join('')}\n${TRUNCATED}`);
}

/** "[Careline] 요금 · Billing — @minji_kim" */
export function mailSubject(payload: HandoffPayload): string {
  const handle = payload.customer.handle.replace(/^@/, '').trim();
  return `[Careline] ${payload.reason.trim()}${handle ? ` — @${handle}` : ''}`;
}

/** Comma-separated addresses, each percent-encoded but with a readable @ (RFC 6068 allows it). */
function encodeRecipients(to: string): string {
  return splitAddresses(to)
    .map((address) => encodeURIComponent(address).replace(/%40/g, '@'))
    .join(',');
}

/** The addresses in the settings' "E-mail to", comma or semicolon separated (Outlook users type ;). */
export function splitAddresses(to: string): string[] {
  return to
    .split(/[,;]/)
    .map((a) => a.trim())
    .filter((a) => a !== '');
}
