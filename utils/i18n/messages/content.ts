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
};

export const content = { en, ko };
