/**
 * Template search, the one entry point: an index built once per library change, queried on every
 * keystroke. The rest of Careline imports this file only; the pieces behind it are
 *   tokenise.ts  one pipeline for text and query: NFKC, lower case, words, Hangul as jamo;
 *   jamo.ts      Hangul syllables as jamo and initial consonants, one code unit each;
 *   rank.ts      where a term may match and the rank a match gives;
 *   body-filter.ts  the per-body Bloom filter that skips bodies a term cannot be in.
 *
 * Matching. A term matches where its jamo are a substring of a field's jamo. That one rule covers
 * words, Latin, mixed Hangul + Latin and the syllable still being typed: `개토` (ㄱㅐㅌㅗ) is a prefix
 * of `개통` (ㄱㅐㅌㅗㅇ), `감ㅅ` of `감사`, `갑` (ㄱㅏㅂ) of `가방`, exactly what an IME shows on the way.
 * A term made only of consonants (`ㄱㅅ`) is matched against initial consonants instead (`감사` → ㄱㅅ).
 * All terms must match (AND); ranking is described in rank.ts.
 *
 * Speed. Fields are pre-encoded per template, in tie order (usage, title). The longest term leads: it
 * is looked up field by field in rank order (shortcuts, titles, tags as one joined string each,
 * searched natively; bodies through the body filter), and only templates it matched are checked for
 * the other terms. A rank is final once set, so when `limit` templates are ranked no worse than the
 * current field, the rest is skipped; a one-rank field walks templates in tie order and stops as soon
 * as it fills the limit.
 */
import type { TemplateRecord } from '@/utils/db/types';
import { replacePlaceholders } from '../placeholders';
import { BLOOM_WORDS, bodyFilter, mayContain, rarity } from './body-filter';
import {
  bestIn,
  bestOf,
  FIELD_BODY,
  FIELD_COUNT,
  FIELD_HEADS1,
  FIELD_HEADS2,
  FIELD_SHORTCUT,
  find,
  MODE_PREFIX,
  NO_RANK,
  parseTerms,
  RANK_BODY,
  RANK_META,
  RANK_SHORTCUT,
  rankAt,
  worstOf,
  type Step,
  type Term,
} from './rank';
import { encodeText, heads } from './tokenise';

export interface TemplateIndex {
  readonly size: number;
  /** Best `limit` (default 50) templates for the query; all by usage, then title, when it is empty. */
  search(query: string, limit?: number): TemplateRecord[];
}

const DEFAULT_LIMIT = 50;

/** One field of all templates: items[i] is template i's; `text` is '\n' + item per template, i's '\n' at starts[i]. */
interface Field {
  items: string[];
  text: string;
  starts: Int32Array;
}

function field(items: string[], f: number): Field {
  const starts = new Int32Array(items.length + 1);
  for (let i = 0; i < items.length; i++) starts[i + 1] = starts[i]! + items[i]!.length + 1;
  return { items, text: f === FIELD_BODY ? '' : '\n' + items.join('\n'), starts }; // bodies are never scanned whole
}

/** Templates in tie order: usage, then title as lower-cased code units (Hangul syllables sort 가나다 there). */
function tieOrder(templates: readonly TemplateRecord[]): TemplateRecord[] {
  const keyed = templates.map((t) => ({ t, title: t.title.toLowerCase() }));
  keyed.sort(
    (a, b) =>
      b.t.usageCount - a.t.usageCount ||
      (a.title < b.title ? -1 : a.title > b.title ? 1 : a.t.id < b.t.id ? -1 : a.t.id > b.t.id ? 1 : 0),
  );
  return keyed.map((k) => k.t);
}

