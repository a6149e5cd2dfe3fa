/**
 * 4 -> 5: every customer gets its search keys and reversed phone digits, so the new indexes find
 * the customers imported before. The tags already on a record are kept as they are and none is
 * counted as the CRM's: a re-import after the upgrade cannot remove a tag an agent added.
 *
 * Self-contained: the keys are computed as version 5 was released (customer-keys.ts may change
 * later, with a migration of its own), including the 초성 table rather than a library's.
 */
import type { Transaction } from 'dexie';
import type { CustomerRecord } from '../types';

const CRM_PREFIX = 'crm:';
/** Names longer than this are indexed by their first characters only. */
const INDEXED_CHARS = 40;
const NOT_HANGUL_SYLLABLE = /[^\uac00-\ud7a3]/g;
/** The initial consonants (초성) as compatibility jamo, in Unicode's syllable order. */
const CHOSEONG = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
/** Syllables per initial consonant: 21 vowels × 28 finals. */
const SYLLABLES_PER_INITIAL = 21 * 28;

function choseong(syllables: string): string {
  return Array.from(syllables, (s) => CHOSEONG[Math.floor((s.charCodeAt(0) - 0xac00) / SYLLABLES_PER_INITIAL)]).join(
    '',
  );
}

function fold(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim().replace(/^@/, '');
}

function addSuffixes(keys: Set<string>, text: string): void {
  const chars = Array.from(text.slice(0, INDEXED_CHARS));
  for (let i = 0; i < chars.length; i++) {
    const suffix = chars.slice(i).join('').trim();
    if (suffix) keys.add(suffix);
  }
}

function searchKeys(record: CustomerRecord): string[] {
  const keys = new Set<string>();
  const name = record.name ? fold(record.name) : '';
  if (name) {
    addSuffixes(keys, name);
    const syllables = name.replace(NOT_HANGUL_SYLLABLE, '');
    if (syllables) addSuffixes(keys, choseong(syllables));
  }
  if (!record.handle.startsWith(CRM_PREFIX)) addSuffixes(keys, record.handle);
  return [...keys];
}

/** The phone's digits as dialled in Korea, reversed (`+82 10-3456-7890` → `09876543010`). */
function phoneTail(phone: string | undefined): string | undefined {
  if (!phone) return undefined;
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  if (!digits) return undefined;
  const national = digits.startsWith('+82') ? `0${digits.slice(3)}` : digits.replace(/^\+/, '');
  return national ? [...national].reverse().join('') : undefined;
}

export async function migrateTo5(tx: Transaction): Promise<void> {
  await tx
    .table('customers')
    .toCollection()
    .modify((customer: CustomerRecord) => {
      customer.searchKeys = searchKeys(customer);
      const tail = phoneTail(customer.phone);
      if (tail) customer.phoneTail = tail;
    });
}
