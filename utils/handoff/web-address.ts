/**
 * Which addresses Careline may send a case to: the webhook URL and the URL a CRM template produces.
 * https only (the case holds a customer's name and phone number), plain http only for a receiver on
 * this machine (a team lead trying it out, the tests). Shared so the settings form and the delivery
 * code cannot disagree.
 */

/** Hostnames (as `URL.hostname` spells them) for which plain http is allowed. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname.toLowerCase());
}

/**
 * Undefined when `address` is an acceptable https (or loopback http) URL, else a sentence saying why
 * not. `what` names the address in the sentence ("The webhook URL").
 */
export function webAddressProblem(address: string, what: string): string | undefined {
  const trimmed = address.trim();
  if (trimmed === '') return `${what} is empty: enter an address starting with https://`;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return `${what} "${shorten(trimmed)}" is not a web address: it must start with https://`;
  }
  // Credentials in a URL end up in logs and history; a receiver needing a key gets it in a header.
  if (url.username || url.password) {
    return `${what} must not contain a user name or password: put an API key in the extra header instead`;
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:') {
    if (isLoopbackHost(url.hostname)) return undefined;
    return `${what} must use https:// (plain http:// only for localhost and 127.0.0.1): the case contains customer data`;
  }
  return `${what} must start with https:// (this one starts with ${url.protocol})`;
}

function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
