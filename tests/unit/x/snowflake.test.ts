import { describe, expect, it } from 'vitest';
import { X_EPOCH_MS, postedAt, snowflakeAt } from '@/utils/x/snowflake';

describe('snowflake post times', () => {
  it("reads the time of a real post's id", () => {
    // A captured x.com page shows status 1981398750557065646 with <time datetime="2025-10-23T16:34:09.000Z">
    // (X's datetime drops the milliseconds).
    expect(postedAt('1981398750557065646')?.toISOString().slice(0, 19)).toBe('2025-10-23T16:34:09');
  });

  it('gives back the time an id was made for, whatever the sequence', () => {
    const at = new Date('2026-12-07T23:59:59.999Z');
    expect(postedAt(snowflakeAt(at))?.toISOString()).toBe(at.toISOString());
    expect(postedAt(snowflakeAt(at, 4_194_303))?.toISOString()).toBe(at.toISOString());
    expect(snowflakeAt(at, 1)).not.toBe(snowflakeAt(at, 2));
  });

  it('answers unknown for counter ids from before snowflakes and for what is not an id', () => {
    expect(postedAt('20')).toBeNull();
    expect(postedAt('29700859247')).toBeNull();
    expect(postedAt('')).toBeNull();
    expect(postedAt('12a4')).toBeNull();
    expect(postedAt('99999999999999999999')).toBeNull();
  });

  it('refuses times before the epoch and sequences out of range', () => {
    expect(() => snowflakeAt(new Date(X_EPOCH_MS - 1))).toThrow(RangeError);
    expect(() => snowflakeAt(new Date(), 1 << 22)).toThrow(RangeError);
    expect(() => snowflakeAt(new Date(), -1)).toThrow(RangeError);
  });
});
