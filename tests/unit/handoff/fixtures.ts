/** A realistic Korean handoff payload for the handoff unit tests. */
import type { HandoffPayload, HandoffSettings } from '@/utils/handoff/types';
import { DEFAULT_HANDOFF_SETTINGS } from '@/utils/handoff/settings';

export function payload(extra: Partial<HandoffPayload> = {}): HandoffPayload {
  return {
    format: 'careline-handoff',
    version: 1,
    id: '5f0c7f3e-8a53-4a8e-9d55-0c6f2b1e9a01',
    createdAt: '2026-11-29T05:03:00.000Z',
    agent: { name: '박상담' },
    customer: {
      handle: 'minji_kim',
      name: '김민지',
      id: 'C-1001',
      phone: '010-1234-5678',
      attributes: { plan: '5G 프리미엄' },
    },
    conversation: {
      url: 'https://x.com/minji_kim/status/1991000000000000101',
      statusId: '1991000000000000101',
      text: '개통한 지 3일째인데 아직도 데이터가 안 돼요.',
      lang: 'ko',
    },
    reason: '개통 · Activation',
    priority: 'high',
    note: '유심 재발급 필요해 보임',
    callbackPhone: '010-9876-5432',
    history: [
      { at: '2026-11-28T01:00:00.000Z', kind: 'reply', text: '확인 후 안내드리겠습니다.' },
      { at: '2026-11-29T02:00:00.000Z', kind: 'note', text: '고객이 매장 방문 어려움' },
    ],
    ...extra,
  };
}

export function settings(extra: Partial<HandoffSettings> = {}): HandoffSettings {
  return { ...DEFAULT_HANDOFF_SETTINGS, reasons: [...DEFAULT_HANDOFF_SETTINGS.reasons], ...extra };
}
