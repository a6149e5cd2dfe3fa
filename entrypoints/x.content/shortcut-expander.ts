/**
 * `;shortcut` in X's composer: while the agent types `;` + letters a suggestion list follows the
 * caret; Tab (or Enter in the list) replaces the token with the rendered template, in place, through
 * the same insertion strategies as the panel. The background renders for the page with public values
 * only; a template that uses the customer's record or has fill-in fields is handed to the panel.
 *
 * x.com's scripts can move the caret and focus, plant look-alike post boxes, rename the post's author
 * and restyle the list. So the expander acts only on the agent's own (trusted) input and key presses,
 * aimed at the composer Careline found for the current reply context, which must have focus and hold
 * the token at the caret, and only while the list is really on screen; the customer is the one
 * Careline's reply context named when the agent typed the token, never read off the page at key time.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { askBackground } from '@/utils/messaging/background-api';
import type { PageState } from '@/utils/messaging/protocol';
import { shortcutTokenBefore, type ShortcutSuggestion } from '@/utils/templates/shortcuts';
import { insertIntoComposer } from '@/utils/x/insert';
import type { ComposerTarget, XPerson } from '@/utils/x/types';
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

/** A token the agent typed, with whom (and as which account) Careline's reply context was answering then. */
interface TypedToken extends TokenSpot {
  customer?: XPerson;
  lang?: string;
  account?: string;
}

export interface ShortcutHooks {
  state(): PageState;
  /** The composer Careline found for the current reply context (context-watcher.ts). */
  composer(): ComposerTarget | null;
  /** A template for the panel (customer fields, fill-ins): the panel opens it; its insert replaces the token. */
  handOver(templateId: string, spot: TokenSpot): void;
  inserted(target: ComposerTarget, templateId: string): void;
}

/** The range covering the token, so an insert replaces it. */
export function tokenRange(spot: TokenSpot): Range | null {
  if (!spot.editor.isConnected) return null;
  const start = rangeAt(spot.editor, { block: spot.block, offset: spot.start });
  const end = rangeAt(spot.editor, { block: spot.block, offset: spot.end });
  if (!start || !end) return null;
  start.setEnd(end.startContainer, end.startOffset);
  return start.toString() === `;${spot.prefix}` ? start : null;
}

const sameSpot = (a: TokenSpot, b: TokenSpot) =>
  a.editor === b.editor && a.block === b.block && a.start === b.start && a.end === b.end && a.prefix === b.prefix;

const samePerson = (a: XPerson | undefined, b: XPerson | undefined) =>
  a?.handle.toLowerCase() === b?.handle.toLowerCase() && a?.name === b?.name;

