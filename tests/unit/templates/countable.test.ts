import { describe, expect, it } from 'vitest';
import { countableReply } from '@/utils/templates/countable';

const BODY =
  '{{customer.name | "고객"}}님, {{input:청구월}} 청구 내역을 확인했습니다. {{input:청구월}} 요금은 {{input:금액}}원입니다.';
const VALUES = { customer: { name: '김민지' } };

describe('countableReply: what the meter counts before and during Fill in', () => {
  it('counts untyped fill-ins as nothing, not as their {{input:…}} placeholder', () => {
    expect(countableReply(BODY, VALUES)).toEqual({
      text: '김민지님,  청구 내역을 확인했습니다.  요금은 원입니다.',
      pending: true,
    });
  });

  it('counts what has been typed so far, and is complete once every field is', () => {
    expect(countableReply(BODY, VALUES, { 청구월: '11월' })).toEqual({
      text: '김민지님, 11월 청구 내역을 확인했습니다. 11월 요금은 원입니다.',
      pending: true,
    });
    expect(countableReply(BODY, VALUES, { 청구월: '11월', 금액: '55,000' }).pending).toBe(false);
  });

  it('keeps a missing customer value as the placeholder that "Insert anyway" would insert', () => {
    expect(countableReply('Your plan is {{customer.plan}}.', {}).text).toBe('Your plan is {{customer.plan}}.');
  });
});
