import { describe, expect, it } from 'vitest';
import {
  hangulToQwerty,
  hasHangul,
  layoutReadings,
  otherLayoutReading,
  qwertyToHangul,
  shortcutFromHangul,
} from '@/utils/text/keyboard-layout';

describe('qwertyToHangul', () => {
  it('composes 두벌식 keystrokes into syllables', () => {
    expect(qwertyToHangul('rkatk')).toBe('감사');
    expect(qwertyToHangul('dkssudgktpdy')).toBe('안녕하세요');
    expect(qwertyToHangul('RkaTk')).toBe('깜싸');
  });
  it('leaves text without Latin letters alone', () => {
    expect(qwertyToHangul('123 !?')).toBe('123 !?');
    expect(qwertyToHangul('감사')).toBe('감사');
  });
});

describe('hangulToQwerty', () => {
  it('reads Hangul back as the keys pressed', () => {
    expect(hangulToQwerty('소무ㅏㄴ')).toBe('thanks');
    expect(hangulToQwerty('감사')).toBe('rkatk');
    expect(hangulToQwerty('쏘리')).toBe('Thfl');
  });
  it('keeps what is not Hangul', () => {
    expect(hangulToQwerty('안녕 hi 1')).toBe('dkssud hi 1');
    expect(hangulToQwerty('plain')).toBe('plain');
  });
});

describe('otherLayoutReading', () => {
  it('reads Latin typed for Korean as Korean', () => {
    expect(otherLayoutReading('rkatk')).toBe('감사');
    expect(otherLayoutReading('rkat')).toBe('감ㅅ'); // still typing the last syllable
  });
  it('reads Hangul typed for English as English', () => {
    expect(otherLayoutReading('소무ㅏㄴ')).toBe('thanks');
    expect(otherLayoutReading('ㅗ디ㅣㅐ')).toBe('hello');
  });
  it('has no reading for English words that are not Korean keystrokes', () => {
    expect(otherLayoutReading('thanks')).toBeNull(); // 소무ㅏㄴ has loose vowels
    expect(otherLayoutReading('a')).toBeNull(); // ㅁ alone is not a syllable
    expect(otherLayoutReading('re')).toBeNull();
  });
  it('keeps initial-consonant searches Korean', () => {
    expect(otherLayoutReading('ㄱㅅ')).toBeNull();
  });
  it('has no reading for empty or letterless text', () => {
    expect(otherLayoutReading('   ')).toBeNull();
    expect(otherLayoutReading('42')).toBeNull();
  });
});

describe('layoutReadings', () => {
  it('lists the query first and its other reading second', () => {
    expect(layoutReadings('rkatk')).toEqual(['rkatk', '감사']);
    expect(layoutReadings('thanks')).toEqual(['thanks']);
  });
});

describe('shortcutFromHangul', () => {
  it('maps a Hangul-mode shortcut prefix to lower-case keys', () => {
    expect(shortcutFromHangul('소무ㅏㄴ')).toBe('thanks');
    expect(shortcutFromHangul('쏘무ㅏㄴ')).toBe('thanks');
    expect(shortcutFromHangul('ㅅ')).toBe('t');
  });
  it('is null without Hangul', () => {
    expect(shortcutFromHangul('thanks')).toBeNull();
    expect(shortcutFromHangul('')).toBeNull();
  });
  it('detects Hangul', () => {
    expect(hasHangul('a가')).toBe(true);
    expect(hasHangul('ㅏ')).toBe(true);
    expect(hasHangul('abc')).toBe(false);
  });
});
