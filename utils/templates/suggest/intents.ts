/**
 * Care vocabulary: what customers of a telco, shop or bank write about, by intent. Posts and
 * templates both map onto these intents (a post's words; a template's tags, title and body), so a
 * post about 와이파이 끊김 meets a reply titled "Router restart steps" tagged `internet` even when
 * they share no word. Hangul cues match inside a word (끊 in 끊겨요, 끊김); English cues match whole
 * words after stemming (charges → charge), may be two words (`on hold`), and with a trailing `*`
 * match the start of a word (impersonat* → impersonating). A trailing `!` makes a cue count double
 * (it names the intent outright: 환불, refund), a `~` half (it often appears in other intents too).
 */
import { englishStem, plainWords, stemOf } from './terms';

// Word lists read best as paragraphs, so the formatter leaves them as written.
// prettier-ignore
export const INTENTS = {
  internet: [
    '인터넷', '와이파이', '공유기', '모뎀', '랜선', '끊겨', '끊기', '끊김', '끊어', '먹통', '느려', '느림', '속도', '접속', '기가', '광랜', '버퍼링',
    'internet', 'wifi', 'router', 'modem', 'broadband', 'fiber', 'fibre', 'connection', 'disconnect', 'dropout', 'drop~', 'slow', 'speed',
    'buffering', 'offline', 'lag', 'mbps', 'ethernet', 'reboot', 'restart',
  ],
  outage: [
    '장애', '신호', '안테나', '통화', '불통', '먹통', '서비스 불가', '전화가', '터지', '통신 장애', '통신장애', 'lte', '5g', '서비스가', '안 잡',
    'outage!', 'signal', 'no service', 'coverage', 'network', 'bar', 'dropped call!', 'call drop!', 'calls drop!', 'down~', 'mast', 'sos',
  ],
  billing: [
    '요금', '청구', '과금', '통신비', '명세서', '고지서', '이중', '두 번', '두번', '더 나왔', '많이 나왔', '폭탄', '부과', '빠져나', '출금', '인출',
    'bill', 'billing', 'charge', 'overcharge', 'invoice', 'double', 'twice', 'fee', 'statement', 'charged', 'extra', 'debit', 'payment',
  ],
  refund: ['환불!', '돌려받!', '돌려주', '환급', '돈은 언제', 'refund!', 'money back!', 'reimburse*', 'credit back', 'chargeback'],
  delivery: [
    '배송', '택배', '배달', '도착', '운송장', '송장', '출고', '발송', '기사님', '안 와', '안와', '오지 않', '받지 못', '언제 와', '언제 오',
    'delivery', 'deliver', 'shipping', 'ship', 'package', 'parcel', 'courier', 'tracking', 'arrive', 'dispatch', 'where is my', 'not arrive', 'shipment',
  ],
  order: [
    '주문', '결제 취소', '처리중', '처리 중', '구매~', 'order', 'cancel my order', 'processing', 'purchase', 'checkout', 'cart',
  ],
  returns: [
    '반품', '교환', '불량', '파손', '깨져', '찢어', '잘못 왔', '다른 상품', '사이즈', '하자',
    'return', 'exchange', 'wrong item', 'damaged', 'defective', 'broken on arrival', 'wrong size', 'faulty', 'swap',
  ],
  activation: [
    '개통', '유심', '번호이동', '이심', '활성화', '가입', '신규', 'esim', 'usim', 'sim', 'activation', 'activate', 'port', 'porting', 'number transfer', 'new line',
  ],
  plan: [
    '요금제', '무제한', '데이터', '약정', '변경', '업그레이드', '할인', 'plan', 'upgrade', 'downgrade', 'unlimited', 'data', 'tariff', 'package deal', 'switch plan',
  ],
  roaming: ['로밍', '해외', '출국', '여행', '외국', 'roaming', 'abroad', 'travel', 'overseas', 'international', 'trip', 'country'],
  cancel: [
    '해지', '위약금', '탈퇴', '그만 쓰', '다른 통신사', '갈아타', 'cancel', 'cancellation', 'terminate', 'termination', 'leave', 'switching to', 'close my account', 'early termination',
  ],
  lost: ['분실', '도난', '잃어버', '잃어', '훔쳐', '소매치기', 'lost', 'stolen!', 'missing', 'theft', 'lose', 'pickpocket*', 'left my phone', 'suspend', 'block'],
  repair: [
    '고장', '수리', '액정', '배터리', '충전이 안', '부팅', '꺼져', 'a/s', '서비스센터', '침수', '화면',
    'repair', 'broken', 'screen', 'battery', 'warranty', 'crack', 'fix', 'not charging', 'turn on', 'water damage', 'service center',
  ],
  login: [
    '로그인', '비밀번호', '비번', '앱', '인증', '계정', '접속이 안', '잠겼', '아이디', '본인인증',
    'login', 'log in', 'password', 'app', 'account locked', 'verification', 'code', 'otp', '2fa', 'sign in', 'locked out', 'username',
  ],
  card: [
    '카드', '승인', '거절', '이체', '송금', '계좌', 'atm', '출금', '한도', '결제 실패', '결제가 안',
    'card', 'declined', 'transfer', 'atm', 'account', 'limit', 'payment failed', 'transaction', 'deposit', 'withdrawal', 'pin',
  ],
  fraud: [
    '스미싱', '보이스피싱', '피싱', '사기', '해킹!', '도용!', '사칭', '모르는 결제', '이상한 문자', '의심', '명의도용',
    'scam!', 'fraud!', 'phishing', 'hacked!', 'unauthori*', 'suspicious', 'fake', 'identity theft', 'smishing', 'impersonat*', 'pretend*', 'never made',
  ],
  support: [
    '상담원', '상담사', '고객센터', '대기', '연결이 안', '전화 연결', '답이 없', '답변이 없', '응답', '채팅 상담', '114',
    'on hold!', 'hold', 'wait~', 'queue', 'agent', 'call center', 'customer service', 'nobody', 'no one', 'no response', 'support', 'live chat', 'answer~',
  ],
  thanks: [
    '감사', '고마', '고맙', '친절!', '최고', '만족', '칭찬!', '덕분', '좋아요',
    'thanks', 'thank', 'great', 'appreciate', 'love', 'awesome', 'amazing', 'kudos', 'helpful', 'quick', 'sorted', 'shoutout',
  ],
  coupon: ['쿠폰', '포인트', '멤버십', '적립', '마일리지', '프로모션', '이벤트', 'coupon', 'point', 'voucher', 'promo', 'promo code', 'discount', 'loyalty', 'reward', 'membership'],
} as const satisfies Record<string, readonly string[]>;

