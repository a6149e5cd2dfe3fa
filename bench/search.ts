/**
 * Template search per keystroke in real headless Chromium: Careline's index against Fuse.js (defaults),
 * MiniSearch (defaults) and a plain lower-cased substring scan, on the same 10,000 generated templates
 * (Korean and English care replies) in ONE page. Queries are typed prefix by prefix; each keystroke is
 * timed with performance.now() inside the page. Also: index build time and hits per query.
 */
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import type FuseType from 'fuse.js';
import type MiniSearchType from 'minisearch';
import type { TemplateRecord } from '../utils/db/types';
import type { createTemplateIndex } from '../utils/templates/search';
import { findChromium } from '../scripts/chromium';
import { NAME_SHIM } from './browser';
import { round, summarize, type Summary } from './stats';

const ROOT = path.resolve(import.meta.dirname, '..');
export const TEMPLATE_COUNT = 10_000;
export const TARGETS = { p95Ms: 1.5, maxMs: 5, vsFuse: 100, vsMiniSearch: 1 };
/** Fast engines: 1 untimed warm-up round + ROUNDS timed; Fuse (hundreds of times slower) one timed round. */
const ROUNDS = 20;
const DEADLINE_MS = 120_000;

// --- corpus --------------------------------------------------------------------------------------
/** mulberry32: a small seeded PRNG, so every run searches the same library. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

// [topic, folder, shortcut code] per language; the same row index is the same subject in both.
const KO = [
  ['개통', '모바일', 'act'],
  ['번호이동', '모바일', 'port'],
  ['유심', '모바일', 'usim'],
  ['eSIM', '모바일', 'esim'],
  ['요금제', '요금', 'plan'],
  ['청구서', '요금', 'bill'],
  ['자동이체', '요금', 'autopay'],
  ['로밍', '로밍', 'roam'],
  ['데이터', '모바일', 'data'],
  ['인터넷', '네트워크', 'net'],
  ['와이파이', '네트워크', 'wifi'],
  ['통신 장애', '네트워크', 'outage'],
  ['배송', '배송', 'ship'],
  ['주문', '쇼핑', 'order'],
  ['결제', '쇼핑', 'pay'],
  ['환불', '쇼핑', 'refund'],
  ['교환', '쇼핑', 'swap'],
  ['반품', '쇼핑', 'return'],
  ['쿠폰', '멤버십', 'coupon'],
  ['포인트', '멤버십', 'points'],
  ['해지', '계정', 'cancel'],
  ['명의변경', '계정', 'owner'],
  ['분실', '단말기', 'lost'],
  ['단말기 수리', '단말기', 'repair'],
  ['비밀번호', '계정', 'pw'],
];
const EN = [
  ['activation', 'Mobile'],
  ['number transfer', 'Mobile'],
  ['SIM card', 'Mobile'],
  ['eSIM', 'Mobile'],
  ['plan change', 'Billing'],
  ['invoice', 'Billing'],
  ['autopay', 'Billing'],
  ['roaming', 'Roaming'],
  ['data usage', 'Mobile'],
  ['internet speed', 'Network'],
  ['Wi-Fi', 'Network'],
  ['network outage', 'Network'],
  ['delivery', 'Delivery'],
  ['order', 'Shop'],
  ['payment', 'Shop'],
  ['refund', 'Shop'],
  ['exchange', 'Shop'],
  ['return', 'Shop'],
  ['coupon', 'Membership'],
  ['reward points', 'Membership'],
  ['cancellation', 'Account'],
  ['account owner', 'Account'],
  ['lost phone', 'Device'],
  ['device repair', 'Device'],
  ['password reset', 'Account'],
];
const KO_ASPECT = ['지연', '안내', '문의', '사과', '확인', '변경', '취소', '오류', '완료', '요청', '절차', '불가'];
const EN_ASPECT = [
  'delay',
  'update',
  'apology',
  'request',
  'status',
  'confirmation',
  'error',
  'how-to',
  'follow-up',
  'escalation',
  'policy',
  'FAQ',
];
const KO_QUAL = [
  '',
  '',
  '',
  ' (주말)',
  ' (VIP)',
  ' (재문의)',
  ' - 1차 응대',
  ' - 2차 응대',
  ' (해외)',
  ' (법인)',
  ' (선불)',
  ' (긴급)',
];
const EN_QUAL = [
  '',
  '',
  '',
  ' (weekend)',
  ' (VIP)',
  ' (repeat)',
  ' - first reply',
  ' - second reply',
  ' (abroad)',
  ' (business)',
  ' (prepaid)',
  ' (urgent)',
];
const KO_OPEN = [
  '{{customer.name | "고객"}}님, 안녕하세요.',
  '문의해 주셔서 감사합니다.',
  '불편을 드려 정말 죄송합니다.',
  '기다려 주셔서 감사합니다.',
  '{{customer.name}}님, 답변이 늦어 죄송합니다.',
];
const KO_MID = [
  '{T} 관련 내용을 확인해 보니 현재 처리 중입니다.',
  '{T} {A} 건은 담당 부서에 전달해 두었습니다.',
  '요청하신 {T} 건은 영업일 기준 2~3일 안에 완료될 예정입니다.',
  '{T} 진행 상황은 DM으로 다시 안내드리겠습니다.',
  '정확한 확인을 위해 주문번호와 가입하신 휴대폰 번호를 DM으로 보내 주시겠어요?',
  '현재 일부 지역에서 {T} 관련 지연이 발생하고 있습니다.',
  '앱의 마이페이지 > {T} 메뉴에서 바로 확인하실 수 있습니다.',
  '{T} 신청은 가까운 매장이나 고객센터(114)에서도 가능합니다.',
];
const KO_CLOSE = [
  '추가로 궁금하신 점은 언제든 말씀해 주세요.',
  '빠르게 해결될 수 있도록 최선을 다하겠습니다.',
  '좋은 하루 보내세요.',
  '다시 한번 불편을 드려 죄송합니다.',
  '확인 후 바로 연락드리겠습니다.',
];
const EN_OPEN = [
  'Hi {{customer.name | "there"}}, thanks for reaching out.',
  'Sorry for the trouble, {{customer.name}}.',
  'Thanks for your patience!',
  'Hi @{{customer.handle}}, we hear you.',
  'Thank you for getting in touch.',
];
const EN_MID = [
  'We have checked your {T} and it is being processed now.',
  'Your {T} {A} has been passed to our specialist team.',
  'Your {T} should be completed within 2-3 business days.',
  'We will follow up on the {T} by DM as soon as we know more.',
  'Could you DM us your order number and the phone number on the account?',
  'Some areas are seeing a {T} issue right now and our engineers are on it.',
  'You can check the {T} anytime under My Account > {T}.',
  'You can also sort out the {T} in any of our stores or by calling 611.',
];
const EN_CLOSE = [
  'Let us know if there is anything else we can help with.',
  'We will keep you posted.',
  'Have a great day!',
  'Sorry again for the inconvenience.',
  'We are here if you need anything.',
];
const TAGS = [
  'vip',
  'urgent',
  'apology',
  'policy',
  'faq',
  'weekend',
  'escalation',
  '사과',
  '안내',
  '긴급',
  '재문의',
  '법인',
];

/** 10,000 deterministic templates: 55% Korean, 45% English, 15% with a variant in the other language. */
export function generateTemplates(count = TEMPLATE_COUNT, seed = 20_261_129): TemplateRecord[] {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const body = (ko: boolean, topic: string, aspect: string) => {
    const mids = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(ko ? KO_MID : EN_MID));
    return [pick(ko ? KO_OPEN : EN_OPEN), ...mids, pick(ko ? KO_CLOSE : EN_CLOSE)]
      .join(' ')
      .replaceAll('{T}', topic)
      .replaceAll('{A}', aspect);
  };
  return Array.from({ length: count }, (_, i) => {
    const ko = rnd() < 0.55;
    const row = Math.floor(rnd() * KO.length);
    const a = Math.floor(rnd() * KO_ASPECT.length);
    const [koTopic, koFolder, code] = KO[row]!;
    const [enTopic, enFolder] = EN[row]!;
    const topic = ko ? koTopic! : enTopic!;
    const aspect = ko ? KO_ASPECT[a]! : EN_ASPECT[a]!;
    const title = ko
      ? `${topic} ${aspect}${pick(KO_QUAL)}`
      : `${topic[0]!.toUpperCase()}${topic.slice(1)} ${aspect}${pick(EN_QUAL)}`;
    const other = !ko ? body(true, koTopic!, KO_ASPECT[a]!) : body(false, enTopic!, EN_ASPECT[a]!);
    return {
      id: `t${i}`,
      title,
      body: body(ko, topic, aspect),
      shortcut: rnd() < 0.7 ? `${code}-${EN_ASPECT[a]!.slice(0, 3).toLowerCase()}${i % 100}` : undefined,
      folder: ko ? koFolder : enFolder,
      tags: Array.from({ length: Math.floor(rnd() * 3) }, () => pick(TAGS)),
      lang: ko ? 'ko' : 'en',
      variants: rnd() < 0.15 ? { [ko ? 'en' : 'ko']: other } : undefined,
      locked: false,
      usageCount: Math.floor(rnd() ** 3 * 500), // a few favourites, a long tail
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
  });
}

