/**
 * The callback phone an agent types into the handoff dialog: optional, Korean numbers as agents
 * write them (010-1234-5678, 02-123-4567, 1588-1234, +82 10…) and international ones with +.
 * Normalised to E.164 for the call center's dialler and to the usual Korean grouping for people.
 */

import { handoffProblems } from '@/utils/i18n/messages/problems-handoff';
import { problemSayer } from '@/utils/i18n/problems';

const say = problemSayer(handoffProblems);

export type CallbackPhone = { ok: true; e164?: string; display?: string } | { ok: false; message: string };

/** Korean mobile prefixes: 010 (11 digits); the old 011/016–019 also had 10-digit numbers. */
const MOBILE = /^01[016789]$/;
const REGIONAL = new Set([
  '031',
  '032',
  '033',
  '041',
  '042',
  '043',
  '044',
  '051',
  '052',
  '053',
  '054',
  '055',
  '061',
  '062',
  '063',
  '064',
]);
/** Problems end with examples of what is accepted, in the context's language. */
const problem = (key: Parameters<typeof say>[0], params: Record<string, string> = {}): CallbackPhone => ({
  ok: false,
  message: say(key, { example: say('handoff.phone.example'), ...params }),
});

export function parseCallbackPhone(input: string): CallbackPhone {
  // NFKC: full-width digits and ＋ from a Korean IME become ASCII; any dash counts as a separator.
  const text = input.normalize('NFKC').trim();
  if (text === '') return { ok: true };
  if (/\p{L}/u.test(text)) return problem('handoff.phone.characters');
  const international = text.startsWith('+');
  // "+82 (0)10…": the (0) is the domestic trunk prefix, written for people, never dialled after +.
  const body = (international ? text.slice(1) : text).replace(/\(0\)/g, '');
  if (/[^\d\s\-‐‑‒–—.()/]/.test(body)) return problem('handoff.phone.characters');
  const digits = body.replace(/\D/g, '');
  if (digits === '') return problem('handoff.phone.noDigits');

  if (international) {
    if (digits.startsWith('82')) {
      // Some write the trunk 0 without brackets: +82 010-…
      const national = digits.slice(2).startsWith('0') ? digits.slice(2) : `0${digits.slice(2)}`;
      // 8 digits after +82: a 15xx/16xx/18xx representative number (016/018 mobiles are longer).
      if (/^1[568]/.test(national.slice(1)) && national.length === 9)
        return problem('handoff.phone.representativeIntl');
      return korean(national);
    }
    if (digits.startsWith('0')) return problem('handoff.phone.countryCodeZero');
    // Counts as strings: English has always printed them without a thousands separator.
    if (digits.length < 8) return problem('handoff.phone.intlShort', { count: String(digits.length) });
    if (digits.length > 15) return problem('handoff.phone.intlLong', { count: String(digits.length) });
    return { ok: true, e164: `+${digits}`, display: text.replace(/\s+/g, ' ') };
  }
  if (digits.startsWith('00')) return problem('handoff.phone.internationalPrefix');
  if (/^1[568]/.test(digits)) return representative(digits);
  if (!digits.startsWith('0')) return problem('handoff.phone.notKorean');
  return korean(digits);
}

/** 1588-1234: nationwide, no area code, not reachable from abroad (so no E.164 form). */
function representative(digits: string): CallbackPhone {
  if (digits.length !== 8) return lengthProblem(digits.length, say('handoff.phone.rule.representative'), 8, 8);
  return { ok: true, display: `${digits.slice(0, 4)}-${digits.slice(4)}` };
}

/** A national number with its leading 0: checks the prefix and length, formats it. */
function korean(national: string): CallbackPhone {
  const rule = koreanRule(national);
  if (!rule) return problem('handoff.phone.badPrefix', { prefix: national.slice(0, 3) });
  const { min, max, what, areaLength } = rule;
  if (national.length < min || national.length > max) return lengthProblem(national.length, what, min, max);
  const area = national.slice(0, areaLength);
  const rest = national.slice(areaLength);
  // The last four digits are always the line number; the exchange takes what is left (3 or 4).
  const display = `${area}-${rest.slice(0, rest.length - 4)}-${rest.slice(-4)}`;
  return { ok: true, e164: `+82${national.slice(1)}`, display };
}

interface KoreanRule {
  min: number;
  max: number;
  areaLength: number;
  /** The rule as a sentence, for a number of the wrong length. */
  what: string;
}

function koreanRule(national: string): KoreanRule | undefined {
  const three = national.slice(0, 3);
  if (national.startsWith('02')) return { min: 9, max: 10, areaLength: 2, what: say('handoff.phone.rule.seoul') };
  if (three === '010') return { min: 11, max: 11, areaLength: 3, what: say('handoff.phone.rule.mobile') };
  if (MOBILE.test(three))
    return { min: 10, max: 11, areaLength: 3, what: say('handoff.phone.rule.oldMobile', { prefix: three }) };
  if (REGIONAL.has(three))
    return { min: 10, max: 11, areaLength: 3, what: say('handoff.phone.rule.regional', { prefix: three }) };
  if (three === '070') return { min: 11, max: 11, areaLength: 3, what: say('handoff.phone.rule.internet') };
  if (three === '080') return { min: 10, max: 11, areaLength: 3, what: say('handoff.phone.rule.tollFree') };
  // 050x personal ("safe") numbers, as shops and delivery apps hand out: 0504-1234-5678.
  if (three === '050') return { min: 11, max: 12, areaLength: 4, what: say('handoff.phone.rule.personal') };
  return undefined;
}

function lengthProblem(count: number, what: string, min: number, max: number): CallbackPhone {
  const key =
    count < min ? 'handoff.phone.tooShort' : count > max ? 'handoff.phone.tooLong' : 'handoff.phone.wrongLength';
  return { ok: false, message: say(key, { count: String(count), rule: what }) };
}
