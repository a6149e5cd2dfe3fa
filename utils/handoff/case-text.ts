/**
 * The case as a person reads it: the body of the e-mail handoff and the panel's preview before
 * sending. Korean or English (the agent's panel language); empty fields are left out, not printed
 * as blanks the call center would wonder about.
 */
import type { HandoffPayload, HandoffPriority } from './types';

export type CaseLang = 'ko' | 'en';

export interface CaseTextOptions {
  /** How many history entries to list (newest first); mailto.ts lowers it to fit a mailto: URL. */
  historyLimit?: number;
  /** Time zone for the times shown; the agent's own by default (tests pin it). */
  timeZone?: string;
}

/** Enough for the call center to see what happened lately without reading the whole history. */
export const DEFAULT_HISTORY_LINES = 10;
/** One history entry is one line; a long reply is cut, the full text is in the webhook payload. */
const HISTORY_TEXT_MAX = 200;

const LABELS = {
  ko: {
    title: '[Careline] 고객센터 이관',
    reason: '사유',
    priority: '우선순위',
    customer: '고객',
    crmId: '고객번호',
    phone: '전화번호',
    callback: '회신 번호',
    conversation: '대화',
    text: '고객 글',
    note: '상담원 메모',
    agent: '상담원',
    created: '접수 시각',
    history: '최근 이력',
    more: (n: number) => `(이전 이력 ${n}건 생략)`,
    id: '이관 ID',
    kinds: { reply: '답장', note: '메모', handoff: '이관' },
    priorities: { low: '낮음', normal: '보통', high: '높음', urgent: '긴급' } satisfies Record<HandoffPriority, string>,
  },
  en: {
    title: '[Careline] Call center handoff',
    reason: 'Reason',
    priority: 'Priority',
    customer: 'Customer',
    crmId: 'Customer ID',
    phone: 'Phone',
    callback: 'Call back on',
    conversation: 'Conversation',
    text: 'Customer wrote',
    note: 'Agent note',
    agent: 'Agent',
    created: 'Created',
    history: 'Recent history',
    more: (n: number) => `(${n} older entries not shown)`,
    id: 'Handoff ID',
    kinds: { reply: 'reply', note: 'note', handoff: 'handoff' },
    priorities: { low: 'low', normal: 'normal', high: 'high', urgent: 'urgent' } satisfies Record<
      HandoffPriority,
      string
    >,
  },
};

export function caseText(payload: HandoffPayload, lang: CaseLang, opts: CaseTextOptions = {}): string {
  const l = LABELS[lang];
  const when = timeFormatter(lang, opts.timeZone);
  const lines: string[] = [l.title, ''];
  const field = (label: string, value: string | undefined) => {
    const v = value?.trim();
    if (v) lines.push(`${label}: ${v}`);
  };
  const { customer, conversation } = payload;
  field(l.reason, payload.reason);
  field(l.priority, l.priorities[payload.priority] ?? payload.priority);
  const handle = customer.handle ? `@${customer.handle.replace(/^@/, '')}` : '';
  field(l.customer, customer.name?.trim() ? `${customer.name.trim()}${handle ? ` (${handle})` : ''}` : handle);
  field(l.crmId, customer.id);
  field(l.phone, customer.phone);
  field(l.callback, payload.callbackPhone);
  field(l.conversation, conversation.url);
  if (conversation.text?.trim()) {
    lines.push(`${l.text}:`);
    for (const line of conversation.text.trim().split(/\r?\n/)) lines.push(`> ${line}`);
  }
  if (payload.note.trim()) {
    lines.push(`${l.note}:`);
    lines.push(...payload.note.trim().split(/\r?\n/));
  }
  field(l.agent, payload.agent.name);
  field(l.created, formatTime(when, payload.createdAt));
  field(l.id, payload.id);

  const history = [...payload.history].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const limit = Math.max(0, opts.historyLimit ?? DEFAULT_HISTORY_LINES);
  if (history.length > 0 && limit > 0) {
    lines.push('', `${l.history}:`);
    for (const event of history.slice(0, limit)) {
      const kind = l.kinds[event.kind] ?? event.kind;
      lines.push(
        `- ${formatTime(when, event.at)} ${kind}: ${cut(event.text.replace(/\s+/g, ' ').trim(), HISTORY_TEXT_MAX)}`,
      );
    }
    if (history.length > limit) lines.push(l.more(history.length - limit));
  }
  return lines.join('\n');
}

function timeFormatter(lang: CaseLang, timeZone?: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(lang === 'ko' ? 'ko-KR' : 'en-GB', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    ...(timeZone ? { timeZone, timeZoneName: 'short' } : { timeZoneName: 'short' }),
  });
}

/** A readable local time, or the stored text when it is not a date. */
function formatTime(format: Intl.DateTimeFormat, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

function cut(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}