export function watchShortcuts(ctx: ContentScriptContext, hooks: ShortcutHooks): void {
  let spot: TypedToken | null = null;
  let query = 0;
  const popup = new ShortcutPopup((item) => {
    // A real click on an option: the same checks as a key press, the composer standing in as target.
    const at = confirmed(ourComposer());
    if (at && popup.visible) void expand(item, at);
  });

  /** Careline's composer for the current reply context: a Draft editor still in the page. */
  function ourComposer(): HTMLElement | null {
    const found = hooks.composer();
    return found?.kind === 'draft' && found.editor.isConnected ? found.editor : null;
  }

  /** The `;token` at the caret in `editor`, when `editor` has the focus and the caret. */
  function tokenIn(editor: HTMLElement): TokenSpot | null {
    if (document.activeElement !== editor || !document.getSelection()?.isCollapsed) return null;
    const caret = caretInDraft(document);
    if (!caret || caret.editor !== editor) return null;
    const token = shortcutTokenBefore(caret.textBefore);
    if (!token) return null;
    return {
      editor,
      block: caret.position.block,
      start: token.start,
      end: caret.position.offset,
      prefix: token.prefix,
    };
  }

  /** The typed token, if it is still what the agent is acting on (`target`: the key press's). */
  function confirmed(target: EventTarget | null): TypedToken | null {
    const editor = ourComposer();
    if (!spot || !editor || target !== editor || spot.editor !== editor) return null;
    const now = tokenIn(editor);
    if (!now || !sameSpot(now, spot)) return null;
    // The reply context moved to someone else since the agent typed: not the token they meant.
    return samePerson(hooks.state().context.customer, spot.customer) ? spot : null;
  }

  function drop(): void {
    spot = null;
    query++; // an answer still in flight must not show the list again
    popup.hide();
  }

  async function refresh(editor: HTMLElement): Promise<void> {
    const found = tokenIn(editor);
    if (!found || found.prefix === '') return drop();
    const { context, account } = hooks.state();
    const typed: TypedToken = { ...found, customer: context.customer, lang: context.tweet?.lang, account };
    spot = typed;
    const current = ++query;
    const items = await askBackground({
      type: 'careline:shortcut-suggest',
      prefix: typed.prefix,
      lang: typed.lang,
      account: typed.account,
    });
    if (current !== query || spot !== typed) return; // the agent typed on meanwhile
    const caretRect = document.getSelection()?.getRangeAt(0).getBoundingClientRect();
    popup.show(items ?? [], caretRect ?? editor.getBoundingClientRect());
  }

  async function expand(item: ShortcutSuggestion, at: TypedToken): Promise<void> {
    drop();
    const customer = at.customer ? { handle: at.customer.handle, name: at.customer.name } : undefined;
    const rendered = await askBackground({
      type: 'careline:shortcut-render',
      id: item.id,
      customer,
      lang: at.lang,
      account: at.account,
    });
    if (!rendered) return;
    if (rendered.kind === 'panel') return hooks.handOver(item.id, at);
    const range = tokenRange(at);
    if (!range || ourComposer() !== at.editor) return;
    const target: ComposerTarget = { kind: 'draft', editor: at.editor };
    const outcome = await insertIntoComposer(target, rendered.text, 'insert', {
      caret: range,
      cursor: rendered.cursor,
    });
    if (!outcome.ok) return;
    hooks.inserted(target, item.id); // counted as used when the agent sends it (send-watcher.ts)
  }

  // Only the agent's own typing, in Careline's composer, arms the expander: a script of the page
  // could otherwise type `;token` itself, or steer the caret elsewhere while Careline reads it.
  ctx.addEventListener(
    document,
    'input',
    safe('shortcut input', (event: Event) => {
      const editor = ourComposer();
      if (!event.isTrusted || !editor || event.target !== editor) return drop();
      void refresh(editor);
    }),
    { capture: true },
  );
  ctx.addEventListener(
    document,
    'keydown',
    safe('shortcut keys', (event: KeyboardEvent) => {
      if (!spot || event.isComposing || !event.isTrusted) return;
      const key = event.key;
      const handled =
        key === 'ArrowDown' ||
        key === 'ArrowUp' ||
        key === 'Enter' ||
        key === 'Escape' ||
        (key === 'Tab' && !event.shiftKey);
      // Keys act on the list only while the agent can see it; otherwise they are X's (Tab moves on).
      if (!handled || !popup.visible) return;
      const at = confirmed(event.target);
      if (!at) return drop();
      // Capture phase on document: X's Draft handlers never see the key (no newline, no focus move).
      event.preventDefault();
      event.stopPropagation();
      if (key === 'ArrowDown' || key === 'ArrowUp') popup.move(key === 'ArrowDown' ? 1 : -1);
      else if (key === 'Escape') popup.hide();
      else {
        const item = popup.selected;
        if (item) void expand(item, at);
      }
    }),
    { capture: true },
  );
  // Clicking elsewhere or leaving the composer closes the list.
  ctx.addEventListener(
    document,
    'focusout',
    safe('shortcut blur', () => popup.hide()),
    { capture: true },
  );
  ctx.onInvalidated(() => popup.hide());
}
