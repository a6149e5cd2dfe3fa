import { describe, expect, it } from 'vitest';
import { parseCallbackPhone } from '@/utils/handoff/phone';

const ok = (input: string) => parseCallbackPhone(input);
const message = (input: string) => {
  const r = parseCallbackPhone(input);
  return r.ok ? `(accepted ${JSON.stringify(r)})` : r.message;
};

describe('parseCallbackPhone', () => {
  it('is optional: empty or blank is fine', () => {
    expect(ok('')).toEqual({ ok: true });
    expect(ok('   ')).toEqual({ ok: true });
  });

  it('reads Korean mobiles however agents type them', () => {
    for (const input of [
      '010-1234-5678',
      '01012345678',
      '010 1234 5678',
      '010.1234.5678',
      '(010) 1234-5678',
      '０１０－１２３４－５６７８',
    ]) {
      expect(ok(input), input).toEqual({ ok: true, e164: '+821012345678', display: '010-1234-5678' });
    }
    expect(ok('011-123-4567')).toEqual({ ok: true, e164: '+82111234567', display: '011-123-4567' });
  });

  it('reads Seoul, regional, internet and toll-free numbers', () => {
    expect(ok('02-123-4567')).toEqual({ ok: true, e164: '+8221234567', display: '02-123-4567' });
    expect(ok('02-1234-5678')).toEqual({ ok: true, e164: '+82212345678', display: '02-1234-5678' });
    expect(ok('031-123-4567')).toEqual({ ok: true, e164: '+82311234567', display: '031-123-4567' });
    expect(ok('0641234567')).toEqual({ ok: true, e164: '+82641234567', display: '064-123-4567' });
    expect(ok('051 1234 5678')).toEqual({ ok: true, e164: '+825112345678', display: '051-1234-5678' });
    expect(ok('070-1234-5678')).toEqual({ ok: true, e164: '+827012345678', display: '070-1234-5678' });
    expect(ok('080-123-4567')).toEqual({ ok: true, e164: '+82801234567', display: '080-123-4567' });
    expect(ok('0504-1234-5678')).toEqual({ ok: true, e164: '+8250412345678', display: '0504-1234-5678' });
  });

  it('keeps representative numbers for display, with no E.164 form', () => {
    expect(ok('1588-1234')).toEqual({ ok: true, display: '1588-1234' });
    expect(ok('16441234')).toEqual({ ok: true, display: '1644-1234' });
    expect(ok('1800 1234')).toEqual({ ok: true, display: '1800-1234' });
    expect(message('1588-12345')).toContain('too long (9 digits)');
    expect(message('+82 1588-1234')).toContain('cannot be dialled with +82');
  });

  it('reads +82 with or without the (0)', () => {
    for (const input of [
      '+82 10-1234-5678',
      '+82 (0)10-1234-5678',
      '+821012345678',
      '+82 010 1234 5678',
      '＋８２ １０ １２３４ ５６７８',
    ]) {
      expect(ok(input), input).toEqual({ ok: true, e164: '+821012345678', display: '010-1234-5678' });
    }
    expect(ok('+82 2 123 4567')).toEqual({ ok: true, e164: '+8221234567', display: '02-123-4567' });
    expect(message('+82 10 1234 567')).toContain('too short');
  });

  it('takes international numbers with + and 8 to 15 digits', () => {
    expect(ok('+1 415 555 0100')).toEqual({ ok: true, e164: '+14155550100', display: '+1 415 555 0100' });
    expect(ok('+44 (0)20 7946 0000')).toMatchObject({ ok: true, e164: '+442079460000' });
    expect(message('+1 555')).toContain('4 digits; with the country code it needs 8 to 15');
    expect(message('+1234567890123456')).toContain('at most 15');
    expect(message('+0 123 456 789')).toContain('never starts with 0');
  });

  it('explains what is wrong', () => {
    expect(message('010-CALL-ME')).toContain('can only contain digits');
    expect(message('전화 010-1234-5678')).toContain('can only contain digits');
    expect(message('010-1234-567')).toBe(
      'This number is too short (10 digits). A mobile number has 11 digits, like 010-1234-5678.',
    );
    expect(message('010-1234-56789')).toContain('too long (12 digits)');
    expect(message('02-12-345')).toContain('A Seoul number (02) has 9 or 10 digits');
    expect(message('099-123-4567')).toContain('099 is not a Korean area code or mobile prefix');
    expect(message('1234-5678')).toContain('Korean numbers start with 0');
    expect(message('001-1-415-555-0100')).toContain('write + and the country code');
    expect(message('010#1234')).toContain('can only contain digits');
    expect(message('--')).toContain("Enter the phone number's digits");
  });
});
