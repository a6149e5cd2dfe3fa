/**
 * One post's queue mark on x.com: a host element in the post's card with a CLOSED shadow root, so
 * x.com's scripts can neither read nor restyle what it says. It takes no room in X's layout: it is
 * drawn over the card's top right corner (X's cards are positioned), or as a line of its own where a
 * card is not.
 */
import { t, tn, type ContentKey } from './words';
import { durationOf, type MarkView } from './queue-mark-view';

export const MARK_TAG = 'careline-queue-mark';

const CSS = `
:host { all: initial; }
.mark {
  position: absolute; top: 6px; right: 48px; z-index: 1; pointer-events: none;
  font: 600 12px/16px system-ui, -apple-system, "Segoe UI", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif;
  padding: 1px 8px; border-radius: 9999px; white-space: nowrap; word-break: keep-all;
  color: #0f1419; background: #eff3f4; border: 1px solid #cfd9de;
}
.inline { position: static; display: inline-block; margin: 4px 0 0 64px; }
.mark[data-state="answered"], .mark[data-state="handed-off"] { color: #006b3f; background: #e6f6ee; border-color: #8fd4b2; }
.mark[data-state="claimed"] { color: #5b2fc0; background: #f0ebff; border-color: #c6b5f5; }
.mark[data-past] { color: #fff; background: #c4161c; border-color: #c4161c; }
`;

let shared: CSSStyleSheet | null | undefined;

/**
 * One style sheet parsed once and shared by every mark, where the browser lets a content script
 * adopt it (Chromium); else each mark carries its own <style>.
 */
function adoptShared(root: ShadowRoot): boolean {
  try {
    if (shared === undefined) {
      shared = new CSSStyleSheet();
      shared.replaceSync(CSS);
    }
    if (!shared) return false;
    root.adoptedStyleSheets = [shared];
    return true;
  } catch {
    shared = null;
    return false;
  }
}

export interface MarkElement {
  host: HTMLElement;
  update(view: MarkView, targetMinutes: number): void;
}

/** A mark's words: "Answered in 12 min", "Handed off", "Claimed", "Waiting 23 min". */
export function markText(view: MarkView): string {
  const time = view.minutes === null ? '' : durationText(view.minutes);
  switch (view.state) {
    case 'answered':
      return view.minutes === null ? t('content.queue.answered') : t('content.queue.answeredIn', { time });
    case 'handed-off': {
      const state = view.ticket && Object.hasOwn(TICKET_STATES, view.ticket) ? TICKET_STATES[view.ticket] : undefined;
      return state ? t('content.queue.handedOffTicket', { state: t(state) }) : t('content.queue.handedOff');
    }
    case 'claimed':
      return t('content.queue.claimed');
    case 'waiting':
      return t('content.queue.waiting', { time });
  }
}

/** The call center's states the mark can say; an unknown one reads as plain "Handed off". */
const TICKET_STATES: Record<string, ContentKey> = {
  received: 'content.queue.ticket.received',
  'in-progress': 'content.queue.ticket.in-progress',
  solved: 'content.queue.ticket.solved',
  closed: 'content.queue.ticket.closed',
};

function durationText(minutes: number): string {
  const d = durationOf(minutes);
  return tn(`content.queue.${d.unit}`, d.n);
}

/** A new mark for a card; `positioned`: whether X's card is a containing block for it. */
export function createMarkElement(doc: Document, positioned: boolean): MarkElement {
  const host = doc.createElement(MARK_TAG);
  if (positioned) {
    // Out of X's flow and contained: drawing a mark relays out the mark, not X's list around it.
    host.style.cssText =
      'display:block!important;position:absolute!important;top:0!important;right:0!important;' +
      'width:0!important;height:0!important;contain:layout style!important;';
  } else {
    host.style.setProperty('display', 'block', 'important');
  }
  const root = host.attachShadow({ mode: 'closed' });
  const mark = doc.createElement('span');
  mark.className = positioned ? 'mark' : 'mark inline';
  if (!adoptShared(root)) {
    const style = doc.createElement('style');
    style.textContent = CSS;
    root.append(style);
  }
  root.append(mark);
  let shown = '';
  return {
    host,
    update(view, targetMinutes) {
      const text = markText(view);
      const key = `${view.state}|${text}|${view.past}`;
      if (key === shown) return;
      shown = key;
      mark.textContent = text;
      mark.dataset.state = view.state;
      if (view.past) {
        mark.dataset.past = '';
        mark.title = t('content.queue.pastTarget', { target: targetMinutes });
      } else {
        delete mark.dataset.past;
        mark.removeAttribute('title');
      }
    },
  };
}
