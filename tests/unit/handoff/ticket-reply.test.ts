import { describe, expect, it } from 'vitest';
import { dmComposeUrl, ticketReplyText } from '@/utils/handoff/ticket-reply';

describe('ticketReplyText', () => {
  it('tells the customer the ticket in Korean, with the right particle', () => {
    expect(ticketReplyText('ko', 'CL-000001')).toBe(
      '고객님의 문의를 고객센터로 전달했습니다. 접수번호는 CL-000001입니다. 곧 연락드리겠습니다.',
    );
    expect(ticketReplyText('ko', 'CL-1', '모바일 상담실', '1588-1234')).toBe(
      '고객님의 문의를 모바일 상담실로 전달했습니다. 접수번호는 CL-1입니다. 곧 연락드리겠습니다. 문의 전화: 1588-1234',
    );
    expect(ticketReplyText('ko', 'CL-1', '한빛 고객센터')).toContain('한빛 고객센터로 전달');
  });

  it('tells the customer the ticket in English', () => {
    expect(ticketReplyText('en', 'CL-000001')).toBe(
      "We've passed this to our call center, ticket CL-000001. They'll be in touch with you soon.",
    );
    expect(ticketReplyText('en', 'CL-1', 'Hanbit Care', '+82 2-123-4567')).toBe(
      "We've passed this to Hanbit Care, ticket CL-1. They'll be in touch with you soon. You can also call them on +82 2-123-4567.",
    );
  });

  it('fits one post, dropping the extras before the ticket id', () => {
    const longName = '아주 긴 이름의 고객센터 '.repeat(12);
    // With the long name the reply would weigh over 280 (Hangul counts 2): the name goes, the number stays.
    expect(ticketReplyText('ko', '접수-2026-000123', longName, '1588-1234')).toBe(
      '고객님의 문의를 고객센터로 전달했습니다. 접수번호는 접수-2026-000123입니다. 곧 연락드리겠습니다. 문의 전화: 1588-1234',
    );
    const id = 'T'.repeat(100);
    expect(ticketReplyText('ko', id, longName, '1588-1234')).toBe(
      `고객님의 문의를 고객센터로 전달했습니다. 접수번호는 ${id}입니다. 곧 연락드리겠습니다. 문의 전화: 1588-1234`,
    );
    expect(ticketReplyText('en', id, longName, '1588-1234')).toBe(
      `We've passed this to our call center, ticket ${id}. They'll be in touch with you soon. You can also call them on 1588-1234.`,
    );
    // An id that alone is too long for one post: the plainest reply, never a cut id.
    const huge = 'T'.repeat(250);
    expect(ticketReplyText('en', huge, 'Hanbit Care', '1588-1234')).toBe(
      `We've passed this to our call center, ticket ${huge}. They'll be in touch with you soon.`,
    );
  });
});

describe('dmComposeUrl', () => {
  it('opens a DM to a numeric user id, and nothing without one', () => {
    expect(dmComposeUrl('1234567890')).toBe('https://x.com/messages/compose?recipient_id=1234567890');
    expect(dmComposeUrl(undefined)).toBeUndefined();
    expect(dmComposeUrl('')).toBeUndefined();
    expect(dmComposeUrl('minji_kim')).toBeUndefined();
    expect(dmComposeUrl('1&text=hi')).toBeUndefined();
  });
});
