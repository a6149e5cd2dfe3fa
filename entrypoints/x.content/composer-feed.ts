/**
 * Tells the panel what is in X's reply box around the insert point while the agent types, for the
 * length meter and the team's presence ('replying' once the box holds text). Cheap on purpose: events
 * only schedule one read, at most every FEED_MS, and a read that finds nothing new sends nothing. The
 * first change after a pause is read at once (a colleague's panel learns that the agent started
 * replying without waiting out the interval); the keys that follow cost one read per FEED_MS.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ComposerSnapshot } from '@/utils/messaging/protocol';
import { safe } from './safe';

/** Fast enough that the meter follows typing, slow enough that a burst of keys costs one read. */
const FEED_MS = 150;

export interface ComposerFeed {
  /** Read again soon (the box may have changed: an insert, another page). */
  schedule(): void;
  /** Send the current snapshot even if unchanged (a panel just connected). */
  resend(): void;
}

export function feedComposer(
  ctx: ContentScriptContext,
  read: () => ComposerSnapshot | null,
  send: (snapshot: ComposerSnapshot | null) => void,
  /** Nobody listening: no reads at all. */
  listening: () => boolean,
): ComposerFeed {
  let timer: number | undefined;
  let last: string | undefined;
  let readAt = -Infinity;

  const flush = safe('composer feed', (force: boolean) => {
    timer = undefined;
    readAt = performance.now();
    if (!listening()) return;
    const snapshot = read();
    const key = JSON.stringify(snapshot);
    if (!force && key === last) return;
    last = key;
    send(snapshot);
  });

  function schedule(): void {
    if (timer !== undefined || !listening()) return;
    // A task, not now: the event is seen before X's editor has applied it.
    timer = ctx.setTimeout(() => flush(false), Math.max(0, readAt + FEED_MS - performance.now()));
  }

  // Typing (input reaches the document from X Chat's shadow root too: it is composed), the caret
  // moving, and an IME finishing a syllable.
  for (const type of ['input', 'selectionchange', 'compositionend', 'focusin'] as const) {
    ctx.addEventListener(document, type, safe('composer feed event', schedule), { capture: true });
  }

  return { schedule, resend: () => flush(true) };
}
