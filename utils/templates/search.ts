/**
 * Template search: an index built once per library change, queried on every keystroke.
 *
 * Matching. Text and query go through one pipeline: NFKC, lower case, each run of non-letters/digits
 * one space, Hangul syllables disassembled into jamo with es-hangul (`개통` → ㄱㅐㅌㅗㅇ). A term matches
 * where its jamo are a substring of a field's jamo. That one rule covers words, Latin, mixed Hangul +
 * Latin and the syllable still being typed: `개토` (ㄱㅐㅌㅗ) is a prefix of `개통` (ㄱㅐㅌㅗㅇ), `감ㅅ` of
 * `감사`, `갑` (ㄱㅏㅂ) of `가방`, exactly what an IME shows on the way. A term made only of consonants
 * (`ㄱㅅ`) is matched against initial consonants instead (`감사` → ㄱㅅ). All terms must match (AND).
 *
 * Ranking, best first; a template ranks at its WORST term, so every term pulls its weight:
 *   0 shortcut starts with the term; 1 title starts with it (for the 2nd+ term: any title word does);
 *   2 a title word starts with it; 3 title contains it; 4 tags, folder or shortcut contain it;
 *   5 body or a language variant contains it. Ties: usageCount desc, then title.
 * Short terms (1-2 jamo or letters: `r`, `ro`, `가`, `ㄱㅅ`) match body text only at word starts: such
 * strings sit inside countless unrelated words (eRROr, fROm, 합니다), and a search that returns most of
 * the library for "ro" helps no one. As word starts they mean something (roaming, router, 가능, 감사).
 * Titles, tags and shortcuts are short and deliberate, so they match anywhere.
 *
 * Speed. Fields are pre-encoded per template, in tie order (usage, title). The longest term leads: it is
 * looked up field by field in rank order (shortcuts, titles, tags as one joined string each, searched
 * natively; bodies through a Bloom filter), and only templates it matched are checked for the other
 * terms. A rank is final once set, so when `limit` templates are ranked no worse than the current field,
 * the rest is skipped; a one-rank field walks templates in tie order and stops as soon as it fills the
 * limit. Jamo are written as code units 0x80-0xA0, which cleaned text never contains (NFKC maps the
 * letters and digits of U+0080-U+00BF away, the rest is punctuation): strings stay one-byte in V8, and
 * native search does not crawl on the high byte all U+31xx jamo share (measured ~18 ms vs ~0.2 ms).
 */
import { disassemble, getChoseong } from 'es-hangul';
import type { TemplateRecord } from '@/utils/db/types';
import { replacePlaceholders } from './placeholders';

export interface TemplateIndex {
  readonly size: number;
  /** Best `limit` (default 50) templates for the query; all by usage, then title, when it is empty. */
  search(query: string, limit?: number): TemplateRecord[];
}

const DEFAULT_LIMIT = 50;
const NONE = 255;
const [SHORTCUT, TITLE_PREFIX, TITLE_WORD, TITLE_ANY, META, BODY] = [0, 1, 2, 3, 4, 5];
/** Terms of up to this many characters (jamo or letters) match body text only at word starts. */
const SHORT_TERM = 2;

// --- encoding ------------------------------------------------------------------------------------
const CONSONANTS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const JAMO = CONSONANTS + 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅛㅜㅠㅡㅣ';
const CODE_BASE = 0x80;
const CODE_END_CONSONANT = CODE_BASE + CONSONANTS.length;
// NFKC turns compatibility jamo (ㄱ, U+3131) into conjoining ones (ᄀ, U+1100); es-hangul and people
// type compatibility jamo, so the leftovers are mapped back.
const CONJOINING: Array<[number, string]> = [
  [0x1100, CONSONANTS],
  [0x1161, 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ'],
  [0x11a8, 'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ'],
];
const fromConjoining = (ch: string) => {
  const c = ch.charCodeAt(0);
  for (const [base, list] of CONJOINING) if (c >= base && c < base + list.length) return list[c - base] ?? ch;
  return ch;
};
/** ASCII and precomposed Hangul are NFKC-stable: most text skips normalize() (control characters take the slow path). */
const NEEDS_NFKC = /[^\t-\u007f\uac00-\ud7a3]/;
const WORDISH = /[\p{L}\p{N}\p{M}]/u;
const wordish = new Map<number, boolean>(); // other characters: letter/digit or not, asked once each
const hangul = (c: number) => (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3131 && c <= 0x318e);
const code = (jamo: string) => (JAMO.includes(jamo) ? String.fromCharCode(CODE_BASE + JAMO.indexOf(jamo)) : jamo);
// es-hangul runs once per distinct syllable, not once per character of the library.
const jamoOf: string[] = [];
const choOf: string[] = [];
function learn(c: number): void {
  const ch = String.fromCharCode(c);
  jamoOf[c] = [...disassemble(ch)].map(code).join('');
  // A lone jamo in the text (ㅋㅋ) is its own initial; a vowel stays a vowel and never matches ㄱㅅ.
  choOf[c] = c >= 0xac00 ? code(getChoseong(ch)) : jamoOf[c];
}

// Scratch buffers: building strings a character at a time left most of the index build to the GC.
let jamoBuf = new Uint16Array(4096);
let choBuf = new Uint16Array(4096);
let headBuf = new Uint16Array(4096);
function str(buf: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 8192)
    out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(length, i + 8192)) as unknown as number[]);
  return out;
}

