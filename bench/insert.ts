/**
 * Insert latency: the agent clicks Insert in the panel -> the text is in X's Draft EditorState.
 * Start: the click event's own time in the panel frame (performance.timeOrigin + event.timeStamp).
 * End: the first moment the imitation's EditorState (window.__xapp.getComposerText()) holds the text,
 * seen either at the end of the paste event's dispatch or by a MutationObserver on the composer (Draft
 * renders from its state on commit). Both are epoch ms; the panel's clock is put on the page's clock
 * with the offset measured by bench/browser.ts (clockOffset).
 */
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { MINJI, X_ORIGIN, clockOffset, panelFrame, waitPanelReady, type ClockOffset } from './browser';

export const TEMPLATE_TITLE = '문의 감사 인사';

export interface InsertSample {
  /** click -> text in Draft state, ms (on the page's clock). */
  latencyMs: number;
  /** click event time -> panel's click handler runs (input delivery into the panel frame). */
  clickToHandlerMs: number;
  /** click -> the content script focuses X's editor (focusin in the page): panel -> port -> content script. */
  clickToFocusMs: number | null;
  /** focus -> paste dispatched: placing the caret and waiting for Draft's selection sync. */
  focusToPasteMs: number | null;
  /** paste dispatched -> state holds the text (Draft's paste handler + React). */
  pasteToStateMs: number | null;
  /** Where the text was first seen: 'paste' (end of dispatch) or 'mutation'. */
  seenBy: string;
}

export interface InsertResult {
  template: string;
  expected: string;
  warmup: number;
  samples: InsertSample[];
  clock: ClockOffset;
  /** Runs that had to reload the page because the editor would not clear. */
  reloads: number;
}

interface ProbeRun {
  focus: number | null;
  selection: number | null;
  paste: number | null;
  pasteEnd: number | null;
  mutation: number | null;
  mutations: number;
}

interface PanelClick {
  at: number;
  handler: number;
}

async function composerText(page: Page): Promise<string | null> {
  return page.evaluate(() =>
    (window as unknown as { __xapp: { getComposerText(): string | null } }).__xapp.getComposerText(),
  );
}

/** Opens the status page, waits for the panel and selects the template; returns the panel frame. */
async function open(page: Page): Promise<Frame> {
  await page.goto(`${X_ORIGIN}${MINJI}`);
  const frame = await panelFrame(page);
  await waitPanelReady(frame);
  await frame.getByRole('option', { name: TEMPLATE_TITLE }).click();
  await frame.evaluate(() => {
    const w = window as unknown as { __benchClicks: PanelClick[] };
    w.__benchClicks = [];
    window.addEventListener(
      'click',
      (event) => {
        if ((event.target as Element | null)?.closest?.('button')?.textContent?.trim() !== 'Insert') return;
        w.__benchClicks.push({
          at: performance.timeOrigin + event.timeStamp,
          handler: performance.timeOrigin + performance.now(),
        });
      },
      { capture: true },
    );
  });
  return frame;
}

/** Empties X's editor the way an agent would (click, select all, Delete) and leaves the caret in it. */
async function clear(page: Page): Promise<boolean> {
  await page.getByTestId('tweetTextarea_0').click();
  if ((await composerText(page)) !== '') {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
  }
  return (await composerText(page)) === '';
}

