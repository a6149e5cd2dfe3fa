/**
 * Words of a customer post or a template, as the suggester compares them. Korean is agglutinative:
 * 인터넷이, 인터넷은, 인터넷도 are one word with different particles, and 끊겨요, 끊겼어요, 끊김 one verb.
 * So a Hangul word gives its stem (particles and common endings cut off) and the stem's syllable
 * pairs (끊겨요 and 끊김 share 끊; 배송조회 and 배송 share 배송). An English word gives a light stem
 * (refunds, refunded → refund). Mentions, links, numbers, placeholders and filler words give nothing.
 */

/** Particles and verb endings, longest first, cut from the end of a Hangul word once. */
// prettier-ignore
const ENDINGS = [
  '하겠습니다', '했었는데요', '드리겠습니다', '되었습니다', '했습니다', '합니다만', '하는데요', '했는데요', '되는데요', '됐는데요',
  '하셨나요', '되나요', '하나요', '인가요', '인데요', '에서는', '이라서', '이라고', '이에요', '예요', '해요', '했어요', '돼요', '됐어요',
  '되어요', '어요', '아요', '네요', '는데', '은데', '던데', '지만', '으로', '에서', '에게', '한테', '까지', '부터', '처럼', '보다',
  '이랑', '하고', '입니다', '니다', '세요', '해서', '이라', '이나', '라도', '마다', '밖에', '조차',
  '은', '는', '이', '가', '을', '를', '에', '의', '도', '만', '로', '와', '과', '요', '나', '고', '서', '게', '죠', '랑',
];
const ENDING_SET = new Set(ENDINGS);
const MAX_ENDING = Math.max(...ENDINGS.map((e) => e.length));

/** Words that say nothing about what the customer needs. */
// prettier-ignore
const STOP = new Set([
  // English
  'a', 'an', 'the', 'and', 'or', 'but', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'about', 'as', 'is', 'are', 'was',
  'were', 'be', 'been', 'am', 'it', 'its', 'this', 'that', 'these', 'those', 'i', 'me', 'my', 'we', 'our', 'us', 'you', 'your', 'they',
  'them', 'he', 'she', 'his', 'her', 'do', 'does', 'did', 'have', 'has', 'had', 'so', 'just', 'can', 'could', 'would', 'will', 'should',
  'what', 'why', 'how', 'when', 'where', 'who', 'any', 'anyone', 'all', 'now', 'still', 'again', 'get', 'got', 'there', 'here', 'than',
  'then', 'very', 'really', 'too', 'if', 'not', 'no', 'yes', 'hi', 'hey', 'hello', 'please', 'pls', 'plz', 'guy', 'lol', 'omg', 'im',
  'ive', 'dont', 'cant', 'wont', 'isnt', 'going', 'want', 'need', 'know', 'one', 'been', 'since', 'today', 'yesterday', 'day', 'week',
  'what', 'some', 'also', 'being', 'into', 'out', 'up', 'off', 'over', 'after', 'before', 'ever', 'even', 'only', 'like', 'more', 'much',
  // Korean
  '저', '제', '저는', '제가', '너무', '정말', '진짜', '왜', '좀', '계속', '오늘', '어제', '지금', '그냥', '아직', '이거', '그거', '이번',
  '혹시', '근데', '그리고', '그런데', '하는', '있는', '없는', '해주세요', '부탁드립니다', '부탁드려요', '안녕하세요', '언제', '어떻게', '뭐',
  '무슨', '다시', '벌써', '또', '왜요', '이게', '저희', '고객님', '님', '고객', '있어요', '없어요', '같아요', '거', '것', '수', '때', '번',
]);

const HANGUL_WORD = /^[\uac00-\ud7a3]+$/;
const LATIN_WORD = /^[a-z][a-z0-9'-]*$/;

/** Cut one particle or ending, leaving at least one syllable. */
export function koreanStem(word: string): string {
  for (let n = Math.min(MAX_ENDING, word.length - 1); n >= 1; n--) {
    const tail = word.slice(-n);
    if (ENDING_SET.has(tail)) return word.slice(0, -n);
  }
  return word;
}

/** A light English stem: plural and past forms onto one word, so `refunds` and `refunded` meet. */
export function englishStem(word: string): string {
  let w = word.replace(/'s$/, '').replace(/'/g, '');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('es') && /(ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  // A doubled consonant left by -ing / -ed (stopped → stopp → stop), and a silent e (charged → charg).
  if (/([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return w.endsWith('e') && w.length > 4 ? w.slice(0, -1) : w;
}

/** ASCII and precomposed Hangul are NFKC-stable: most text skips normalize(). */
const NEEDS_NFKC = /[^\t-\u007f\uac00-\ud7a3]/;

/** The post's or template's text as plain words: lower case, no links, mentions or placeholders. */
export function plainWords(text: string): string[] {
  const s = NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text;
  return s
    .toLowerCase()
    .replace(/\{\{[^{}]{0,200}\}\}|https?:\/\/\S+|@[a-z0-9_]{1,15}/g, ' ')
    .replace(/wi-?fi/g, 'wifi')
    .replace(/e-?sim/g, 'esim')
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((w) => w.replace(/^[-']+|[-']+$/g, ''))
    .filter(Boolean);
}

// A library repeats its words thousands of times: each distinct word is analysed once.
const CACHE_LIMIT = 100_000;
const termCache = new Map<string, readonly string[]>();
const stemCache = new Map<string, string>();

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** englishStem, once per distinct word. */
export function stemOf(word: string): string {
  return stemCache.get(word) ?? remember(stemCache, word, englishStem(word));
}

function termsOfWord(word: string): readonly string[] {
  const known = termCache.get(word);
  if (known) return known;
  let out: string[] = [];
  if (STOP.has(word)) out = [];
  else if (HANGUL_WORD.test(word)) {
    const stem = koreanStem(word);
    if (!STOP.has(stem)) {
      out.push(`=${stem}`);
      for (let i = 0; i + 1 < stem.length; i++) out.push(stem.slice(i, i + 2));
    }
  } else if (LATIN_WORD.test(word)) {
    const stem = stemOf(word);
    if (stem.length > 1 && !STOP.has(stem)) out.push(stem);
  }
  return remember(termCache, word, out);
}

/** careTerms of text already split by plainWords. */
export function termsOfWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of words) for (const term of termsOfWord(word)) out.push(term);
  return out;
}

/**
 * Terms for matching: English stems, Hangul stems and their syllable pairs, each once per word.
 * Hangul stems are marked with a leading `=` so a one-syllable stem (폰) never equals a pair.
 */
export function careTerms(text: string): string[] {
  return termsOfWords(plainWords(text));
}
