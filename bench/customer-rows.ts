/** The customer CSV the import bench chooses: generated, deterministic, Korean and English rows. */
const HEADER = ['핸들', '이름', '고객번호', '전화번호', 'email', '요금제', '태그', '메모', '가입매장'];
const KO_FAMILY = [
  ['kim', '김'],
  ['lee', '이'],
  ['park', '박'],
  ['choi', '최'],
  ['jung', '정'],
  ['kang', '강'],
  ['yoon', '윤'],
  ['jang', '장'],
];
const KO_GIVEN = ['민지', '지훈', '서연', '도현', '하나', '예준', '수아', '똠이', '시우', '햏님'];
const EN_FIRST = ['sarah', 'tom', 'priya', 'dan', 'lucia', 'ben', 'grace', 'omar'];
const EN_LAST = ['Miller', 'Okafor', 'Natarajan', 'Whitaker', 'Reyes', 'Carter', 'Hopper', 'Haddad'];
const PLANS = ['5G 프리미어 플러스', '5G 슬림', 'LTE 33', '5G 시그니처', 'Global Roaming', 'Prepaid 20'];
const STORES = ['강남역점', '홍대입구점', '부산서면점', '대전둔산점', 'Online', '인천공항점'];
const NOTES = [
  'USIM 교체 이력 있음, 재발급 완료',
  '이중 청구 문의\n12월 청구서에서 차감',
  'Prefers email, not DMs',
  '"VIP" 응대 요청',
  '',
  '개통 지연 사과 쿠폰 발송',
];

/** Deterministic: the same file on every run and machine (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCustomerRows(n: number, seed = 4): string[][] {
  const r = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)] as T;
  return Array.from({ length: n }, (_, i) => {
    const id = String(i).padStart(6, '0');
    const phone = `010-${String(Math.floor(r() * 10_000)).padStart(4, '0')}-${String(Math.floor(r() * 10_000)).padStart(4, '0')}`;
    if (i % 3 !== 2) {
      const [roman, family] = pick(KO_FAMILY);
      return [
        `${roman}_${id}`,
        `${family}${pick(KO_GIVEN)}`,
        `C-${1_000_000 + i}`,
        phone,
        r() < 0.5 ? `${roman}${id}@example.com` : '',
        pick(PLANS),
        r() < 0.3 ? 'VIP;개통지연' : '요금문의',
        pick(NOTES),
        pick(STORES),
      ];
    }
    const first = pick(EN_FIRST);
    return [
      `${first}_${id}`,
      `${first[0]?.toUpperCase()}${first.slice(1)} ${pick(EN_LAST)}`,
      `C-${1_000_000 + i}`,
      r() < 0.5 ? phone : '',
      `${first}.${id}@example.com`,
      pick(PLANS),
      'english;roaming',
      pick(NOTES),
      'Online',
    ];
  });
}

const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
/** UTF-8 with a BOM and CRLF rows, as Excel's "CSV UTF-8" writes it. */
export function customerCsv(rows: string[][]): Buffer {
  return Buffer.from(`\uFEFF${[HEADER, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`);
}
