/**
 * "Suggested for this post": templates ranked against the customer post being answered.
 *
 * A template's score adds three things, each between 0 and 1:
 *  - words: BM25 of the post's terms (terms.ts) over the template's title and tags (weighted 3) and
 *    bodies (1), saturated so one long match cannot outweigh the rest;
 *  - intents: how much of what the post is about (intents.ts) the template's tags, title and body
 *    speak of;
 *  - the team's memory: the earlier posts most like this one (cosine over terms, idf-weighted), from
 *    the history log, vote for the templates they were answered with.
 * A template that has the post's language (its own or a variant) keeps its score; one without is
 * scaled down, so a Korean post opens on a Korean reply. Templates under MIN_SCORE are not suggested.
 *
 * Built once per library (and once per history change); a post is ranked through postings lists,
 * touching only templates that share a term or an intent with it.
 */
import type { TemplateRecord } from '@/utils/db/types';
import { INTENT_NAMES, intentCounts, intentCountsOfWords } from './intents';
import { careTerms, plainWords, termsOfWords } from './terms';

/** A reply the team sent to a post: what the suggester learns from (history events). */
export interface SentExample {
  postText: string;
  templateId: string;
}

export interface Suggestion {
  template: TemplateRecord;
  score: number;
}

export interface Suggester {
  suggest(postText: string, lang?: string, limit?: number): Suggestion[];
}

export const WEIGHTS = { words: 1, wordsAlone: 0.5, intents: 1.2, memory: 0.7, otherLanguage: 0.55, minScore: 0.3 };
const K1 = 1.2;
const B = 0.4;
/** bm25 / (bm25 + SATURATION): half way at this raw score. */
const SATURATION = 4;
const FIELD_WEIGHT = { title: 3, tags: 3, body: 1 };
const MEMORY_MIN_SIMILARITY = 0.25;
const MEMORY_NEIGHBOURS = 5;
/** Terms in more than this share of templates are not looked up (see bm25Index). */
const COMMON = 0.2;
const MIN_INTENT_SHARE = 0.1;
const HANGUL = /[\uac00-\ud7a3]/g;

/** The post's language: X's lang attribute, else Korean when most letters are Hangul. */
export function postLanguage(text: string, lang?: string): string {
  const base = lang?.split('-')[0];
  if (base && base !== 'und' && base !== 'qme' && base !== 'zxx') return base;
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  return letters > 0 && (text.match(HANGUL)?.length ?? 0) * 2 >= letters ? 'ko' : 'en';
}

interface Postings {
  docs: number[];
  weights: number[];
}

function postingsFor(lists: Map<string, Postings>, term: string): Postings {
  let list = lists.get(term);
  if (!list) lists.set(term, (list = { docs: [], weights: [] }));
  return list;
}

/**
 * Term → documents and BM25 weights, for weighted term frequencies per document. Terms in more than
 * COMMON of the documents are left out: they weigh next to nothing and would be the longest lists.
 */