/** Text → [jamo, initial consonants]: normalised, lower case, punctuation runs → one space, trimmed. */
function encode(text: string): [string, string] {
  let s = text;
  if (NEEDS_NFKC.test(s)) s = s.normalize('NFKC').replace(/[\u1100-\u11ff]/g, fromConjoining);
  s = s.toLowerCase();
  if (jamoBuf.length < s.length * 6) {
    jamoBuf = new Uint16Array(s.length * 6); // a syllable is at most 5 jamo (뛟: ㄸㅜㅔㄹㅎ)
    choBuf = new Uint16Array(s.length * 6);
  }
  let nj = 0;
  let nc = 0;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let word = c < 0x80 ? (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) : hangul(c) || wordish.get(c);
    if (word === undefined) wordish.set(c, (word = WORDISH.test(s[i]!)));
    if (!word) {
      space = nj > 0;
      continue;
    }
    if (space) {
      jamoBuf[nj++] = choBuf[nc++] = 32;
      space = false;
    }
    if (hangul(c)) {
      if (jamoOf[c] === undefined) learn(c);
      const j = jamoOf[c]!;
      const k = choOf[c]!;
      for (let x = 0; x < j.length; x++) jamoBuf[nj++] = j.charCodeAt(x);
      for (let x = 0; x < k.length; x++) choBuf[nc++] = k.charCodeAt(x);
    } else jamoBuf[nj++] = choBuf[nc++] = c;
  }
  return [str(jamoBuf, nj), str(choBuf, nc)];
}

/** The first character (`width` 1) or two (2; a one-letter word padded with \u0001) of every word. */
function heads(encoded: string, width: 1 | 2): string {
  if (headBuf.length < encoded.length) headBuf = new Uint16Array(encoded.length);
  let n = 0;
  for (let i = 0; i < encoded.length; i++) {
    const c = encoded.charCodeAt(i);
    if (c === 32 || (i > 0 && encoded.charCodeAt(i - 1) !== 32)) continue;
    headBuf[n++] = c;
    if (width === 2)
      headBuf[n++] = i + 1 < encoded.length && encoded.charCodeAt(i + 1) !== 32 ? encoded.charCodeAt(i + 1) : 1;
  }
  return str(headBuf, n);
}

// --- index pieces --------------------------------------------------------------------------------
/** One field of all templates: items[i] is template i's; `text` is '\n' + item per template, i's '\n' at starts[i]. */
interface Field {
  items: string[];
  text: string;
  starts: Int32Array;
}
const [SC, TITLE, TAGS, TEXT, HEAD1, HEAD2] = [0, 1, 2, 3, 4, 5];

function field(items: string[], f: number): Field {
  const starts = new Int32Array(items.length + 1);
  for (let i = 0; i < items.length; i++) starts[i + 1] = starts[i]! + items[i]!.length + 1;
  return { items, text: f === TEXT ? '' : '\n' + items.join('\n'), starts }; // bodies are never scanned whole
}

/**
 * Bodies are ~85% of the text and their jamo alphabet is small, so a native scan of all of them stops at
 * nearly every other character (~1.5 ms a pass). Instead each body has a 1024-bit Bloom filter of its
 * character triples (jamo pairs are too common to tell bodies apart): all of a term's triples must be
 * in it before the body is searched.
 */
const BLOOM_WORDS = 32;
const tripleHash = (a: number, b: number, c: number) => Math.imul((a * 0x1f1f + b) * 0x1f + c, 0x9e3779b1) >>> 22;
function bloom(items: readonly string[]): Int32Array {
  const out = new Int32Array(items.length * BLOOM_WORDS);
  items.forEach((s, i) => {
    for (let j = 2; j < s.length; j++) {
      const bit = tripleHash(s.charCodeAt(j - 2), s.charCodeAt(j - 1), s.charCodeAt(j));
      out[i * BLOOM_WORDS + (bit >>> 5)]! |= 1 << (bit & 31);
    }
  });
  return out;
}

