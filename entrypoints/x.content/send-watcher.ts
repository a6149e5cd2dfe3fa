/**
 * Automatic history: when a reply Careline helped write leaves X's composer (a click on X's
 * Post/Reply/Send button, or Ctrl/Cmd+Enter, or Enter in X Chat), the final text is read from the
 * composer just before X clears it and logged in the customer's history by the background.
 * Replies the agent wrote without Careline are not logged: this is Careline's log, not a scraper.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BackgroundRequest, PageState } from '@/utils/messaging/protocol';
import { closestOf, findComposer } from '@/utils/x';
import { draftText } from '@/utils/x/insert';
import type { ComposerTarget } from '@/utils/x/types';
import { safe } from './safe';

export interface SendWatcher {
  /** Careline just inserted into this composer (with this template, if any). */
  markInserted(target: ComposerTarget, templateId?: string): void;
}

const elementOf = (t: ComposerTarget) => (t.kind === 'draft' ? t.editor : t.textarea);
const textOf = (t: ComposerTarget) => (t.kind === 'draft' ? draftText(t.editor) : t.textarea.value).trim();

export function watchSends(ctx: ContentScriptContext, state: () => PageState): SendWatcher {
  /** Composers holding a Careline insert that has not been sent yet. */
  const marked = new WeakMap<Element, { templateId?: string }>();

  function logIfMarked(target: ComposerTarget | null): void {
    if (!target) return;
    const mark = marked.get(elementOf(target));
    const text = textOf(target);
    const { context } = state();
    if (!mark || !text || !context.customer) return;
    marked.delete(elementOf(target));
    const request: BackgroundRequest = {
      type: 'careline:reply-sent',
      reply: {
        customer: { handle: context.customer.handle, name: context.customer.name },
        text,
        tweetUrl: context.tweet?.url,
        statusId: context.tweet?.statusId,
        templateId: mark.templateId,
      },
    };
    void browser.runtime.sendMessage(request).catch(() => undefined);
  }

  // Capture phase: we read the composer before X's own handler sends and clears it.
  ctx.addEventListener(document, 'click', safe('send click', (event: Event) => {
    const el = event.target instanceof Element ? event.target : null;
    if (!el || !(closestOf(el, 'sendInline') || closestOf(el, 'sendModal') || closestOf(el, 'chatSend'))) return;
    logIfMarked(findComposer(document));
  }), { capture: true });
  ctx.addEventListener(document, 'keydown', safe('send keys', (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    const target = findComposer(document);
    if (!target || !event.composedPath().includes(elementOf(target))) return;
    const sends = target.kind === 'draft' ? event.ctrlKey || event.metaKey : !event.shiftKey;
    if (sends) logIfMarked(target);
  }), { capture: true });

  return {
    markInserted(target, templateId) {
      marked.set(elementOf(target), { templateId });
    },
  };
}
