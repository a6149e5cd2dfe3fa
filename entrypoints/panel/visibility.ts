/**
 * Clickjacking guard: Insert and Send handoff act only while the agent can really see the
 * panel. x.com's page can make Careline's <careline-panel> host nearly transparent, transform it, or
 * lay its own element over the panel with a lure under the agent's pointer; the click then lands in
 * the panel without the agent meaning it. Chromium's IntersectionObserver v2 (`trackVisibility`)
 * tells this frame whether anything in the whole page (x.com's DOM included) covers it, or makes it
 * less than opaque, transformed or filtered. What x.com shows elsewhere (its menus, toasts) does not
 * overlap the panel and does not count.
 *
 * In Chromium a change in x.com's page reaches this frame's observer only about a second later, and
 * a new observation's first report takes as long. So the observer runs all the
 * time, a click is judged on its latest report, and only a click with no report yet waits for one.
 * A modal dialog of the panel (Fill in, Hand off) lies over the rest of the panel itself: while one
 * is open, it is the dialog that must be visible, and the page behind it is judged afresh afterwards.
 *
 * Firefox has no IntersectionObserver v2: there every action goes through, and what protects the
 * panel is that x.com cannot find or frame it (docs/security.md).
 */
import { create } from 'zustand';
import { entryVisible, trackVisibilityInit, tracksVisibility } from '@/utils/track-visibility';
import { INITIAL_SIGHT, seen, verdict, type Sight, type SightState } from './visibility-rules';

/** No report by then (the frame is not being painted): the action is refused, with the reason. */
const CHECK_TIMEOUT_MS = 3_000;

class Guard {
  private readonly states = new Map<Element, SightState>();
  private readonly dialogs: Element[] = [];
  private readonly waiters = new Set<() => void>();
  /** Reports about the page behind a dialog computed before this time are about the dialog. */
  private bodyFreshAfter = 0;
  private readonly observer = new IntersectionObserver((entries) => this.report(entries), trackVisibilityInit(0));

  constructor() {
    this.observe(document.body);
  }

  private observe(target: Element): void {
    // A fresh observation gets a first report of its own; what was once seen covered stays known.
    const before = this.states.get(target);
    this.observer.unobserve(target);
    this.states.set(target, { ...INITIAL_SIGHT, everCovered: before?.everCovered ?? false });
    this.observer.observe(target);
  }

  private report(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const state = this.states.get(entry.target);
      if (!state) continue;
      if (entry.target === document.body && (this.dialogs.length > 0 || entry.time < this.bodyFreshAfter)) continue;
      const visible = entryVisible(entry);
      const sight: Sight = !entry.isIntersecting ? 'away' : visible ? 'visible' : 'covered';
      this.states.set(entry.target, seen(state, sight, entry.time));
    }
    // The page stopped covering the panel: the refusal's alert has said its piece.
    const current = this.states.get(this.dialogs.at(-1) ?? document.body);
    if (current?.sight === 'visible' && useCoveredStore.getState().refused) useCoveredStore.setState({ refused: null });
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }

  watchDialog(dialog: Element): () => void {
    this.dialogs.push(dialog);
    this.observe(dialog);
    return () => {
      this.dialogs.splice(this.dialogs.indexOf(dialog), 1);
      this.observer.unobserve(dialog);
      this.states.delete(dialog);
      this.bodyFreshAfter = performance.now();
      this.observe(document.body);
    };
  }

  async check(): Promise<boolean> {
    const target = this.dialogs.at(-1) ?? document.body;
    const deadline = performance.now() + CHECK_TIMEOUT_MS;
    for (;;) {
      const now = performance.now();
      const state = this.states.get(target) ?? INITIAL_SIGHT;
      const next = verdict(state, now);
      if (next.kind === 'act') return true;
      if (next.kind === 'refuse' || now >= deadline) return false;
      // Shown again after being closed: its old report says nothing about now.
      if (next.kind === 'recheck') this.observe(target);
      await this.nextReport(Math.min(deadline - now, next.kind === 'wait' ? next.ms : Infinity));
    }
  }

  private nextReport(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
    });
  }
}

let guard: Guard | null = null;

/** Started with the panel (main.tsx), so a verdict is ready by the agent's first click. */
export function startVisibilityGuard(): void {
  if (!guard && tracksVisibility() && document.body) guard = new Guard();
}

/** A modal dialog of the panel is open: until the returned function runs, it is what must be visible. */
export function watchDialogVisibility(dialog: Element): () => void {
  startVisibilityGuard();
  return guard ? guard.watchDialog(dialog) : () => undefined;
}

export type GuardedAction = 'insert' | 'handoff';

/** Which action was last refused because the panel was covered (its alert shows until the next try). */
export const useCoveredStore = create<{ refused: GuardedAction | null }>(() => ({ refused: null }));

/** True if `action` may go ahead; otherwise the refusal is recorded for the alert to say why. */
export async function visibleFor(action: GuardedAction): Promise<boolean> {
  startVisibilityGuard();
  const ok = guard ? await guard.check() : true;
  useCoveredStore.setState({ refused: ok ? null : action });
  return ok;
}