/** Which one-byte characters each body has (exact, 8 words): a rare character rejects what the filter lets by. */
function charSets(items: readonly string[]): Int32Array {
  const out = new Int32Array(items.length * 8);
  items.forEach((s, i) => {
    for (let j = 0; j < s.length; j++)
      if (s.charCodeAt(j) < 256) out[i * 8 + (s.charCodeAt(j) >>> 5)]! |= 1 << (s.charCodeAt(j) & 31);
  });
  return out;
}

/** What is rare in a set: how often each one-byte character occurs, how many bodies set each Bloom bit. */
interface Rarity {
  chars: Uint32Array;
  bits: Uint32Array;
}
function rarity(cols: readonly string[][], filter: Int32Array): Rarity {
  const chars = new Uint32Array(256);
  for (const list of cols.slice(0, 4))
    for (const s of list) for (let j = 0; j < s.length; j++) chars[s.charCodeAt(j) & 255]!++;
  const bits = new Uint32Array(BLOOM_WORDS * 32);
  filter.forEach((word, at) => {
    for (let w = word; w !== 0; w &= w - 1) bits[(at % BLOOM_WORDS) * 32 + 31 - Math.clz32(w & -w)]!++;
  });
  return { chars, bits };
}

/** How a hit counts. EVEN: HEAD2 holds two-character heads, so only even offsets are real heads. */
const enum Mode {
  PREFIX,
  TITLE,
  ANY,
  EVEN,
}
/** A field to look in, how hits count there, and the rank they give. */
type Step = readonly [number, Mode, number];

interface Term {
  pattern: string;
  /** Only consonants: match initial consonants. */
  cho: boolean;
  /** The query's first term: only it needs the title's very start for a title-prefix rank. */
  first: boolean;
  steps: Step[];
  /** Bloom word index and bit of each character triple. */
  words: number[];
  bits: number[];
  /** Searches look for `sub`, the pattern from its rarest character (`anchor`) on: see find(). */
  anchor: number;
  sub: string;
}

function parse(query: string, rare: { jamo: Rarity; cho: Rarity }): Term[] {
  return encode(query)[0]
    .split(' ')
    .filter(Boolean)
    .map((p, i) => {
      let cho = true;
      for (let j = 0; j < p.length && cho; j++)
        cho = p.charCodeAt(j) >= CODE_BASE && p.charCodeAt(j) < CODE_END_CONSONANT;
      const text: Step =
        p.length > SHORT_TERM
          ? [TEXT, Mode.ANY, BODY]
          : p.length === 1
            ? [HEAD1, Mode.ANY, BODY]
            : [HEAD2, Mode.EVEN, BODY];
      const { chars: freq, bits } = cho ? rare.cho : rare.jamo;
      // Rarest Bloom bits first: the first probe then rejects the most bodies.
      const hashes = Array.from({ length: Math.max(0, p.length - 2) }, (_, j) =>
        tripleHash(p.charCodeAt(j), p.charCodeAt(j + 1), p.charCodeAt(j + 2)),
      );
      hashes.sort((a, b) => bits[a]! - bits[b]!);
      let anchor = 0;
      for (let j = 1; j < p.length; j++)
        if (freq[p.charCodeAt(j) & 255]! < freq[p.charCodeAt(anchor) & 255]!) anchor = j;
      const steps: Step[] = [
        [SC, Mode.PREFIX, SHORTCUT],
        [TITLE, Mode.TITLE, TITLE_PREFIX],
        [TAGS, Mode.ANY, META],
        text,
      ];
      return {
        pattern: p,
        cho,
        first: i === 0,
        steps,
        words: hashes.map((h) => h >>> 5),
        bits: hashes.map((h) => 1 << (h & 31)),
        anchor,
        sub: p.slice(anchor),
      };
    });
}

/**
 * Native search jumps to the first character of what it looks for and compares from there, so a scan
 * for "order" stops at every "o". Looking for the part from the rarest character on ("der") and then
 * checking the characters before it skips most stops. Returns where the whole pattern starts, or -1.
 */
function find(s: string, term: Term, from: number): number {
  const a = term.anchor;
  for (let at = s.indexOf(term.sub, from + a); at !== -1; at = s.indexOf(term.sub, at + 1))
    if (a === 0 || s.startsWith(term.pattern, at - a)) return at - a;
  return -1;
}

