/**
 * After a handoff comes back with a ticket id, the panel offers the agent a ready reply telling the
 * customer where their case went (public reply or DM). It must fit one post: 280 weighted characters
 * as X counts them (Hangul weighs 2).
 */
import { josa } from 'es-hangul';
import { tweetLength } from '@/utils/templates/length';

export function ticketReplyText(
  lang: 'ko' | 'en',
  ticketId: string,
  callCenterName?: string,
  callCenterPhone?: string,
): string {
  const id = ticketId.trim();
  const name = callCenterName?.trim() || undefined;
  const phone = callCenterPhone?.trim() || undefined;
  // From the fullest to the plainest: the first that fits one post wins (a long centre name or
  // number is dropped before the ticket id, which is the point of the reply).
  const candidates = [
    compose(lang, id, name, phone),
    compose(lang, id, undefined, phone),
    compose(lang, id, name, undefined),
    compose(lang, id, undefined, undefined),
  ];
  return candidates.find((text) => tweetLength(text).valid) ?? candidates[candidates.length - 1]!;
}

function compose(lang: 'ko' | 'en', id: string, name: string | undefined, phone: string | undefined): string {
  if (lang === 'ko') {
    // 으로/로 follows the last syllable of the name: "고객센터로", "상담실로", "KT 콜센터로".
    const to = josa(name ?? '고객센터', '으로/로');
    const text = `고객님의 문의를 ${to} 전달했습니다. 접수번호는 ${id}입니다. 곧 연락드리겠습니다.`;
    return phone ? `${text} 문의 전화: ${phone}` : text;
  }
  const text = `We've passed this to ${name ?? 'our call center'}, ticket ${id}. They'll be in touch with you soon.`;
  return phone ? `${text} You can also call them on ${phone}.` : text;
}

/** X's numeric user id (as in the reply context), 1–20 digits. */
const USER_ID = /^\d{1,20}$/;

/** A new DM to the customer, for replies that should not be public; undefined without a user id. */
export function dmComposeUrl(userId?: string): string | undefined {
  const id = userId?.trim();
  return id && USER_ID.test(id) ? `https://x.com/messages/compose?recipient_id=${id}` : undefined;
}
