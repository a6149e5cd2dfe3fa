/**
 * Which web addresses Careline talks to: a webhook, a CRM form, a team pack. https only (a case
 * holds a customer's name and phone number; a pack becomes the replies agents send), plain http only
 * for a server on this machine (a team lead trying it out, the tests), and never credentials in the
 * address (they end up in logs and history; a receiver needing a key gets it in a header). One rule,
 * so the settings form, the delivery code, the pack subscription and the background's tab opener
 * cannot disagree. Words are the caller's: this module has none (the content script imports it).
 */

/** Hostnames (as `URL.hostname` spells them) for which plain http is allowed. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export type WebAddressCheck =
  | { verdict: 'ok'; url: URL }
  | { verdict: 'empty' | 'not-web' | 'credentials' | 'http-not-local' }
  | { verdict: 'scheme'; scheme: string };

export function checkWebAddress(address: string): WebAddressCheck {
  const trimmed = address.trim();
  if (trimmed === '') return { verdict: 'empty' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { verdict: 'not-web' };
  }
  if (url.username || url.password) return { verdict: 'credentials' };
  if (url.protocol === 'https:') return { verdict: 'ok', url };
  if (url.protocol === 'http:')
    return LOOPBACK_HOSTS.has(url.hostname.toLowerCase()) ? { verdict: 'ok', url } : { verdict: 'http-not-local' };
  return { verdict: 'scheme', scheme: url.protocol };
}