/** Installs the page-side probe for one run (main world; listeners of an earlier run are removed). */
async function arm(page: Page, expected: string): Promise<void> {
  await page.evaluate((want: string) => {
    const w = window as unknown as {
      __benchAbort?: AbortController;
      __benchRun?: ProbeRun;
      __xapp: { getComposerText(): string | null };
    };
    w.__benchAbort?.abort();
    const abort = new AbortController();
    w.__benchAbort = abort;
    const run: ProbeRun = { focus: null, selection: null, paste: null, pasteEnd: null, mutation: null, mutations: 0 };
    w.__benchRun = run;
    const now = () => performance.timeOrigin + performance.now();
    const has = () => (w.__xapp.getComposerText() ?? '').includes(want);
    const signal = abort.signal;
    const isEditor = (target: EventTarget | null) =>
      !!(target as Element | null)?.closest?.('[data-testid="tweetTextarea_0"]');
    document.addEventListener(
      'focusin',
      (e) => {
        if (run.focus === null && isEditor(e.target)) run.focus = now();
      },
      { capture: true, signal },
    );
    document.addEventListener(
      'selectionchange',
      () => {
        if (run.focus !== null && run.selection === null) run.selection = now();
      },
      { signal },
    );
    window.addEventListener(
      'paste',
      () => {
        if (run.paste === null) run.paste = now();
      },
      { capture: true, signal },
    );
    window.addEventListener(
      'paste',
      () => {
        if (run.pasteEnd === null && has()) run.pasteEnd = now();
      },
      { signal },
    );
    const box = document.querySelector('[data-testid="tweetTextarea_0RichTextInputContainer"]');
    if (!box) throw new Error('no composer in the page');
    const observer = new MutationObserver(() => {
      run.mutations++;
      if (run.mutation === null && has()) {
        run.mutation = now();
        observer.disconnect();
      }
    });
    observer.observe(box, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => observer.disconnect());
  }, expected);
}

async function oneRun(page: Page, frame: Frame, expected: string): Promise<{ probe: ProbeRun; click: PanelClick }> {
  await arm(page, expected);
  await frame.evaluate(() => {
    (window as unknown as { __benchClicks: PanelClick[] }).__benchClicks = [];
  });
  await frame.getByRole('button', { name: 'Insert' }).click({ timeout: 5_000 });
  await page.waitForFunction(
    () => {
      const run = (window as unknown as { __benchRun?: ProbeRun }).__benchRun;
      return !!run && (run.pasteEnd !== null || run.mutation !== null);
    },
    undefined,
    { timeout: 5_000 },
  );
  // Let the panel hear back (Insert is disabled while busy) before the next run.
  await frame.waitForFunction(
    () => !(document.querySelector('button.primary') as HTMLButtonElement | null)?.disabled,
    undefined,
    {
      timeout: 5_000,
    },
  );
  const probe = await page.evaluate(() => (window as unknown as { __benchRun: ProbeRun }).__benchRun);
  const clicks = await frame.evaluate(() => (window as unknown as { __benchClicks: PanelClick[] }).__benchClicks);
  const click = clicks[0];
  if (clicks.length !== 1 || !click) throw new Error(`expected one Insert click in the panel, saw ${clicks.length}`);
  const after = await composerText(page);
  if (after !== expected)
    throw new Error(`composer holds ${JSON.stringify(after)}, expected ${JSON.stringify(expected)}`);
  return { probe, click };
}

export async function benchInsert(
  context: BrowserContext,
  opts: { runs: number; warmup: number; deadline: number },
): Promise<InsertResult> {
  const page = await context.newPage();
  let frame = await open(page);
  const expected = (await frame.locator('.preview-text').textContent())?.trim() ?? '';
  if (!expected.includes('김민지')) throw new Error(`unexpected template preview: ${JSON.stringify(expected)}`);
  const clock = await clockOffset(page, frame);
  const samples: InsertSample[] = [];
  let reloads = 0;
  for (let i = 0; i < opts.warmup + opts.runs && Date.now() < opts.deadline; i++) {
    if (!(await clear(page))) {
      reloads++;
      frame = await open(page);
      if (!(await clear(page))) throw new Error('the composer does not start empty even after a reload');
    }
    const { probe, click } = await oneRun(page, frame, expected);
    if (i < opts.warmup) continue;
    const clickOnPage = click.at + clock.offsetMs;
    const seen = [probe.pasteEnd, probe.mutation].filter((t): t is number => t !== null);
    const state = Math.min(...seen);
    samples.push({
      latencyMs: state - clickOnPage,
      clickToHandlerMs: click.handler - click.at,
      clickToFocusMs: probe.focus === null ? null : probe.focus - clickOnPage,
      focusToPasteMs: probe.focus === null || probe.paste === null ? null : probe.paste - probe.focus,
      pasteToStateMs: probe.paste === null ? null : state - probe.paste,
      seenBy: state === probe.pasteEnd ? 'paste' : 'mutation',
    });
  }
  await page.close();
  return { template: TEMPLATE_TITLE, expected, warmup: opts.warmup, samples, clock, reloads };
}
