import { describe, expect, it } from 'vitest';
import { findPlace, PLACES, placeByName } from '@/utils/templates/suggest/places';
import { postTopic } from '@/utils/templates/suggest/topic';

const named = (text: string) => findPlace(text)?.ko ?? null;

describe('findPlace', () => {
  it('finds a station named with 역, before any particle', () => {
    expect(named('강남역에서 LTE가 안 터져요')).toBe('강남역');
    expect(named('홍대입구역 출구 쪽 와이파이 먹통')).toBe('홍대입구역');
  });

  it('finds a district bare or with 구', () => {
    expect(named('마포구 인터넷 장애인가요?')).toBe('마포구');
    expect(named('송파에서 5G 신호가 약해요')).toBe('송파구');
  });

  it('prefers a station to a district, whichever comes first', () => {
    expect(named('강남구 사는데 잠실역에서만 끊겨요')).toBe('잠실역');
  });

  it('takes the first of two places of the same kind', () => {
    expect(named('신촌역이랑 합정역 둘 다 안 돼요')).toBe('신촌역');
  });

  it('reads English names, with Station, -gu or district', () => {
    expect(named('No signal at Gangnam Station since 9am')).toBe('강남역');
    expect(named('internet down in gangnam-gu')).toBe('강남구');
    expect(named('Mapo district has no LTE')).toBe('마포구');
    expect(named('stuck in Hongdae with no data')).toBe('홍대입구역');
  });

  it('matches at the start of a word only', () => {
    // 서강남 is no place; 역삼역 must not be read as 삼역.
    expect(named('서강남 어딘가')).toBeNull();
    expect(named('역삼역 근처')).toBe('역삼역');
    expect(named('the mapobox router')).toBeNull();
  });

  it('leaves everyday words that are also place names alone without their 구 or 역', () => {
    expect(named('앱이 동작을 안 해요')).toBeNull();
    expect(named('삼성 폰인데 유심 인식이 안 돼요')).toBeNull();
    expect(named('영상 시청이 안 돼요')).toBeNull();
    expect(named('동작구 인터넷')).toBe('동작구');
    expect(named('삼성역 앞')).toBe('삼성역');
  });

  it('finds nothing in a post that names no place', () => {
    expect(named('요금이 두 번 청구됐어요')).toBeNull();
    expect(named('my bill is wrong')).toBeNull();
  });

  it('knows every place in English too, and by its Korean name', () => {
    expect(PLACES.length).toBeGreaterThan(50);
    expect(placeByName('강남역')?.en).toBe('Gangnam Station');
    expect(placeByName('강남구')?.en).toBe('Gangnam-gu');
    for (const place of PLACES) expect(findPlace(place.en)?.ko).toBe(place.ko);
  });
});

describe('postTopic', () => {
  it('is the intent the post speaks of most', () => {
    expect(postTopic('강남역 LTE 장애인가요? 신호가 안 잡혀요')).toBe('outage');
    expect(postTopic('I was charged twice on my bill')).toBe('billing');
  });

  it("is 'other' when the post names no intent", () => {
    expect(postTopic('@acme_care 안녕하세요')).toBe('other');
  });
});