/** Rank of a hit at `at` (its item starts at `from`), or NONE if it does not count. */
function levelAt(mode: Mode, s: string, at: number, from: number, level: number, first: boolean): number {
  if (mode === Mode.ANY) return level;
  if (mode === Mode.PREFIX) return at === from ? level : META; // inside a shortcut counts as a tag
  if (mode === Mode.EVEN) return (at - from) % 2 === 0 ? level : NONE;
  if (at === from) return TITLE_PREFIX;
  return s.charCodeAt(at - 1) === 32 ? (first ? TITLE_WORD : TITLE_PREFIX) : TITLE_ANY;
}

/** The best rank a field can give: looking further is pointless once it is reached. */
const bestOf = (mode: Mode, level: number) => (mode === Mode.TITLE ? TITLE_PREFIX : level);

/** Best rank of a term in one item, or NONE. */
function bestIn(mode: Mode, s: string, term: Term, level: number): number {
  if (mode === Mode.PREFIX) return s.startsWith(term.pattern) ? level : find(s, term, 0) !== -1 ? META : NONE;
  let best = NONE;
  for (let at = find(s, term, 0); at !== -1 && best > bestOf(mode, level); at = find(s, term, at + 1))
    best = Math.min(best, levelAt(mode, s, at, 0, level, term.first));
  return best;
}

/** Whether template i's body may contain the term: all its triples, then its rarest character. */
function inBody(set: { bloom: Int32Array; has: Int32Array }, i: number, term: Term): boolean {
  for (let h = 0; h < term.words.length; h++)
    if ((set.bloom[i * BLOOM_WORDS + term.words[h]!]! & term.bits[h]!) === 0) return false;
  const c = term.sub.charCodeAt(0);
  return c >= 256 || (set.has[i * 8 + (c >>> 5)]! & (1 << (c & 31))) !== 0;
}

