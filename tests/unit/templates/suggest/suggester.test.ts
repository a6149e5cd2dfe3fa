import { describe, expect, it } from 'vitest';
import { createSuggester, postLanguage } from '@/utils/templates/suggest/suggester';
import { careTerms, englishStem, koreanStem } from '@/utils/templates/suggest/terms';
import { INTENT_NAMES, intentCounts } from '@/utils/templates/suggest/intents';
import { SAMPLE_TEMPLATES } from '@/utils/templates/samples';
import type { TemplateRecord } from '@/utils/db/types';
import { LIBRARY, POSTS, accuracy } from '../../../fixtures/suggest/labelled';

const record = (t: Omit<TemplateRecord, 'locked' | 'usageCount' | 'createdAt' | 'updatedAt'>): TemplateRecord => ({
  ...t,
  locked: false,
  usageCount: 0,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
});
const strongest = (text: string) => {
  const counts = intentCounts(text);
  return INTENT_NAMES[counts.indexOf(Math.max(...counts))];
};

describe('care terms', () => {
  it('cuts Korean particles and endings, keeping the stem and its syllable pairs', () => {
    expect(koreanStem('인터넷이')).toBe('인터넷');
    expect(koreanStem('끊겨요')).toBe('끊겨');
    expect(careTerms('배송조회가')).toEqual(['=배송조회', '배송', '송조', '조회']);
  });
  it('stems English plurals and past forms onto one word', () => {
    expect(englishStem('refunds')).toBe(englishStem('refunded'));
    expect(englishStem('charges')).toBe(englishStem('charged'));
  });
  it('drops mentions, links, placeholders and filler words', () => {
    expect(careTerms('@acme_care hi {{customer.name}} https://t.co/x my bill')).toEqual(['bill']);
  });
});

describe('intents', () => {
  it('reads what a post is about in Korean and English', () => {
    expect(strongest('인터넷이 저녁마다 끊겨요')).toBe('internet');
    expect(strongest('배송이 일주일째 안 와요')).toBe('delivery');
    expect(strongest('I was charged twice on my bill')).toBe('billing');
    expect(strongest('Someone is impersonating you to scam people')).toBe('fraud');
  });
  it('finds Hangul cues written with or without a space (두 번, 두번)', () => {
    expect(intentCounts('두번 빠져나갔어요')).toEqual(intentCounts('두 번 빠져나갔어요'));
  });
});

describe('createSuggester', () => {
  const samples = SAMPLE_TEMPLATES.map(record);
  it('suggests the reply for the post, not the first of the library', () => {
    const s = createSuggester(samples);
    expect(s.suggest('인터넷이 저녁마다 끊겨요. 공유기 재부팅해도 똑같아요', 'ko')[0]?.template.id).toBe(
      'sample-internet-ko',
    );
    expect(s.suggest('배송 조회가 안 돼요… 오늘 받을 수 있을까요?', 'ko')[0]?.template.id).toBe('sample-delivery-ko');
    expect(s.suggest('@acme_care 이번 달 요금이 두 번 청구됐어요', 'ko')[0]?.template.id).toBe('sample-billing-ko');
    expect(s.suggest('My phone has had no signal since the outage this morning', 'en')[0]?.template.id).toBe(
      'sample-outage-en',
    );
    expect(s.suggest('개통이 3일째 안 되고 있어요', 'ko')[0]?.template.id).toBe('sample-activation-delay-ko');
  });
  it('prefers a template in the post language', () => {
    const s = createSuggester(LIBRARY);
    expect(s.suggest('Where is my package? Tracking has not moved', 'en')[0]?.template.id).toBe('delivery-en');
    expect(s.suggest('택배가 일주일째 안 와요', 'ko')[0]?.template.id).toBe('delivery-ko');
  });
  it('suggests nothing for a post about nothing it knows', () => {
    expect(createSuggester(LIBRARY).suggest('New phone day! Setting everything up now.', 'en')).toEqual([]);
    expect(createSuggester(LIBRARY).suggest('', 'en')).toEqual([]);
  });
  it("learns from the team's sent replies: a similar post gets the template they chose", () => {
    const plain = createSuggester(LIBRARY);
    const post = 'The kiosk at the mall swallowed my ticket';
    expect(plain.suggest(post, 'en')[0]?.template.id).not.toBe('escalate-en');
    const learned = createSuggester(LIBRARY, [
      { postText: 'The kiosk at the station swallowed my ticket again', templateId: 'escalate-en' },
    ]);
    expect(learned.suggest(post, 'en')[0]?.template.id).toBe('escalate-en');
  });
  it('ignores history for templates no longer in the library', () => {
    const s = createSuggester(LIBRARY, [{ postText: 'kiosk swallowed my ticket', templateId: 'gone' }]);
    expect(s.suggest('kiosk swallowed my ticket', 'en').map((x) => x.template.id)).not.toContain('gone');
  });
  it('detects the language when X gives none', () => {
    expect(postLanguage('인터넷이 안 돼요 wifi')).toBe('ko');
    expect(postLanguage('my wifi 안돼')).toBe('en');
    expect(postLanguage('x', 'ko-KR')).toBe('ko');
  });
});

describe('the labelled set (tests/fixtures/suggest)', () => {
  const s = createSuggester(LIBRARY);
  it('has at least 150 posts over at least 15 intents, Korean and English', () => {
    expect(POSTS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(POSTS.map((p) => p.intent)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(POSTS.map((p) => p.lang))).toEqual(new Set(['ko', 'en']));
  });
  for (const split of ['tuning', 'held-out'] as const) {
    it(`meets top-1 >= 70 % and top-3 >= 90 % on the ${split} posts`, () => {
      const a = accuracy(
        s,
        POSTS.filter((p) => p.split === split),
      );
      expect(a.top1).toBeGreaterThanOrEqual(0.7);
      expect(a.top3).toBeGreaterThanOrEqual(0.9);
    });
  }
});