export function createTemplateIndex(templates: readonly TemplateRecord[]): TemplateIndex {
  const records = tieOrder(templates);
  const n = records.length;
  const columns = () => Array.from({ length: FIELD_COUNT }, () => new Array<string>(n)); // per field, per template
  const cols = { jamo: columns(), cho: columns() };
  records.forEach((r, i) => {
    const tags = [r.folder ?? '', ...(r.tags ?? [])].join(' '); // shortcuts: their own field
    // Placeholders ({{customer.name}}) are in every body and never what the agent is looking for.
    const body = replacePlaceholders([r.body, ...Object.values(r.variants ?? {})].join(' '), () => ' ');
    [r.shortcut ?? '', r.title, tags, body].forEach(
      (text, f) => ([cols.jamo[f]![i], cols.cho[f]![i]] = encodeText(text)),
    );
    for (const set of [cols.jamo, cols.cho])
      [set[FIELD_HEADS1]![i], set[FIELD_HEADS2]![i]] = [heads(set[FIELD_BODY]![i]!, 1), heads(set[FIELD_BODY]![i]!, 2)];
  });
  const jamo = { fields: cols.jamo.map(field), ...bodyFilter(cols.jamo[FIELD_BODY]!) };
  const cho = { fields: cols.cho.map(field), ...bodyFilter(cols.cho[FIELD_BODY]!) };
  const textFields = (set: string[][]) => set.slice(FIELD_SHORTCUT, FIELD_BODY + 1);
  const rare = { jamo: rarity(textFields(cols.jamo), jamo), cho: rarity(textFields(cols.cho), cho) };
  // Reused by every search, so a keystroke allocates little beyond its result.
  const primary = new Uint8Array(n); // the lead term's rank per template
  const others = new Uint8Array(n); // the other terms' worst rank, once checked
  const rank = new Uint8Array(n); // a matching template's rank, else NO_RANK
  const lists = Array.from({ length: RANK_BODY + 1 }, () => new Int32Array(n)); // templates given each rank
  const lens = new Int32Array(RANK_BODY + 1); // lengths of lists
  const counts = new Int32Array(RANK_BODY + 1); // templates per rank
  let terms: Term[] = [];
  let lead = parseTerms('x', rare)[0]!;
  let max = 0;
  let better = 0; // templates ranked better than the current step
  let found = 0; // templates given the current step's rank by this step

  /** A term's best rank in template i, or NO_RANK. */
  function rankOf(term: Term, i: number): number {
    const set = term.cho ? cho : jamo;
    let inShortcut = NO_RANK; // RANK_META when the term is inside the shortcut: a title may still do better
    for (const [f, mode, level] of term.steps) {
      const best =
        f === FIELD_BODY && !mayContain(set, i, term) ? NO_RANK : bestIn(mode, set.fields[f]!.items[i]!, term, level);
      if (f === FIELD_SHORTCUT && best === RANK_META) inShortcut = RANK_META;
      else if (best !== NO_RANK) return Math.min(best, inShortcut);
    }
    return inShortcut;
  }

  /** The lead term has rank `got` in template i at this step; true when the limit is filled. */
  function take(i: number, got: number, step: Step): boolean {
    if (got === NO_RANK || got >= primary[i]!) return false;
    if (primary[i] === NO_RANK) {
      let worst = 0;
      for (let j = 0; j < terms.length && worst !== NO_RANK; j++)
        if (terms[j] !== lead) worst = Math.max(worst, rankOf(terms[j]!, i));
      others[i] = worst;
    }
    primary[i] = got;
    if (others[i] === NO_RANK) return false;
    const now = Math.max(got, others[i]!);
    if (now === rank[i]) return false; // the lead did better, but another term still holds it back
    if (rank[i] !== NO_RANK) counts[rank[i]!]!--; // improved: the old list entry is skipped when collecting
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
    if (f === FIELD_BODY) {
      const items = set.fields[FIELD_BODY]!.items;
      const [w0, b0] = [lead.words[0]!, lead.bits[0]!]; // the first probe alone rejects most bodies
      for (let i = 0, at = w0; i < n; i++, at += BLOOM_WORDS) {
        if (
          (set.bloom[at]! & b0) === 0 ||
          primary[i] !== NO_RANK ||
          !mayContain(set, i, lead) ||
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
      if (primary[t]! >= level && take(t, rankAt(mode, text, pos, starts[t]! + 1, level, lead.first), step)) return;
      // Move on within the item only while a better hit is possible there.
      const done = mode === MODE_PREFIX || primary[t]! <= bestOf(mode, level);
      pos = find(text, lead, done ? starts[t + 1]! : pos + 1);
    }
  }

  function search(query: string, limit = DEFAULT_LIMIT): TemplateRecord[] {
    max = Math.max(0, Math.min(limit, n));
    terms = parseTerms(query, rare);
    if (terms.length === 0) return records.slice(0, max);
    lead = terms.reduce((a, b) => (b.pattern.length > a.pattern.length ? b : a)); // the most selective
    primary.fill(NO_RANK);
    rank.fill(NO_RANK);
    counts.fill(0);
    lens.fill(0);
    better = 0;
    for (const step of lead.steps) {
      found = 0;
      scan(step);
      better = 0;
      for (let r = 0; r <= worstOf(step); r++) better += counts[r]!;
      if (better >= max) break; // later steps can only add worse ranks
    }
    const out: TemplateRecord[] = [];
    for (let r = RANK_SHORTCUT; r <= RANK_BODY && out.length < max; r++) {
      const list = lists[r]!.subarray(0, lens[r]).sort(); // back to tie order
      for (let j = 0; j < list.length && out.length < max; j++) if (rank[list[j]!] === r) out.push(records[list[j]!]!);
    }
    return out;
  }

  return { size: n, search };
}

const indexes = new WeakMap<readonly TemplateRecord[], TemplateIndex>();

/** Searches with an index built once per array (i.e. per library change). */
export function searchTemplates(
  templates: readonly TemplateRecord[],
  query: string,
  limit = DEFAULT_LIMIT,
): TemplateRecord[] {
  let index = indexes.get(templates);
  if (!index) indexes.set(templates, (index = createTemplateIndex(templates)));
  return index.search(query, limit);
}