// --- the index -----------------------------------------------------------------------------------
export function createTemplateIndex(templates: readonly TemplateRecord[]): TemplateIndex {
  // Tie order: usage, then title as lower-cased code units (Hangul syllables are in 가나다 order there;
  // a locale collator made this sort a quarter of the build).
  const keyed = templates.map((t) => ({ t, title: t.title.toLowerCase() }));
  keyed.sort(
    (a, b) =>
      b.t.usageCount - a.t.usageCount ||
      (a.title < b.title ? -1 : a.title > b.title ? 1 : a.t.id < b.t.id ? -1 : a.t.id > b.t.id ? 1 : 0),
  );
  const records = keyed.map((k) => k.t);
  const n = records.length;
  const columns = () => Array.from({ length: HEAD2 + 1 }, () => new Array<string>(n)); // per field, per template
  const cols = { jamo: columns(), cho: columns() };
  records.forEach((r, i) => {
    const tags = [r.folder ?? '', ...(r.tags ?? [])].join(' '); // shortcuts: their own field
    // Placeholders ({{customer.name}}) are in every body and never what the agent is looking for.
    // Found by the render scanner (linear: `{{{{…` in a pack body made the old regex quadratic).
    const body = replacePlaceholders([r.body, ...Object.values(r.variants ?? {})].join(' '), () => ' ');
    [r.shortcut ?? '', r.title, tags, body].forEach((text, f) => ([cols.jamo[f]![i], cols.cho[f]![i]] = encode(text)));
    for (const set of [cols.jamo, cols.cho])
      [set[HEAD1]![i], set[HEAD2]![i]] = [heads(set[TEXT]![i]!, 1), heads(set[TEXT]![i]!, 2)];
  });
  const jamo = { fields: cols.jamo.map(field), bloom: bloom(cols.jamo[TEXT]!), has: charSets(cols.jamo[TEXT]!) };
  const cho = { fields: cols.cho.map(field), bloom: bloom(cols.cho[TEXT]!), has: charSets(cols.cho[TEXT]!) };
  const rare = { jamo: rarity(cols.jamo, jamo.bloom), cho: rarity(cols.cho, cho.bloom) };
  // Reused by every search, so a keystroke allocates little beyond its result.
  const primary = new Uint8Array(n); // the lead term's rank per template
  const others = new Uint8Array(n); // the other terms' worst rank, once checked
  const rank = new Uint8Array(n); // a matching template's rank, else NONE
  const lists = Array.from({ length: BODY + 1 }, () => new Int32Array(n)); // templates given each rank
  const lens = new Int32Array(BODY + 1); // lengths of lists
  const counts = new Int32Array(BODY + 1); // templates per rank
  let terms: Term[] = [];
  let lead = parse('x', rare)[0]!;
  let max = 0;
  let better = 0; // templates ranked better than the current step
  let found = 0; // templates given the current step's rank by this step

  /** A term's best rank in template i, or NONE. */
  function levelOf(term: Term, i: number): number {
    const set = term.cho ? cho : jamo;
    let inShortcut = NONE; // META when the term is inside the shortcut: a title may still do better
    for (const [f, mode, level] of term.steps) {
      const best = f === TEXT && !inBody(set, i, term) ? NONE : bestIn(mode, set.fields[f]!.items[i]!, term, level);
      if (f === SC && best === META) inShortcut = META;
      else if (best !== NONE) return Math.min(best, inShortcut);
    }
    return inShortcut;
  }

  /** The lead term has rank `got` in template i at this step; true when the limit is filled. */
  function take(i: number, got: number, step: Step): boolean {
    if (got === NONE || got >= primary[i]!) return false;
    if (primary[i] === NONE) {
      let worst = 0;
      for (let j = 0; j < terms.length && worst !== NONE; j++)
        if (terms[j] !== lead) worst = Math.max(worst, levelOf(terms[j]!, i));
      others[i] = worst;
    }
    primary[i] = got;
    if (others[i] === NONE) return false;
    const now = Math.max(got, others[i]!);
    if (now === rank[i]) return false; // the lead did better, but another term still holds it back
    if (rank[i] !== NONE) counts[rank[i]!]!--; // improved: the old list entry is skipped when collecting
    rank[i] = now;
    counts[now]!++;
    lists[now]![lens[now]!++] = i;
    // Templates come in tie order and an item's best hit is found before the next item's, so those
    // reaching the step's best rank first are the ones shown: stop once they fill the limit.
    return now === step[2] && better + ++found >= max;
  }

  function scan(step: Step): void {
    const [f, mode, level] = step;
    const set = lead.cho ? cho : jamo;
    if (f === TEXT) {
      const items = set.fields[TEXT]!.items;
      const [w0, b0] = [lead.words[0]!, lead.bits[0]!]; // the first probe alone rejects most bodies
      for (let i = 0, at = w0; i < n; i++, at += BLOOM_WORDS) {
        if (
          (set.bloom[at]! & b0) === 0 ||
          primary[i] !== NONE ||
          !inBody(set, i, lead) ||
          find(items[i]!, lead, 0) === -1
        )
          continue;
        if (take(i, level, step)) return;
      }
      return;
    }
    const { text, starts } = set.fields[f]!;
    let t = 0;
    for (let pos = find(text, lead, 0); pos !== -1;) {
      while (starts[t + 1]! <= pos) t++;
      if (primary[t]! >= level && take(t, levelAt(mode, text, pos, starts[t]! + 1, level, lead.first), step)) return;
      // Move on within the item only while a better hit is possible there.
      const done = mode === Mode.PREFIX || primary[t]! <= bestOf(mode, level);
      pos = find(text, lead, done ? starts[t + 1]! : pos + 1);
    }
  }

  function search(query: string, limit = DEFAULT_LIMIT): TemplateRecord[] {
    max = Math.max(0, Math.min(limit, n));
    terms = parse(query, rare);
    if (terms.length === 0) return records.slice(0, max);
    lead = terms.reduce((a, b) => (b.pattern.length > a.pattern.length ? b : a)); // the most selective
    primary.fill(NONE);
    rank.fill(NONE);
    counts.fill(0);
    lens.fill(0);
    better = 0;
    for (const step of lead.steps) {
      found = 0;
      scan(step);
      better = 0;
      for (let r = 0; r <= (step[1] === Mode.TITLE ? TITLE_ANY : step[2]); r++) better += counts[r]!;
      if (better >= max) break; // later steps can only add worse ranks
    }
    const out: TemplateRecord[] = [];
    for (let r = SHORTCUT; r <= BODY && out.length < max; r++) {
      const list = lists[r]!.subarray(0, lens[r]).sort(); // back to tie order
      for (let j = 0; j < list.length && out.length < max; j++) if (rank[list[j]!] === r) out.push(records[list[j]!]!);
    }
    return out;
  }

  return { size: n, search };
}

const indexes = new WeakMap<readonly TemplateRecord[], TemplateIndex>();

/** The first version's entry point, kept: builds an index once per array (i.e. per library change). */
export function searchTemplates(
  templates: readonly TemplateRecord[],
  query: string,
  limit = DEFAULT_LIMIT,
): TemplateRecord[] {
  let index = indexes.get(templates);
  if (!index) indexes.set(templates, (index = createTemplateIndex(templates)));
  return index.search(query, limit);
}
