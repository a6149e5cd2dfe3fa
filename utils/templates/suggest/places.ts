/**
 * Where a post says the trouble is: Seoul's districts and major stations, in Korean and English
 * ("강남역 LTE 안 터져요", "no signal at Gangnam Station"). Found on the agent's machine, so only the
 * place's name, never the post, leaves it with the reply. A station is more precise than a district,
 * so it wins; among equals the first named wins.
 *
 * A name matches at the start of a word only (강남 in 강남에서, not in 서강남); after it anything may
 * follow (Korean particles). Names that are also everyday words (동작 "operation", 삼성 the company,
 * 시청 "viewing", 교대 "shift") match only with their 구 or 역.
 */

export interface Place {
  /** The name the team sees (the reply-sent event's `place`): Korean, with its 구 or 역. */
  ko: string;
  en: string;
  kind: 'district' | 'station';
}

interface Entry {
  /** Korean name without 구 / 역. */
  ko: string;
  en: string;
  /** The bare name (no 구 / 역) is enough. */
  bare: boolean;
  /** Other names people use (홍대 for 홍대입구역), matched bare. */
  aliases?: string[];
}

// A gazetteer reads best one place a line, so the formatter leaves it as written.
// prettier-ignore
const DISTRICTS: Entry[] = [
  { ko: '종로', en: 'Jongno', bare: true }, { ko: '중', en: 'Jung', bare: false },
  { ko: '용산', en: 'Yongsan', bare: true }, { ko: '성동', en: 'Seongdong', bare: true },
  { ko: '광진', en: 'Gwangjin', bare: true }, { ko: '동대문', en: 'Dongdaemun', bare: true },
  { ko: '중랑', en: 'Jungnang', bare: true }, { ko: '성북', en: 'Seongbuk', bare: true },
  { ko: '강북', en: 'Gangbuk', bare: true }, { ko: '도봉', en: 'Dobong', bare: true },
  { ko: '노원', en: 'Nowon', bare: true }, { ko: '은평', en: 'Eunpyeong', bare: true },
  { ko: '서대문', en: 'Seodaemun', bare: true }, { ko: '마포', en: 'Mapo', bare: true },
  { ko: '양천', en: 'Yangcheon', bare: true }, { ko: '강서', en: 'Gangseo', bare: true },
  { ko: '구로', en: 'Guro', bare: true }, { ko: '금천', en: 'Geumcheon', bare: true },
  { ko: '영등포', en: 'Yeongdeungpo', bare: true }, { ko: '동작', en: 'Dongjak', bare: false },
  { ko: '관악', en: 'Gwanak', bare: true }, { ko: '서초', en: 'Seocho', bare: true },
  { ko: '강남', en: 'Gangnam', bare: true }, { ko: '송파', en: 'Songpa', bare: true },
  { ko: '강동', en: 'Gangdong', bare: true },
];

// prettier-ignore
const STATIONS: Entry[] = [
  { ko: '서울', en: 'Seoul', bare: false }, { ko: '강남', en: 'Gangnam', bare: false },
  { ko: '홍대입구', en: 'Hongik University', bare: true, aliases: ['홍대', 'Hongdae'] },
  { ko: '잠실', en: 'Jamsil', bare: true }, { ko: '신촌', en: 'Sinchon', bare: true },
  { ko: '사당', en: 'Sadang', bare: false }, { ko: '신도림', en: 'Sindorim', bare: true },
  { ko: '고속터미널', en: 'Express Bus Terminal', bare: true }, { ko: '왕십리', en: 'Wangsimni', bare: true },
  { ko: '시청', en: 'City Hall', bare: false }, { ko: '여의도', en: 'Yeouido', bare: true },
  { ko: '건대입구', en: 'Konkuk University', bare: true, aliases: ['건대', 'Kondae'] },
  { ko: '교대', en: 'Seoul National University of Education', bare: false },
  { ko: '삼성', en: 'Samseong', bare: false }, { ko: '선릉', en: 'Seolleung', bare: true },
  { ko: '역삼', en: 'Yeoksam', bare: true }, { ko: '합정', en: 'Hapjeong', bare: true },
  { ko: '이태원', en: 'Itaewon', bare: true }, { ko: '명동', en: 'Myeongdong', bare: true, aliases: ['Myeong-dong'] },
  { ko: '노량진', en: 'Noryangjin', bare: true }, { ko: '용산', en: 'Yongsan', bare: false },
  { ko: '영등포', en: 'Yeongdeungpo', bare: false }, { ko: '수서', en: 'Suseo', bare: true },
  { ko: '광화문', en: 'Gwanghwamun', bare: true }, { ko: '신림', en: 'Sillim', bare: true },
  { ko: '구로디지털단지', en: 'Guro Digital Complex', bare: true, aliases: ['구디'] },
  { ko: '가산디지털단지', en: 'Gasan Digital Complex', bare: true, aliases: ['가디'] },
  { ko: '성수', en: 'Seongsu', bare: true }, { ko: '천호', en: 'Cheonho', bare: true },
  { ko: '수유', en: 'Suyu', bare: false }, { ko: '김포공항', en: 'Gimpo Airport', bare: true },
  { ko: '서울대입구', en: 'Seoul National University', bare: true, aliases: ['서울대'] },
];

