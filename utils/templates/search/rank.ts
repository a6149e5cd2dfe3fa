/**
 * Where a query term may match and what rank a match gives. Ranks, best first; a template ranks at its
 * WORST term, so every term pulls its weight:
 *   shortcut starts with the term; title starts with it (for the 2nd+ term: any title word does);
 *   a title word starts with it; title contains it; tags, folder or shortcut contain it;
 *   body or a language variant contains it. Ties: usageCount desc, then title.
 * Short terms (SHORT_TERM jamo or letters at most: `r`, `ro`, `가`, `ㄱㅅ`) match body text only at word
 * starts: such strings sit inside countless unrelated words (eRROr, fROm, 합니다), and a search that
 * returns most of the library for "ro" helps no one. As word starts they mean something (roaming,
 * router, 가능, 감사). Titles, tags and shortcuts are short and deliberate, so they match anywhere.
 */
import { bloomProbe, rarestAt, type BodyProbe, type Rarity } from './body-filter';
import { isConsonantCode } from './jamo';
import { queryTerms, SPACE } from './tokenise';

export const RANK_SHORTCUT = 0;
export const RANK_TITLE_PREFIX = 1;
export const RANK_TITLE_WORD = 2;
export const RANK_TITLE_ANY = 3;
export const RANK_META = 4;
export const RANK_BODY = 5;
/** Not a match. Ranks live in Uint8Arrays, so this is their largest value. */
export const NO_RANK = 255;

/** Terms of up to this many characters (jamo or letters) match body text only at word starts. */
const SHORT_TERM = 2;

/** The encoded fields of a template, in the order a term is looked up. */
export const FIELD_SHORTCUT = 0;
export const FIELD_TITLE = 1;
/** Folder and tags. */
export const FIELD_TAGS = 2;
/** Body and language variants. */
export const FIELD_BODY = 3;
/** The body's word heads (tokenise.ts heads()), one and two characters wide: for short terms. */
export const FIELD_HEADS1 = 4;
export const FIELD_HEADS2 = 5;
export const FIELD_COUNT = 6;

/** How a hit counts: at the field's start only (else as a tag), by title position, anywhere, at even offsets. */
export const MODE_PREFIX = 0;
export const MODE_TITLE = 1;
export const MODE_ANY = 2;
/** FIELD_HEADS2 holds two-character heads, so only even offsets are real heads. */
export const MODE_EVEN = 3;
type Mode = typeof MODE_PREFIX | typeof MODE_TITLE | typeof MODE_ANY | typeof MODE_EVEN;

/** A field to look in, how hits count there, and the rank they give. */
export type Step = readonly [field: number, mode: Mode, rank: number];

export interface Term extends BodyProbe {
  pattern: string;
  /** Only consonants: match initial consonants. */
  cho: boolean;
  /** The query's first term: only it needs the title's very start for a title-prefix rank. */
  first: boolean;
  steps: Step[];
  /** Where the pattern's rarest character is; `sub` is the pattern from there on (see find()). */
  anchor: number;
}

/** The query's terms, each with the fields it is looked up in, in rank order. */
export function parseTerms(query: string, rare: { jamo: Rarity; cho: Rarity }): Term[] {
  return queryTerms(query).map((p, i) => {
    let cho = true;
    for (let j = 0; j < p.length && cho; j++) cho = isConsonantCode(p.charCodeAt(j));
    const body: Step =
      p.length > SHORT_TERM
        ? [FIELD_BODY, MODE_ANY, RANK_BODY]
        : p.length === 1
          ? [FIELD_HEADS1, MODE_ANY, RANK_BODY]
          : [FIELD_HEADS2, MODE_EVEN, RANK_BODY];
    const rarity = cho ? rare.cho : rare.jamo;
    const anchor = rarestAt(p, rarity);
    return {
      pattern: p,
      cho,
      first: i === 0,
      steps: [
        [FIELD_SHORTCUT, MODE_PREFIX, RANK_SHORTCUT],
        [FIELD_TITLE, MODE_TITLE, RANK_TITLE_PREFIX],
        [FIELD_TAGS, MODE_ANY, RANK_META],
        body,
      ],
      ...bloomProbe(p, rarity),
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
export function find(s: string, term: Term, from: number): number {
  const a = term.anchor;
  for (let at = s.indexOf(term.sub, from + a); at !== -1; at = s.indexOf(term.sub, at + 1))
    if (a === 0 || s.startsWith(term.pattern, at - a)) return at - a;
  return -1;
}

/** Rank of a hit at `at` (its item starts at `from`), or NO_RANK if it does not count. */
export function rankAt(mode: Mode, s: string, at: number, from: number, rank: number, first: boolean): number {
  if (mode === MODE_ANY) return rank;
  if (mode === MODE_PREFIX) return at === from ? rank : RANK_META; // inside a shortcut counts as a tag
  if (mode === MODE_EVEN) return (at - from) % 2 === 0 ? rank : NO_RANK;
  if (at === from) return RANK_TITLE_PREFIX;
  return s.charCodeAt(at - 1) === SPACE ? (first ? RANK_TITLE_WORD : RANK_TITLE_PREFIX) : RANK_TITLE_ANY;
}

/** The best rank a field can give: looking further is pointless once it is reached. */
export const bestOf = (mode: Mode, rank: number) => (mode === MODE_TITLE ? RANK_TITLE_PREFIX : rank);

/** Worst rank a hit in this step can give (a title hit may be anywhere in the title). */
export const worstOf = (step: Step) => (step[1] === MODE_TITLE ? RANK_TITLE_ANY : step[2]);

/** Best rank of a term in one item, or NO_RANK. */
export function bestIn(mode: Mode, s: string, term: Term, rank: number): number {
  if (mode === MODE_PREFIX) return s.startsWith(term.pattern) ? rank : find(s, term, 0) !== -1 ? RANK_META : NO_RANK;
  let best = NO_RANK;
  for (let at = find(s, term, 0); at !== -1 && best > bestOf(mode, rank); at = find(s, term, at + 1))
    best = Math.min(best, rankAt(mode, s, at, 0, rank, term.first));
  return best;
}