// --- what is typed ---------------------------------------------------------------------------------
type Kind = 'english' | 'korean' | 'choseong' | 'unfinished' | 'mixed' | 'no match';
const byChar = (s: string) => Array.from(s, (_, i) => s.slice(0, i + 1));
const bySyllable = byChar; // Hangul syllables are one UTF-16 unit each
export const TYPED: Array<{ kind: Kind; keys: string[] }> = [
  { kind: 'english', keys: byChar('roam') },
  { kind: 'english', keys: byChar('refund') },
  { kind: 'english', keys: byChar('order status') },
  { kind: 'korean', keys: bySyllable('개통 지연') },
  { kind: 'korean', keys: bySyllable('환불 요청') },
  { kind: 'choseong', keys: ['ㄱ', 'ㄱㅌ'] },
  { kind: 'choseong', keys: ['ㄱ', 'ㄱㅅ'] },
  // What an IME shows while 개통 is typed: the syllable being composed is unfinished until the end.
  { kind: 'unfinished', keys: ['ㄱ', '개', '갵', '개토', '개통'] },
  { kind: 'mixed', keys: byChar('esim 개통') },
  { kind: 'no match', keys: byChar('qxzv') },
];
export const HIT_QUERIES = ['ro', 'roam', '개토', 'ㄱㅅ', '개통 지연', 'qxzv'];