function bm25Index(docs: Array<Map<string, number>>): Map<string, Postings> {
  const lengths = docs.map((d) => [...d.values()].reduce((a, b) => a + b, 0));
  const avg = lengths.reduce((a, b) => a + b, 0) / Math.max(1, docs.length) || 1;
  const df = new Map<string, number>();
  for (const d of docs) for (const term of d.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const lists = new Map<string, Postings>();
  const common = Math.max(50, docs.length * COMMON);
  docs.forEach((d, i) => {
    const norm = K1 * (1 - B + (B * lengths[i]!) / avg);
    for (const [term, tf] of d) {
      const n = df.get(term)!;
      if (n > common) continue;
      const idf = Math.log(1 + (docs.length - n + 0.5) / (n + 0.5));
      const list = postingsFor(lists, term);
      list.docs.push(i);
      list.weights.push((idf * tf * (K1 + 1)) / (tf + norm));
    }
  });
  return lists;
}

function addTerms(into: Map<string, number>, words: readonly string[], weight: number): void {
  for (const term of termsOfWords(words)) into.set(term, (into.get(term) ?? 0) + weight);
}

/** Past posts as unit vectors of idf-weighted terms, and which template each was answered with. */
function memoryIndex(examples: readonly SentExample[], ids: Map<string, number>) {
  const kept = examples.filter((e) => ids.has(e.templateId) && e.postText.trim());
  const sets = kept.map((e) => new Set(careTerms(e.postText)));
  const df = new Map<string, number>();
  for (const s of sets) for (const term of s) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = (term: string) => Math.log(1 + kept.length / (df.get(term) ?? 0.5));
  const lists = new Map<string, Postings>();
  sets.forEach((s, i) => {
    const norm = Math.sqrt([...s].reduce((a, term) => a + idf(term) ** 2, 0)) || 1;
    for (const term of s) {
      const list = postingsFor(lists, term);
      list.docs.push(i);
      list.weights.push(idf(term) / norm);
    }
  });
  return { postings: lists, templateOf: Int32Array.from(kept, (e) => ids.get(e.templateId)!), idf, size: kept.length };
}

export function createSuggester(
  templates: readonly TemplateRecord[],
  examples: readonly SentExample[] = [],
): Suggester {
  const n = templates.length;
  const ids = new Map(templates.map((t, i) => [t.id, i]));
  const scratch = new Float32Array(INTENT_NAMES.length);
  // Intents of each template: tags and title say what a reply is for, the body less so.
  const intents = INTENT_NAMES.map((): Postings => ({ docs: [], weights: [] }));
  const docs = templates.map((t, i) => {
    const title = plainWords(t.title);
    const tags = plainWords([t.folder ?? '', ...(t.tags ?? [])].join(' '));
    const body = plainWords([t.body, ...Object.values(t.variants ?? {})].join('\n'));
    const d = new Map<string, number>();
    addTerms(d, title, FIELD_WEIGHT.title);
    addTerms(d, tags, FIELD_WEIGHT.tags);
    addTerms(d, body, FIELD_WEIGHT.body);
    const counts = intentCountsOfWords(tags).map((c) => c * 3);
    intentCountsOfWords(title).forEach((c, k) => (counts[k]! += c * 2));
    intentCountsOfWords(body, scratch.fill(0)).forEach((c, k) => (counts[k]! += Math.min(c, 2)));
    // Shares of the template's total: a reply about one thing fits a post about it better than a
    // reply that touches several.
    const total = counts.reduce((x, y) => x + y, 0);
    // A stray cue in a long body (a tenth of the template or less) is not what the reply is for.
    counts.forEach((c, k) => {
      if (c <= total * MIN_INTENT_SHARE) return;
      intents[k]!.docs.push(i);
      intents[k]!.weights.push(c / total);
    });
    return d;
  });
  const words = bm25Index(docs);
  const memory = memoryIndex(examples, ids);
  const langs = templates.map((t) => new Set([t.lang ?? 'und', ...Object.keys(t.variants ?? {})]));

  // Scratch, reused by every call.
  const wordScore = new Float32Array(n);
  const intentScore = new Float32Array(n);
  const memoryScore = new Float32Array(n);
  const seen = new Uint8Array(n);
  const pastScore = new Float32Array(memory.size);

  function suggest(postText: string, lang?: string, limit = 3): Suggestion[] {
    const touched: number[] = [];
    const touch = (i: number) => {
      if (seen[i]) return;
      seen[i] = 1;
      touched.push(i);
    };
    const terms = [...new Set(careTerms(postText))];
    for (const term of terms) {
      const p = words.get(term);
      if (!p) continue;
      for (let j = 0; j < p.docs.length; j++) {
        wordScore[p.docs[j]!]! += p.weights[j]!;
        touch(p.docs[j]!);
      }
    }
    const counts = intentCounts(postText);
    const total = counts.reduce((a, b) => a + b, 0);
    if (total > 0) {
      counts.forEach((c, k) => {
        if (c === 0) return;
        const p = intents[k]!;
        for (let j = 0; j < p.docs.length; j++) {
          intentScore[p.docs[j]!]! += (c / total) * p.weights[j]!;
          touch(p.docs[j]!);
        }
      });
    }
    if (memory.size > 0) {
      const norm = Math.sqrt(terms.reduce((a, term) => a + memory.idf(term) ** 2, 0)) || 1;
      const hit: number[] = [];
      for (const term of terms) {
        const p = memory.postings.get(term);
        if (!p) continue;
        const w = memory.idf(term) / norm;
        for (let j = 0; j < p.docs.length; j++) {
          if (pastScore[p.docs[j]!] === 0) hit.push(p.docs[j]!);
          pastScore[p.docs[j]!]! += w * p.weights[j]!;
        }
      }
      // The nearest earlier posts vote with their similarity; a template's share of the vote, scaled
      // by the nearest one's similarity: one look-alike post answered oddly does not decide alone.
      const near = hit
        .filter((past) => pastScore[past]! >= MEMORY_MIN_SIMILARITY)
        .sort((a, b) => pastScore[b]! - pastScore[a]!)
        .slice(0, MEMORY_NEIGHBOURS);
      const votes = near.reduce((sum, past) => sum + pastScore[past]!, 0);
      const top = near.length ? pastScore[near[0]!]! : 0;
      for (const past of near) {
        const t = memory.templateOf[past]!;
        memoryScore[t]! += (pastScore[past]! / votes) * top;
        touch(t);
      }
      for (const past of hit) pastScore[past] = 0;
    }
    const want = postLanguage(postText, lang);
    const best: Suggestion[] = [];
    for (const i of touched) {
      const w = wordScore[i]!;
      const known = intentScore[i]! + memoryScore[i]! > 0;
      // Words alone (no intent, no history) are weak evidence: a shared "new" or "phone" is not a topic.
      let score =
        WEIGHTS.words * (w / (w + SATURATION)) * (known ? 1 : WEIGHTS.wordsAlone) +
        WEIGHTS.intents * intentScore[i]! +
        WEIGHTS.memory * memoryScore[i]!;
      if (!langs[i]!.has(want)) score *= WEIGHTS.otherLanguage;
      wordScore[i] = intentScore[i] = memoryScore[i] = 0;
      seen[i] = 0;
      if (score < WEIGHTS.minScore || (best.length === limit && score <= best[limit - 1]!.score)) continue;
      let at = best.length === limit ? limit - 1 : best.length;
      while (at > 0 && best[at - 1]!.score < score) at--;
      best.splice(at, 0, { template: templates[i]!, score });
      if (best.length > limit) best.pop();
    }
    return best;
  }

  return { suggest };
}
