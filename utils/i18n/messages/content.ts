/**
 * The content script's words on x.com, English and Korean (see utils/i18n/translate.ts). The content
 * script builds its translator from this table alone (entrypoints/x.content/words.ts), so it stays small.
 */
const en = {
  'content.openCareline': 'Open Careline',
  'content.closeCareline': 'Close Careline',
  'content.shortcuts': 'Careline shortcuts',
  'content.shortcutsHint': 'Tab or Enter to insert · Esc to close',
  'content.shortcutsHintPanel': 'Tab or Enter to open it in the Careline panel · Esc to close',
  'content.shortcutViaPanel': ' · opens in the panel',
  'content.stale': 'Careline was updated or restarted: reload this page to reconnect.',
  'content.dismiss': 'Dismiss',
  // The queue's marks on X's lists: states and durations only, never who.
  'content.queue.answeredIn': 'Answered in {time}',
  'content.queue.answered': 'Answered',
  'content.queue.handedOff': 'Handed off',
  'content.queue.handedOffTicket': 'Handed off · {state}',
  'content.queue.ticket.received': 'Received',
  'content.queue.ticket.in-progress': 'In progress',
  'content.queue.ticket.solved': 'Solved',
  'content.queue.ticket.closed': 'Closed',
  'content.queue.claimed': 'Claimed',
  'content.queue.waiting': 'Waiting {time}',
  'content.queue.pastTarget': 'Past the {target}-minute target',
  'content.queue.minutes.one': '{n} min',
  'content.queue.minutes.other': '{n} min',
  'content.queue.hours.one': '{n} hr',
  'content.queue.hours.other': '{n} hr',
  'content.queue.days.one': '{n} day',
  'content.queue.days.other': '{n} days',
} as const;

const ko: Record<keyof typeof en, string> = {
  'content.openCareline': 'Careline 열기',
  'content.closeCareline': 'Careline 닫기',
  'content.shortcuts': 'Careline 단축어',
  'content.shortcutsHint': 'Tab 또는 Enter로 삽입 · Esc로 닫기',
  'content.shortcutsHintPanel': 'Tab 또는 Enter로 Careline 패널에서 열기 · Esc로 닫기',
  'content.shortcutViaPanel': ' · 패널에서 열림',
  'content.stale': 'Careline이 업데이트되었거나 다시 시작되었습니다. 다시 연결하려면 이 페이지를 새로고침하세요.',
  'content.dismiss': '닫기',
  'content.queue.answeredIn': '{time} 만에 답변함',
  'content.queue.answered': '답변함',
  'content.queue.handedOff': '이관됨',
  'content.queue.handedOffTicket': '이관됨 · {state}',
  'content.queue.ticket.received': '접수됨',
  'content.queue.ticket.in-progress': '처리 중',
  'content.queue.ticket.solved': '해결됨',
  'content.queue.ticket.closed': '종료됨',
  'content.queue.claimed': '담당자 있음',
  'content.queue.waiting': '{time}째 대기 중',
  'content.queue.pastTarget': '목표 응답 시간 {target}분 초과',
  'content.queue.minutes.one': '{n}분',
  'content.queue.minutes.other': '{n}분',
  'content.queue.hours.one': '{n}시간',
  'content.queue.hours.other': '{n}시간',
  'content.queue.days.one': '{n}일',
  'content.queue.days.other': '{n}일',
};

export const content = { en, ko };