// --- in the page ---------------------------------------------------------------------------------
interface Libs {
  Fuse: typeof FuseType;
  MiniSearch: typeof MiniSearchType;
  createTemplateIndex: typeof createTemplateIndex;
}
const ENGINES = ['careline', 'fuse', 'minisearch', 'substring'] as const;
type Engine = (typeof ENGINES)[number];
interface PageResult {
  buildMs: Record<Engine, number>;
  /** Per engine, per timed keystroke (rounds × keys, in order). */
  samples: Record<Engine, number[]>;
  hits: Record<Engine, Record<string, number>>;
  top: Record<string, string[]>;
  /** Careline's index built again, warm (what a library change costs once the panel has run). */
  rebuildMs: number;
  /** Smallest step of performance.now() here (Chromium coarsens it to 0.1 ms steps without cross-origin isolation). */
  resolutionMs: number;
}

const ENTRY = `import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { createTemplateIndex } from './utils/templates/search';
globalThis.__searchBench = { Fuse, MiniSearch, createTemplateIndex };`;

function inPage(arg: {
  templates: TemplateRecord[];
  keys: string[];
  hitQueries: string[];
  rounds: number;
  deadline: number;
}): PageResult {
  const {
    Fuse,
    MiniSearch,
    createTemplateIndex: create,
  } = (globalThis as unknown as { __searchBench: Libs }).__searchBench;
  const { templates, keys, hitQueries, rounds, deadline } = arg;
  const time = <T>(fn: () => T): [T, number] => {
    const t0 = performance.now();
    const value = fn();
    return [value, performance.now() - t0];
  };
  const [careline, carelineMs] = time(() => create(templates));
  const [fuse, fuseMs] = time(() => new Fuse(templates, { keys: ['title', 'shortcut', 'tags', 'folder', 'body'] }));
  const [mini, miniMs] = time(() => {
    const m = new MiniSearch({ fields: ['title', 'body', 'shortcut', 'tags'] });
    m.addAll(
      templates.map((x) => ({
        id: x.id,
        title: x.title,
        body: x.body,
        shortcut: x.shortcut ?? '',
        tags: (x.tags ?? []).join(' '),
      })),
    );
    return m;
  });
  const [hay, hayMs] = time(() =>
    templates.map((x) =>
      [x.shortcut ?? '', x.title, ...(x.tags ?? []), x.folder ?? '', x.body].join('\n').toLowerCase(),
    ),
  );
  const run: Record<Engine, (q: string) => number> = {
    careline: (q) => careline.search(q).length,
    fuse: (q) => fuse.search(q).length,
    minisearch: (q) => mini.search(q).length,
    substring: (q) => {
      const s = q.toLowerCase();
      let count = 0;
      for (let i = 0; i < hay.length; i++) if (hay[i]!.includes(s)) count++;
      return count;
    },
  };
  const samples: Record<Engine, number[]> = { careline: [], fuse: [], minisearch: [], substring: [] };
  // Each engine starts from a collected heap, so none pays for another's garbage (needs --expose-gc).
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  for (let r = -1; r < rounds && Date.now() < deadline; r++) {
    for (const engine of ['careline', 'minisearch', 'substring'] as const) {
      gc();
      for (const q of keys) {
        const ms = time(() => run[engine](q))[1];
        if (r >= 0) samples[engine].push(ms); // round -1 warms the JIT up
      }
    }
  }
  gc();
  for (const q of keys) if (Date.now() < deadline) samples.fuse.push(time(() => run.fuse(q))[1]);
  const hits = { careline: {}, fuse: {}, minisearch: {}, substring: {} } as Record<Engine, Record<string, number>>;
  const top: Record<string, string[]> = {};
  for (const q of hitQueries) {
    // Careline returns its best 50 per keystroke; here every match is counted.
    hits.careline[q] = careline.search(q, Infinity).length;
    for (const engine of ['fuse', 'minisearch', 'substring'] as const) hits[engine][q] = run[engine](q);
    top[q] = careline.search(q, 3).map((x) => x.title);
  }
  const rebuildMs = time(() => create(templates))[1];
  let resolutionMs = Infinity;
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    let t1 = t0;
    for (let spin = 0; spin < 1e7 && t1 === t0; spin++) t1 = performance.now();
    resolutionMs = Math.min(resolutionMs, t1 - t0);
  }
  return {
    rebuildMs,
    resolutionMs,
    buildMs: { careline: carelineMs, fuse: fuseMs, minisearch: miniMs, substring: hayMs },
    samples,
    hits,
    top,
  };
}

