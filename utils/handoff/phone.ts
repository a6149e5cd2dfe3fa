/**
 * The callback phone an agent types into the handoff dialog: optional, Korean numbers as agents
 * write them (010-1234-5678, 02-123-4567, 1588-1234, +82 10…) and international ones with +.
 * Normalised to E.164 for the call center's dialler and to the usual Korean grouping for people.
 */

export type CallbackPhone = { ok: true; e164?: string; display?: string } | { ok: false; message: string };

/** Korean mobile prefixes: 010 (11 digits); the old 011/016–019 also had 10-digit numbers. */
const MOBILE = /^01[016789]$/;
const REGIONAL = new Set(['031', '032', '033', '041', '042', '043', '044', '051', '052', '053', '054', '055', '061', '062', '063', '064']);
const EXAMPLE = 'for example 010-1234-5678, 02-123-4567, 1588-1234 or +82 10-1234-5678';

export function parseCallbackPhone(input: string): CallbackPhone {
  // NFKC: full-width digits and ＋ from a Korean IME become ASCII; any dash counts as a separator.
  const text = input.normalize('NFKC').trim();
  if (text === '') return { ok: true };
  if (/\p{L}/u.test(text)) {
    return { ok: false, message: `A phone number can only contain digits, spaces, hyphens and a leading + (${EXAMPLE})` };
  }
  const international = text.startsWith('+');
  // "+82 (0)10…": the (0) is the domestic trunk prefix, written for people, never dialled after +.
  const body = (international ? text.slice(1) : text).replace(/\(0\)/g, '');
  if (/[^\d\s\-‐‑‒–—.()/]/.test(body)) {
    return { ok: false, message: `A phone number can only contain digits, spaces, hyphens and a leading + (${EXAMPLE})` };
  }
  const digits = body.replace(/\D/g, '');
  if (digits === '') return { ok: false, message: `Enter the phone number's digits (${EXAMPLE})` };

  if (international) {
    if (digits.startsWith('82')) {
      // Some write the trunk 0 without brackets: +82 010-…
      const national = digits.slice(2).startsWith('0') ? digits.slice(2) : `0${digits.slice(2)}`;
      // 8 digits after +82: a 15xx/16xx/18xx representative number (016/018 mobiles are longer).
      if (/^1[568]/.test(national.slice(1)) && national.length === 9) {
        return { ok: false, message: 'Representative numbers (15xx, 16xx, 18xx) cannot be dialled with +82: enter them as 1588-1234' };
      }
      return korean(national);
    }
    if (digits.startsWith('0')) return { ok: false, message: 'After + comes the country code, which never starts with 0 (Korea is +82)' };
    if (digits.length < 8) return { ok: false, message: `This international number has ${digits.length} digits; with the country code it needs 8 to 15` };
    if (digits.length > 15) return { ok: false, message: `This international number has ${digits.length} digits; with the country code it can have at most 15` };
    return { ok: true, e164: `+${digits}`, display: text.replace(/\s+/g, ' ') };
  }
  if (digits.startsWith('00')) {
    return { ok: false, message: 'For a number outside Korea, write + and the country code instead of the international prefix (00…)' };
  }
  if (/^1[568]/.test(digits)) return representative(digits);
  if (!digits.startsWith('0')) {
    return { ok: false, message: `Korean numbers start with 0 (an area code or 010) or are 8-digit representative numbers; numbers outside Korea start with + (${EXAMPLE})` };
  }
  return korean(digits);
}

/** 1588-1234: nationwide, no area code, not reachable from abroad (so no E.164 form). */
function representative(digits: string): CallbackPhone {
  if (digits.length !== 8) return lengthProblem(digits.length, 'A representative number (15xx, 16xx, 18xx) has 8 digits, like 1588-1234', 8, 8);
  return { ok: true, display: `${digits.slice(0, 4)}-${digits.slice(4)}` };
}

/** A national number with its leading 0: checks the prefix and length, formats it. */
function korean(national: string): CallbackPhone {
  const rule = koreanRule(national);
  if (!rule) {
    const prefix = national.slice(0, 3);
    return { ok: false, message: `${prefix} is not a Korean area code or mobile prefix (${EXAMPLE})` };
  }
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
  what: string;
}

function koreanRule(national: string): KoreanRule | undefined {
  const three = national.slice(0, 3);
  if (national.startsWith('02')) return { min: 9, max: 10, areaLength: 2, what: 'A Seoul number (02) has 9 or 10 digits, like 02-123-4567' };
  if (three === '010') return { min: 11, max: 11, areaLength: 3, what: 'A mobile number has 11 digits, like 010-1234-5678' };
  if (MOBILE.test(three)) return { min: 10, max: 11, areaLength: 3, what: `A ${three} mobile number has 10 or 11 digits` };
  if (REGIONAL.has(three)) return { min: 10, max: 11, areaLength: 3, what: `A ${three} number has 10 or 11 digits, like ${three}-123-4567` };
  if (three === '070') return { min: 11, max: 11, areaLength: 3, what: 'An internet phone number (070) has 11 digits, like 070-1234-5678' };
  if (three === '080') return { min: 10, max: 11, areaLength: 3, what: 'A toll-free number (080) has 10 or 11 digits, like 080-123-4567' };
  // 050x personal ("safe") numbers, as shops and delivery apps hand out: 0504-1234-5678.
  if (three === '050') return { min: 11, max: 12, areaLength: 4, what: 'A 050 number has 11 or 12 digits, like 0504-1234-5678' };
  return undefined;
}

function lengthProblem(count: number, what: string, min: number, max: number): CallbackPhone {
  const side = count < min ? 'too short' : count > max ? 'too long' : 'the wrong length';
  return { ok: false, message: `This number is ${side} (${count} digits). ${what}.` };
}
