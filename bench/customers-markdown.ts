/**
 * The customer card and CSV import sections of docs/benchmarks.md: each figure beside its floor,
 * measured in the same run on the same database, and their ratio (the target is set on the ratio, so
 * the shared machine's load cancels out).
 */
import type { CardNavigationFigures } from './card-navigation';
import type { CustomerCardFigures } from './customers-card';
import type { CustomerImportFigures } from './customers-import';

export const CARD_HEADING = '## Customer card lookup (issue 13, point 10)';
export const IMPORT_HEADING = '## Customer CSV import (issue 13, point 11)';

export interface RunNote {
  date: string;
  command: string;
  machine: string;
}

const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const ms = (n: number, digits = 2) => n.toFixed(digits);
const verdict = (met: boolean, target: string) => `${met ? 'met' : 'MISSED'} (${target})`;

export function cardMarkdown(card: CustomerCardFigures, nav: CardNavigationFigures | undefined, run: RunNote): string {
  const rows = [
    line(['', 'n', 'p50 ms', 'p95 ms', 'max ms']),
    line(['---', '---', '---', '---', '---']),
    line([
      'floor: Dexie `get` + 21 newest events by `[customerHandle+at]`',
      card.floor.n,
      ms(card.floor.median),
      ms(card.floor.p95),
      ms(card.floor.max),
    ]),
    line([
      "card: the panel's `loadCard(handle, 20)`",
      card.panel.n,
      ms(card.panel.median),
      ms(card.panel.p95),
      ms(card.panel.max),
    ]),
    line([`**card p95 ÷ floor p95: ${card.ratio.toFixed(2)}x**`, '', '', '', verdict(card.ratio <= 1.3, '<= 1.3x')]),
  ];
  if (nav)
    rows.push(
      line([
        'SPA navigation to a known customer’s post → card painted in the panel',
        nav.toPainted.n,
        ms(nav.toPainted.median, 1),
        ms(nav.toPainted.p95, 1),
        ms(nav.toPainted.max, 1),
      ]),
      line([
        '  of which: → the post in the panel (page state arrived)',
        nav.toPost.n,
        ms(nav.toPost.median, 1),
        ms(nav.toPost.p95, 1),
        ms(nav.toPost.max, 1),
      ]),
      line([
        '  of which: → customer ID in the panel’s DOM',
        nav.toDom.n,
        ms(nav.toDom.median, 1),
        ms(nav.toDom.p95, 1),
        ms(nav.toDom.max, 1),
      ]),
      line([
        '**navigation → card painted p95**',
        '',
        '',
        ms(nav.toPainted.p95, 1),
        verdict(nav.toPainted.p95 <= 100, '<= 100 ms'),
      ]),
    );
  return [
    '',
    CARD_HEADING,
    '',
    `${card.customers.toLocaleString('en-US')} customers and ${card.events.toLocaleString('en-US')} events${
      card.events < card.eventsRequested
        ? ` (of ${card.eventsRequested.toLocaleString('en-US')} asked for: generation stops at the bench's deadline on a loaded machine)`
        : ''
    } generated in`,
    "Careline's database, then lookups for uniformly random customers, the card and its floor in turns on the",
    'same database (bench/customers-card.ts). The navigation rows: the x.com imitation moves between four',
    "customers' posts with pushState; the clock runs from just before pushState to the next frame after the",
    "customer's ID appears in the panel's card (a MutationObserver in the panel frame, put on the page's clock",
    `with the measured offset, ${nav ? `${nav.clockOffsetMs.toFixed(2)} ± ${nav.clockBoundMs.toFixed(2)} ms` : 'not measured'}; bench/card-navigation.ts).`,
    '',
    `Measured ${run.date} with \`${run.command}\`; ${run.machine}.`,
    '',
    ...rows,
    '',
    'The navigation time is absolute, not a ratio: it crosses three processes (x.com, the content script,',
    "the panel frame) and moves with the machine's load average; its rows say how much of it is the page",
    "state reaching the panel and how much the card's own read and render.",
    '',
  ].join('\n');
}

export function importMarkdown(csv: CustomerImportFigures, run: RunNote): string {
  const heap = (label: string, r: CustomerImportFigures['reimport']) =>
    r.pageHeapMB
      ? line([
          label,
          `${r.pageHeapMB.before} / ${r.pageHeapMB.peak} / ${r.pageHeapMB.after} MB`,
          `${r.workerHeapPeakMB ?? '?'} MB`,
        ])
      : line([label, 'not sampled', '']);
  return [
    '',
    IMPORT_HEADING,
    '',
    `${csv.fresh.rows.toLocaleString('en-US')} generated rows (Korean and English, ${(csv.fresh.bytes / 2 ** 20).toFixed(1)} MB UTF-8 with BOM) chosen`,
    'in the options page\'s "Import customers", timed in the page from the file input\'s change event to',
    '"Imported N customers" (decode, both parsing passes, validation, merge, writes, progress; the wait on the',
    "preview for the agent's click is left out). The floor: Dexie `customers.bulkPut` of the same records in",
    "5,000-row chunks in the same page, into a fresh database with Careline's schema, once before and once",
    'after the import (bench/customers-import.ts).',
    '',
    `Measured ${run.date} with \`${run.command}\`; ${run.machine}.`,
    '',
    line(['', 'time', 'rows/s']),
    line(['---', '---', '---']),
    line([
      'floor: bulkPut before the import',
      `${ms(csv.bulkPutCeiling.ms / 1000, 1)} s`,
      csv.bulkPutCeiling.rowsPerSecond,
    ]),
    line(['floor: bulkPut after the import', `${ms(csv.bulkPutAfter.ms / 1000, 1)} s`, csv.bulkPutAfter.rowsPerSecond]),
    line([`import, new customers (${csv.thread})`, `${ms(csv.fresh.ms / 1000, 1)} s`, csv.fresh.rowsPerSecond]),
    line([
      're-import of the same file (all updates)',
      `${ms(csv.reimport.ms / 1000, 1)} s`,
      csv.reimport.rowsPerSecond,
    ]),
    line([`**import ÷ mean floor: ${csv.vsBulkPut.toFixed(2)}x**`, verdict(csv.vsBulkPut <= 1.3, '<= 1.3x'), '']),
    '',
    'JS heap (after a GC before, peak during, after a GC once done), sampled over CDP every 50 ms:',
    '',
    line(['import', 'options page: before / peak / after', 'import worker peak']),
    line(['---', '---', '---']),
    heap(`re-import, ${csv.reimport.rows.toLocaleString('en-US')} rows`, csv.reimport),
    heap(`re-import, first ${csv.smaller.rows.toLocaleString('en-US')} rows`, csv.smaller),
    '',
    'The worker is closed after each import. Progress: the "Import progress" bar moves after every 5,000-row',
    'chunk (tests/e2e/options-customers.spec.ts follows it through a 100,000-row import).',
    '',
  ].join('\n');
}

/** `doc` with `section` in place of the one under its heading (to the next `## `), or appended. */
export function replaceSection(doc: string, heading: string, section: string): string {
  const at = doc.indexOf(`\n${heading}`);
  if (at === -1) return `${doc.trimEnd()}\n${section}`;
  const end = doc.indexOf('\n## ', at + 1);
  return `${doc.slice(0, at)}${section}${end === -1 ? '' : doc.slice(end)}`;
}