interface Pattern {
  place: Place;
  regex: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Not after another Hangul syllable or Latin letter: the start of a word. */
const KO_START = '(?<![\\uac00-\\ud7a3])';
const EN_START = '(?<![A-Za-z])';
const EN_END = '(?![A-Za-z])';

/** English spellings allow a space, a hyphen or nothing between parts (Gangnam-gu, Express Bus Terminal). */
const enWords = (name: string) =>
  name
    .split(/[\s-]+/)
    .map(escape)
    .join('[\\s-]?');

function patternsOf(entry: Entry, kind: Place['kind']): Pattern[] {
  const suffixKo = kind === 'district' ? '구' : '역';
  const suffixEn = kind === 'district' ? '(?:[\\s-]?gu|\\s+district)' : '(?:\\s+station|\\s+stn\\.?)';
  const place: Place = { ko: entry.ko + suffixKo, en: `${entry.en}${kind === 'district' ? '-gu' : ' Station'}`, kind };
  const ko = [entry.ko, ...(entry.aliases ?? []).filter((a) => /[\uac00-\ud7a3]/.test(a))];
  const en = [entry.en, ...(entry.aliases ?? []).filter((a) => !/[\uac00-\ud7a3]/.test(a))];
  const named = (bare: boolean) => [
    `${KO_START}(?:${ko.map(escape).join('|')})${bare ? `(?:${suffixKo})?` : suffixKo}`,
    `${EN_START}(?:${en.map(enWords).join('|')})${bare ? `(?:${suffixEn})?` : suffixEn}${EN_END}`,
  ];
  // Aliases (홍대, 건대) are bare by nature, whatever the main name needs.
  const patterns = named(entry.bare).map((source) => ({ place, regex: new RegExp(source, 'i') }));
  if (!entry.bare && entry.aliases?.length) {
    patterns.push({ place, regex: new RegExp(`${KO_START}(?:${entry.aliases.map(escape).join('|')})`, 'i') });
  }
  return patterns;
}

const PATTERNS: Pattern[] = [
  ...STATIONS.flatMap((e) => patternsOf(e, 'station')),
  ...DISTRICTS.flatMap((e) => patternsOf(e, 'district')),
];

/** Every place of the gazetteer (the panel lists a place's name in the agent's language). */
export const PLACES: readonly Place[] = [...new Map(PATTERNS.map((p) => [p.place.ko, p.place])).values()];

/** The place a post names, or null: a station before a district, else the first named. */
export function findPlace(text: string): Place | null {
  let best: { place: Place; at: number } | null = null;
  for (const { place, regex } of PATTERNS) {
    const at = text.search(regex);
    if (at < 0) continue;
    const better =
      !best ||
      (place.kind === 'station' && best.place.kind === 'district') ||
      (place.kind === best.place.kind && at < best.at);
    if (better) best = { place, at };
  }
  return best?.place ?? null;
}

/** A place by its Korean name (what events carry), for showing it in English. */
export function placeByName(name: string): Place | undefined {
  return PLACES.find((p) => p.ko === name);
}
