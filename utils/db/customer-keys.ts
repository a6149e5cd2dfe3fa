/**
 * How a customer record is keyed and found. Pure: the repository stores what these compute.
 *
 * Key: the lower-cased X handle, or, for a customer the CRM knows and no X account is linked to yet
 * (a telco's export has no handles), `crm:<customer id>`. `:` never occurs in an X handle, so the
 * two kinds cannot collide, and events and handoffs keep one `customerHandle` column for both.
 *
 * Search: IndexedDB finds prefixes only, so a record stores every suffix of its name, handle and
 * the name's initial consonants (초성) in one multi-entry index: a prefix of a suffix is any part,
 * so `지훈`, `ㅈㅎ` and `_kim` are each one index range. Phones are stored with their digits
 * reversed, so the last digits (`7890`, `3456-7890`) are a prefix too.
 */
import { getChoseong } from 'es-hangul';

const CRM_PREFIX = 'crm:';

/** X handles are case-insensitive and shown with or without @. */
export function handleKey(handle: string): string {
  return handle.trim().replace(/^@/, '').toLowerCase();
}

/** The key of a CRM customer without a linked X account. */
export function crmKey(customerId: string): string {
  return CRM_PREFIX + customerId.trim().toLowerCase();
}

/** True when the record's key is an X handle (an X account is linked), false for `crm:` keys. */
export function isXKey(key: string): boolean {
  return !key.startsWith(CRM_PREFIX);
}

export function phoneDigits(phone: string | undefined): string | undefined {
  if (!phone) return undefined;
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return digits || undefined;
}

/**
 * The phone's digits as dialled in Korea, reversed: `+82 10-3456-7890` and `010-3456-7890` both give
 * `09876543010`, so either form's last digits find it.
 */
export function phoneTail(phone: string | undefined): string | undefined {
  const digits = phoneDigits(phone);
  if (!digits) return undefined;
  const national = digits.startsWith('+82') ? `0${digits.slice(3)}` : digits.replace(/^\+/, '');
  // Digits only: reversing code units is reversing characters.
  let reversed = '';
  for (let i = national.length - 1; i >= 0; i--) reversed += national[i];
  return reversed || undefined;
}

/** What a search compares: NFC, lower case, one space between words, no @. */
export function foldForSearch(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim().replace(/^@/, '');
}

/** Names longer than this are indexed by their first characters only (the index grows per suffix). */
const INDEXED_CHARS = 40;
const HANGUL_SYLLABLES = /[^\uac00-\ud7a3]/g;

/** Every suffix starting at a character (a code point, never inside a surrogate pair) of the indexed head. */
function addSuffixes(keys: Set<string>, text: string): void {
  const head = text.slice(0, INDEXED_CHARS);
  // One slice per suffix: an import computes these for every row it writes.
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff && i > 0) {
      const before = head.charCodeAt(i - 1);
      if (before >= 0xd800 && before <= 0xdbff) continue; // the second half of a pair
    }
    const suffix = head.slice(i).trim();
    if (suffix) keys.add(suffix);
  }
}

/** The multi-entry search keys of a record: suffixes of the folded name and handle, and of the name's 초성. */
export function searchKeysOf(record: { handle: string; name?: string }): string[] {
  const keys = new Set<string>();
  const name = record.name ? foldForSearch(record.name) : '';
  if (name) {
    addSuffixes(keys, name);
    // 박지훈 → ㅂㅈㅎ; 초성 are compatibility jamo, which never occur in a name, so they share the index.
    const syllables = name.replace(HANGUL_SYLLABLES, '');
    if (syllables) addSuffixes(keys, getChoseong(syllables));
  }
  if (isXKey(record.handle)) addSuffixes(keys, record.handle);
  return [...keys];
}

/** The digits of a query that looks like (the end of) a phone number: `7890`, `3456-7890`, `010 3456 7890`. */
export function phoneQueryTail(q: string): string | undefined {
  if (!/^\+?[\d\s-]+$/.test(q)) return undefined;
  const tail = phoneTail(q);
  return tail && tail.length >= 4 ? tail : undefined;
}