// --- report --------------------------------------------------------------------------------------
const f2 = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '-');

export async function benchSearch(): Promise<{ table: string[][]; json: unknown }> {
  const loadBefore = os.loadavg().map((x) => round(x));
  const templates = generateTemplates();
  const keys = TYPED.flatMap((t) => t.keys);
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      '--no-sandbox',
      '--js-flags=--expose-gc',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  let result: PageResult;
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    await page.evaluate(NAME_SHIM); // tsx's keepNames wraps inner functions in __name(); see browser.ts
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    result = await page.evaluate(inPage, {
      templates,
      keys,
      hitQueries: HIT_QUERIES,
      rounds: ROUNDS,
      deadline: Date.now() + DEADLINE_MS,
    });
    await page.close();
  } finally {
    await browser.close();
  }

  const stats = Object.fromEntries(ENGINES.map((e) => [e, summarize(result.samples[e])])) as Record<Engine, Summary>;
  // Careline per kind of keystroke: samples are rounds × keys in order, so a key's kind repeats per round.
  const kindOf = TYPED.flatMap((t) => t.keys.map(() => t.kind));
  const byKind: Record<string, Summary> = {};
  for (const kind of new Set(kindOf)) {
    byKind[kind] = summarize(result.samples.careline.filter((_, i) => kindOf[i % keys.length] === kind));
  }
  // Per keystroke over the rounds: its median is what the algorithm costs, a lone max is often the
  // machine (this one is shared; the load average is in the JSON).
  const perKey = keys.map((k, i) => ({
    label: `${kindOf[i]}: ${k}`,
    s: summarize(result.samples.careline.filter((_, j) => j % keys.length === i)),
  }));
  const worst = perKey.reduce((a, b) => (b.s.median > a.s.median ? b : a));
  const c = stats.careline;
  const vsFuse = stats.fuse.p95 / c.p95;
  const vsMini = stats.minisearch.p95 / c.p95;
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const hitCols = ['ro', '개토', 'ㄱㅅ'];
  const table: string[][] = [
    [
      'search (10,000 templates)',
      'build ms',
      'p50 ms',
      'p95 ms',
      'max ms',
      'keystrokes',
      ...hitCols.map((q) => `hits "${q}"`),
    ],
    ...ENGINES.map((e) => [
      e === 'careline'
        ? 'Careline'
        : e === 'fuse'
          ? 'Fuse.js (defaults)'
          : e === 'minisearch'
            ? 'MiniSearch (defaults)'
            : 'substring scan',
      f2(result.buildMs[e]),
      f2(stats[e].median),
      f2(stats[e].p95),
      f2(stats[e].max),
      String(stats[e].n),
      ...hitCols.map((q) => String(result.hits[e][q] ?? '-')),
    ]),
    ...Object.entries(byKind).map(([kind, s]) => [
      `  Careline: ${kind}`,
      '',
      f2(s.median),
      f2(s.p95),
      f2(s.max),
      String(s.n),
      '',
      '',
      '',
    ]),
    [
      `  Careline slowest keystroke (median): ${worst.label}`,
      '',
      f2(worst.s.median),
      '',
      f2(worst.s.max),
      String(worst.s.n),
      '',
      '',
      '',
    ],
    [`Careline p95 <= ${TARGETS.p95Ms} ms`, '', '', f2(c.p95), '', '', verdict(c.p95 <= TARGETS.p95Ms), '', ''],
    [
      `Careline max <= ${TARGETS.maxMs} ms (load avg ${loadBefore[0]})`,
      '',
      '',
      '',
      f2(c.max),
      '',
      verdict(c.max <= TARGETS.maxMs),
      '',
      '',
    ],
    [
      `Fuse.js p95 / Careline p95 (>= ${TARGETS.vsFuse}x)`,
      '',
      '',
      `${vsFuse.toFixed(0)}x`,
      '',
      '',
      verdict(vsFuse >= TARGETS.vsFuse),
      '',
      '',
    ],
    [
      'MiniSearch p95 / Careline p95 (> 1x)',
      '',
      '',
      `${vsMini.toFixed(1)}x`,
      '',
      '',
      verdict(vsMini > TARGETS.vsMiniSearch),
      '',
      '',
    ],
  ];
  const json = {
    templates: TEMPLATE_COUNT,
    loadAverage: { before: loadBefore, after: os.loadavg().map((x) => round(x)) },
    rounds: ROUNDS,
    typed: TYPED,
    buildMs: {
      ...Object.fromEntries(ENGINES.map((e) => [e, round(result.buildMs[e])])),
      carelineWarmRebuild: round(result.rebuildMs),
    },
    perKeystroke: Object.fromEntries(
      ENGINES.map((e) => [
        e,
        { n: stats[e].n, p50: round(stats[e].median, 3), p95: round(stats[e].p95, 3), max: round(stats[e].max, 3) },
      ]),
    ),
    carelineByKind: Object.fromEntries(
      Object.entries(byKind).map(([k, s]) => [
        k,
        { n: s.n, p50: round(s.median, 3), p95: round(s.p95, 3), max: round(s.max, 3) },
      ]),
    ),
    carelineByKeystroke: perKey.map(({ label, s }) => ({ key: label, p50: round(s.median, 3), max: round(s.max, 3) })),
    hits: result.hits,
    carelineTop3: result.top,
    ratios: { fuseP95OverCareline: round(vsFuse, 1), miniSearchP95OverCareline: round(vsMini, 2) },
    targets: TARGETS,
    timerResolutionMs: round(result.resolutionMs, 4),
    met: {
      p95: c.p95 <= TARGETS.p95Ms,
      max: c.max <= TARGETS.maxMs,
      slowestKeystrokeMedian: worst.s.median <= TARGETS.maxMs,
      vsFuse: vsFuse >= TARGETS.vsFuse,
      vsMiniSearch: vsMini > TARGETS.vsMiniSearch,
    },
  };
  return { table, json };
}