export type Intent = keyof typeof INTENTS;
export const INTENT_NAMES = Object.keys(INTENTS) as Intent[];

const HANGUL = /[\uac00-\ud7a3]/;

interface Cue {
  intent: number;
  weight: number;
  /** Hangul: the cue without spaces; Latin: its stemmed words (a prefix cue: one unstemmed word). */
  hangul: string | null;
  words: string[];
  /** Latin: match the start of a word only. */
  prefix: boolean;
}

const CUES: Cue[] = INTENT_NAMES.flatMap((name, intent) =>
  INTENTS[name].map((cue: string): Cue => {
    const weight = cue.endsWith('!') ? 2 : cue.endsWith('~') ? 0.5 : 1;
    const prefix = cue.endsWith('*');
    const raw = cue.replace(/[!~*]$/, '');
    if (HANGUL.test(raw)) return { intent, weight, prefix: false, hangul: raw.replace(/\s+/g, ''), words: [] };
    return { intent, weight, prefix, hangul: null, words: plainWords(raw).map((w) => (prefix ? w : englishStem(w))) };
  }),
).filter(
  (cue, i, all) =>
    all.findIndex(
      (c) => c.intent === cue.intent && c.hangul === cue.hangul && c.words.join(' ') === cue.words.join(' '),
    ) === i,
);

/** Cues by their first character (Hangul) or first word (Latin): a text is read once, not once per cue. */
const byFirstChar = new Map<string, number[]>();
const byFirstWord = new Map<string, number[]>();
const prefixCues: number[] = [];
CUES.forEach((cue, i) => {
  if (cue.prefix) return void prefixCues.push(i);
  const [map, key] = cue.hangul !== null ? [byFirstChar, cue.hangul[0]!] : [byFirstWord, cue.words[0]!];
  map.set(key, [...(map.get(key) ?? []), i]);
});
const seen = new Uint8Array(CUES.length);

/**
 * How strongly a text speaks of each intent: the weights of the distinct cues found per intent,
 * in INTENT_NAMES order. Hangul cues are looked for in the Hangul words run together, so spacing
 * does not matter (두 번 and 두번 are one cue); English ones in the stemmed words.
 */
export function intentCounts(text: string): Float32Array {
  return intentCountsOfWords(plainWords(text));
}

/** intentCounts of text already split by plainWords. */
export function intentCountsOfWords(
  words: readonly string[],
  counts = new Float32Array(INTENT_NAMES.length),
): Float32Array {
  const found: number[] = [];
  const mark = (c: number) => {
    if (seen[c]) return;
    seen[c] = 1;
    found.push(c);
  };
  const latin: string[] = [];
  let joined = '';
  for (const word of words) {
    if (HANGUL.test(word)) joined += word;
    else latin.push(stemOf(word));
  }
  // Hangul words run together, so a cue may span a space (두 번).
  for (let i = 0; i < joined.length; i++) {
    const cues = byFirstChar.get(joined[i]!);
    if (cues) for (const c of cues) if (joined.startsWith(CUES[c]!.hangul!, i)) mark(c);
  }
  latin.forEach((word, i) => {
    for (const c of byFirstWord.get(word) ?? []) if (CUES[c]!.words.every((w, k) => latin[i + k] === w)) mark(c);
    for (const c of prefixCues) if (word.startsWith(CUES[c]!.words[0]!)) mark(c);
  });
  for (const c of found) {
    counts[CUES[c]!.intent]! += CUES[c]!.weight;
    seen[c] = 0;
  }
  return counts;
}
