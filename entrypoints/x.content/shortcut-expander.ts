/**
 * `;shortcut` in X's composer: while the agent types `;` + letters a suggestion list follows the
 * caret; Tab (or Enter in the list) replaces the token with the rendered template, in place, through
 * the same insertion strategies as the panel. Templates with fill-in fields hand over to the panel.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BackgroundRequest, PageState, ShortcutRender } from '@/utils/messaging/protocol';
import { shortcutTokenBefore, type ShortcutSuggestion } from '@/utils/templates/shortcuts';
import { insertIntoComposer } from '@/utils/x/insert';
import type { ComposerTarget } from '@/utils/x/types';
import { caretInDraft, rangeAt } from '@/utils/x/insert/caret-memory';
import { safe } from './safe';
import { ShortcutPopup } from './shortcut-popup';

/** Where the `;token` sits: block index and offsets of `;` and of the caret after it. */
export interface TokenSpot {
  editor: HTMLElement;
  block: number;
  start: number;
  end: number;
  prefix: string;
}

export interface ShortcutHooks {
  state(): PageState;
  /** A template with fill-in fields: open the panel on it; the token is replaced on its insert. */
  handOver(templateId: string, spot: TokenSpot): void;
  inserted(target: ComposerTarget, templateId: string): void;
}

const ask = <T>(request: BackgroundRequest) => browser.runtime.sendMessage(request) as Promise<T>;

/** The range covering the token, so an insert replaces it. */
export function tokenRange(spot: TokenSpot): Range | null {
  if (!spot.editor.isConnected) return null;
  const start = rangeAt(spot.editor, { block: spot.block, offset: spot.start });
  const end = rangeAt(spot.editor, { block: spot.block, offset: spot.end });
  if (!start || !end) return null;
  start.setEnd(end.startContainer, end.startOffset);
  return start.toString() === `;${spot.prefix}` ? start : null;
}

export function watchShortcuts(ctx: ContentScriptContext, hooks: ShortcutHooks): void {
  let spot: TokenSpot | null = null;
  let query = 0;
  const popup = new ShortcutPopup((item) => void expand(item));

  function readSpot(): TokenSpot | null {
    if (!document.getSelection()?.isCollapsed) return null;
    const caret = caretInDraft(document);
    const token = caret && shortcutTokenBefore(caret.textBefore);
    if (!caret || !token) return null;
    return { editor: caret.editor, block: caret.position.block, start: token.start, end: caret.position.offset, prefix: token.prefix };
  }

  async function refresh(): Promise<void> {
    spot = readSpot();
    const current = ++query;
    if (!spot || spot.prefix === '') return popup.hide();
    const items = await ask<ShortcutSuggestion[]>({ type: 'careline:shortcut-suggest', prefix: spot.prefix });
    if (current !== query || !spot) return; // the agent typed on meanwhile
    const caretRect = document.getSelection()?.getRangeAt(0).getBoundingClientRect();
    popup.show(items ?? [], caretRect ?? spot.editor.getBoundingClientRect());
  }

  /** Without a list on screen yet (Tab typed fast), the best match for `prefix` is used. */
  async function expand(picked: ShortcutSuggestion | undefined, prefix?: string): Promise<void> {
    const at = spot;
    // A suggestion request still in flight for the token being expanded must not show the list again.
    query++;
    spot = null;
    popup.hide();
    if (!at) return;
    const item =
      picked ?? (prefix ? (await ask<ShortcutSuggestion[]>({ type: 'careline:shortcut-suggest', prefix }))?.[0] : undefined);
    if (!item) return;
    const { context } = hooks.state();
    const rendered = await ask<ShortcutRender | null>({
      type: 'careline:shortcut-render', id: item.id, customer: context.customer, lang: context.tweet?.lang,
    });
    if (!rendered) return;
    if (rendered.unfilled.length > 0 || rendered.missing.length > 0) return hooks.handOver(item.id, at);
    const range = tokenRange(at);
    if (!range) return;
    const target: ComposerTarget = { kind: 'draft', editor: at.editor };
    const outcome = await insertIntoComposer(target, rendered.text, 'insert', { caret: range, cursor: rendered.cursor });
    if (!outcome.ok) return;
    hooks.inserted(target, item.id);
    void ask({ type: 'careline:template-used', id: item.id });
  }

  // Only the agent's own key presses and typing drive the expander (`isTrusted`): a script of the
  // page could otherwise type `;token` + Tab itself and read the customer's CRM values out of the
  // composer without the agent doing anything.
  ctx.addEventListener(document, 'input', safe('shortcut input', (event: Event) => {
    if (event.isTrusted) void refresh();
  }), { capture: true });
  ctx.addEventListener(document, 'keydown', safe('shortcut keys', (event: KeyboardEvent) => {
    if (!spot || event.isComposing || !event.isTrusted) return;
    const key = event.key;
    const handled =
      (popup.visible && (key === 'ArrowDown' || key === 'ArrowUp' || key === 'Enter' || key === 'Escape')) ||
      (key === 'Tab' && !event.shiftKey && spot.prefix !== '');
    if (!handled) return;
    // Capture phase on document: X's Draft handlers never see the key (no newline, no focus move).
    event.preventDefault();
    event.stopPropagation();
    if (key === 'ArrowDown' || key === 'ArrowUp') popup.move(key === 'ArrowDown' ? 1 : -1);
    else if (key === 'Escape') popup.hide();
    else void expand(popup.selected ?? undefined, spot.prefix);
  }), { capture: true });
  // Clicking elsewhere or leaving the composer closes the list.
  ctx.addEventListener(document, 'focusout', safe('shortcut blur', () => popup.hide()), { capture: true });
  ctx.onInvalidated(() => popup.hide());
}
