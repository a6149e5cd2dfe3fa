import { describe, expect, it } from 'vitest';
import { caseText } from '@/utils/handoff/case-text';
import { payload } from './fixtures';

const SEOUL = { timeZone: 'Asia/Seoul' };

describe('caseText', () => {
  it('writes the Korean case with every filled field, history newest first', () => {
    const text = caseText(payload(), 'ko', SEOUL);
    expect(text.split('\n')).toEqual([
      '[Careline] 고객센터 이관',
      '',
      '사유: 개통 · Activation',
      '우선순위: 높음',
      '고객: 김민지 (@minji_kim)',
      '고객번호: C-1001',
      '전화번호: 010-1234-5678',
      '회신 번호: 010-9876-5432',
      '대화: https://x.com/minji_kim/status/1991000000000000101',
      '고객 글:',
      '> 개통한 지 3일째인데 아직도 데이터가 안 돼요.',
      '상담원 메모:',
      '유심 재발급 필요해 보임',
      '상담원: 박상담',
      expect.stringMatching(/^접수 시각: 2026\. 11\. 29\. 14:03/),
      '이관 ID: 5f0c7f3e-8a53-4a8e-9d55-0c6f2b1e9a01',
      '',
      '최근 이력:',
      expect.stringMatching(/^- 2026\. 11\. 29\. 11:00 .* 메모: 고객이 매장 방문 어려움$/),
      expect.stringMatching(/^- 2026\. 11\. 28\. 10:00 .* 답장: 확인 후 안내드리겠습니다\.$/),
    ]);
  });

  it('writes English labels and leaves out what is empty', () => {
    const bare = payload({
      customer: { handle: 'sam_lee', attributes: {} },
      conversation: {},
      note: '  ',
      callbackPhone: undefined,
      history: [],
      priority: 'urgent',
    });
    const text = caseText(bare, 'en', SEOUL);
    expect(text).toContain('Customer: @sam_lee\n');
    expect(text).toContain('Priority: urgent');
    expect(text).not.toMatch(/Phone|Call back on|Conversation|Agent note|Recent history|Customer wrote/);
  });

  it('lists at most the asked number of history entries and says how many are left out', () => {
    const history = Array.from({ length: 14 }, (_, i) => ({
      at: `2026-11-${String(i + 1).padStart(2, '0')}T00:00:00Z`,
      kind: 'reply' as const,
      text: `답장 ${i + 1}`,
    }));
    const text = caseText(payload({ history }), 'en', SEOUL);
    expect(text.match(/^- /gm)).toHaveLength(10);
    expect(text).toContain('reply: 답장 14');
    expect(text).not.toContain('답장 4\n');
    expect(text).toContain('(4 older entries not shown)');
    expect(caseText(payload({ history }), 'ko', { ...SEOUL, historyLimit: 0 })).not.toContain('최근 이력');
  });

  it('keeps each history entry on one line', () => {
    const text = caseText(
      payload({ history: [{ at: '2026-11-29T00:00:00Z', kind: 'handoff', text: `first\nsecond ${'x'.repeat(300)}` }] }),
      'en',
      SEOUL,
    );
    const line = text.split('\n').find((l) => l.startsWith('- '));
    expect(line).toMatch(/handoff: first second x+…$/);
  });
});
