/**
 * What lets a search skip most template bodies without reading them. Bodies are most of the library's
 * text and their jamo alphabet is small, so a native scan of all of them stops at nearly every other
 * character. Instead each body has a Bloom filter of its character triples (jamo pairs are too common
 * to tell bodies apart) and the exact set of its one-byte characters: all of a term's triples, then its
 * rarest character, must be there before the body is searched.
 */

const BITS_PER_WORD = 32;
const BIT_IN_WORD = BITS_PER_WORD - 1;
/** log2(BITS_PER_WORD): a bit number shifted right by this is its word. */
const WORD_OF_BIT = 5;
const BLOOM_BITS = 1024;
export const BLOOM_WORDS = BLOOM_BITS / BITS_PER_WORD;
/** The top log2(BLOOM_BITS) = 10 bits of a 32-bit hash pick the Bloom bit. */
const BLOOM_HASH_SHIFT = 22;
// Mixing a triple of code units into one number, then Fibonacci hashing (2^32 / golden ratio).
const MIX_FIRST = 0x1f1f;
const MIX_SECOND = 0x1f;
const FIBONACCI_MULTIPLIER = 0x9e3779b1;
/** Encoded text is one-byte apart from rare characters; the exact sets cover code units below this. */
const ONE_BYTE = 256;
const LOW_BYTE = ONE_BYTE - 1;
const CHARSET_WORDS = ONE_BYTE / BITS_PER_WORD;
/** Triples start at the third character. */
const TRIPLE = 3;

const tripleHash = (a: number, b: number, c: number) =>
  Math.imul((a * MIX_FIRST + b) * MIX_SECOND + c, FIBONACCI_MULTIPLIER) >>> BLOOM_HASH_SHIFT;

/** Per body: BLOOM_WORDS words of Bloom filter and CHARSET_WORDS words of its one-byte characters. */
export interface BodyFilter {
  bloom: Int32Array;
  has: Int32Array;
}

export function bodyFilter(bodies: readonly string[]): BodyFilter {
  const bloom = new Int32Array(bodies.length * BLOOM_WORDS);
  const has = new Int32Array(bodies.length * CHARSET_WORDS);
  bodies.forEach((s, i) => {
    for (let j = TRIPLE - 1; j < s.length; j++) {
      const bit = tripleHash(s.charCodeAt(j - 2), s.charCodeAt(j - 1), s.charCodeAt(j));
      bloom[i * BLOOM_WORDS + (bit >>> WORD_OF_BIT)]! |= 1 << (bit & BIT_IN_WORD);
    }
  });
  bodies.forEach((s, i) => {
    for (let j = 0; j < s.length; j++)
      if (s.charCodeAt(j) < ONE_BYTE)
        has[i * CHARSET_WORDS + (s.charCodeAt(j) >>> WORD_OF_BIT)]! |= 1 << (s.charCodeAt(j) & BIT_IN_WORD);
  });
  return { bloom, has };
}

/** What is rare in a library: how often each one-byte character occurs, how many bodies set each Bloom bit. */
export interface Rarity {
  chars: Uint32Array;
  bits: Uint32Array;
}

/** `fields`: every text field (per field, per template); `filter`: the bodies' filter. */
export function rarity(fields: readonly string[][], filter: BodyFilter): Rarity {
  const chars = new Uint32Array(ONE_BYTE);
  for (const list of fields)
    for (const s of list) for (let j = 0; j < s.length; j++) chars[s.charCodeAt(j) & LOW_BYTE]!++;
  const bits = new Uint32Array(BLOOM_BITS);
  filter.bloom.forEach((word, at) => {
    for (let w = word; w !== 0; w &= w - 1)
      bits[(at % BLOOM_WORDS) * BITS_PER_WORD + BIT_IN_WORD - Math.clz32(w & -w)]!++;
  });
  return { chars, bits };
}

/** A term as the filter tests it: its Bloom words and bits, and `sub`, which starts at its rarest character. */
export interface BodyProbe {
  words: number[];
  bits: number[];
  sub: string;
}

/** The Bloom words and bits of a pattern's triples, rarest first: the first probe then rejects the most bodies. */
export function bloomProbe(pattern: string, rare: Rarity): Pick<BodyProbe, 'words' | 'bits'> {
  const hashes = Array.from({ length: Math.max(0, pattern.length - (TRIPLE - 1)) }, (_, j) =>
    tripleHash(pattern.charCodeAt(j), pattern.charCodeAt(j + 1), pattern.charCodeAt(j + 2)),
  );
  hashes.sort((a, b) => rare.bits[a]! - rare.bits[b]!);
  return { words: hashes.map((h) => h >>> WORD_OF_BIT), bits: hashes.map((h) => 1 << (h & BIT_IN_WORD)) };
}

/** Where the pattern's rarest character is (the first of equals). */
export function rarestAt(pattern: string, rare: Rarity): number {
  let anchor = 0;
  for (let j = 1; j < pattern.length; j++)
    if (rare.chars[pattern.charCodeAt(j) & LOW_BYTE]! < rare.chars[pattern.charCodeAt(anchor) & LOW_BYTE]!) anchor = j;
  return anchor;
}

/** Whether body i may contain the term: all its triples, then its rarest character. */
export function mayContain(filter: BodyFilter, i: number, probe: BodyProbe): boolean {
  for (let h = 0; h < probe.words.length; h++)
    if ((filter.bloom[i * BLOOM_WORDS + probe.words[h]!]! & probe.bits[h]!) === 0) return false;
  const c = probe.sub.charCodeAt(0);
  return c >= ONE_BYTE || (filter.has[i * CHARSET_WORDS + (c >>> WORD_OF_BIT)]! & (1 << (c & BIT_IN_WORD))) !== 0;
}
