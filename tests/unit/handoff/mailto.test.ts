import { describe, expect, it } from 'vitest';
import { mailSubject, mailtoUrl, MAX_MAILTO_LENGTH } from '@/utils/handoff/mailto';
import { payload, settings } from './fixtures';

const email = settings({ method: 'email', emailTo: 'care@example.com' });
const SEOUL = { timeZone: 'Asia/Seoul' };

function parse(url: string): { to: string; subject: string; body: string } {
  const [to = '', query = ''] = url.replace(/^mailto:/, '').split('?');
  const params = new URLSearchParams(query.replace(/\+/g, '%2B'));
  return { to: decodeURIComponent(to), subject: params.get('subject') ?? '', body: params.get('body') ?? '' };
}

describe('mailtoUrl', () => {
  it('addresses the call center with the reason and handle in the subject and the case in the body', () => {
    const url = mailtoUrl(email, payload(), 'ko', SEOUL);
    expect(url.startsWith('mailto:care@example.com?subject=')).toBe(true);
    expect(url).not.toMatch(/[\s가-힣]/);
    const mail = parse(url);
    expect(mail.subject).toBe('[Careline] 개통 · Activation — @minji_kim');
    expect(mail.body).toContain('고객: 김민지 (@minji_kim)\r\n');
    expect(mail.body).toContain('회신 번호: 010-9876-5432');
    expect(mail.body).not.toContain('truncated');
    expect(url.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
  });

  it('takes several addresses', () => {
    const url = mailtoUrl(settings({ emailTo: 'care@example.com; lead+cc@example.co.kr' }), payload(), 'en');
    expect(url.startsWith('mailto:care@example.com,lead%2Bcc@example.co.kr?')).toBe(true);
  });

  it('drops older history first to stay under the limit', () => {
    const history = Array.from({ length: 10 }, (_, i) => ({
      at: `2026-11-${String(i + 10)}T00:00:00Z`,
      kind: 'reply' as const,
      text: `긴 답장 ${i} ${'가'.repeat(3)}`,
    }));
    const url = mailtoUrl(email, payload({ history }), 'ko', SEOUL);
    expect(url.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
    const { body } = parse(url);
    expect(body).toContain('긴 답장 9'); // the newest stays
    expect(body).not.toContain('긴 답장 0');
    expect(body.endsWith('…(truncated)')).toBe(true);
    expect(body).toContain('상담원 메모:'); // the case itself is whole
  });

  it('cuts the case itself when even without history it is too long', () => {
    const url = mailtoUrl(email, payload({ conversation: { text: '데이터가 안 돼요. '.repeat(200) } }), 'ko', SEOUL);
    expect(url.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
    expect(url.length).toBeGreaterThan(MAX_MAILTO_LENGTH - 20);
    const { body } = parse(url);
    expect(body.startsWith('[Careline] 고객센터 이관')).toBe(true);
    expect(body.endsWith('\n…(truncated)')).toBe(true);
  });

  it('writes a subject without a handle when there is none', () => {
    expect(mailSubject(payload({ customer: { handle: '', attributes: {} } }))).toBe('[Careline] 개통 · Activation');
  });
});
