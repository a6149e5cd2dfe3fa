/**
 * Automatic history: when a reply Careline helped write leaves X's composer (a click on X's
 * Post/Reply/Send button, or Ctrl/Cmd+Enter, or Enter in X Chat), the final text is read from the
 * composer just before X clears it and logged in the customer's history by the background.
 * Replies the agent wrote without Careline are not logged: this is Careline's log, not a scraper.
 * x.com's scripts can dispatch clicks and key presses and rewrite the composer, so only the agent's
 * own (trusted) sends count, the text is capped, and the reply is logged for the customer and post
 * Careline's reply context named when the insert was made, whatever the page shows by send time.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { askBackground } from '@/utils/messaging/background-api';
import { capLoggedReply, MAX_LOGGED_POST_CHARS, type InsertDesk, type PageState } from '@/utils/messaging/protocol';
import { closestOf, findComposer } from '@/utils/x';
import { draftText } from '@/utils/x/insert';
import type { ComposerTarget } from '@/utils/x/types';
import type { OwnSends } from './own-sends';
import { safe } from './safe';

export interface SendWatcher {
  /**
   * Careline just inserted into this composer (with this template, if any), for the current customer;
   * suggestedId: the template the panel preselected for the post; desk: the post's topic and place.
   */
  markInserted(target: ComposerTarget, templateId?: string, suggestedId?: string, desk?: InsertDesk): void;
}

/** An insert waiting to be sent: whom and which post it was made for. */
interface Mark {
  templateId?: string;
  customer: { handle: string; name?: string };
  tweetUrl?: string;
  statusId?: string;
  postText?: string;
  suggestedId?: string;
  /** The brand account X showed at Careline's read before the insert: the reply goes out as it. */
  account?: string;
  desk?: InsertDesk;
}

const elementOf = (t: ComposerTarget) => (t.kind === 'draft' ? t.editor : t.textarea);
const textOf = (t: ComposerTarget) => (t.kind === 'draft' ? draftText(t.editor) : t.textarea.value).trim();

export function watchSends(ctx: ContentScriptContext, state: () => PageState, sent?: OwnSends): SendWatcher {
  /** Composers holding a Careline insert that has not been sent yet. */
  const marked = new WeakMap<Element, Mark>();

  function logIfMarked(target: ComposerTarget | null): void {
    if (!target) return;
    const mark = marked.get(elementOf(target));
    const text = textOf(target);
    // Every send is remembered for its post, Careline's or not: X then shows it as the brand's reply.
    const post = mark?.statusId ?? state().context.tweet?.statusId;
    if (post && text) sent?.note(post, text);
    if (!mark || !text) return;
    marked.delete(elementOf(target));
    const { templateId, customer, tweetUrl, statusId, postText, suggestedId, account, desk } = mark;
    void askBackground({
      type: 'careline:reply-sent',
      reply: {
        customer,
        text: capLoggedReply(text),
        tweetUrl,
        statusId,
        templateId,
        postText,
        suggestedId,
        account,
        ...(desk?.topic ? { topic: desk.topic } : {}),
        ...(desk?.place ? { place: desk.place } : {}),
        ...(desk?.templateTitle ? { templateTitle: desk.templateTitle } : {}),
      },
    }).catch(() => undefined);
  }

  // Capture phase: we read the composer before X's own handler sends and clears it. A click the
  // page dispatched (isTrusted false) is not the agent sending: it logs nothing.
  ctx.addEventListener(
    document,
    'click',
    safe('send click', (event: Event) => {
      if (!event.isTrusted) return;
      const el = event.target instanceof Element ? event.target : null;
      if (!el || !(closestOf(el, 'sendInline') || closestOf(el, 'sendModal') || closestOf(el, 'chatSend'))) return;
      logIfMarked(findComposer(document));
    }),
    { capture: true },
  );
  ctx.addEventListener(
    document,
    'keydown',
    safe('send keys', (event: KeyboardEvent) => {
      if (!event.isTrusted || event.key !== 'Enter' || event.isComposing) return;
      const target = findComposer(document);
      if (!target || !event.composedPath().includes(elementOf(target))) return;
      const sends = target.kind === 'draft' ? event.ctrlKey || event.metaKey : !event.shiftKey;
      if (sends) logIfMarked(target);
    }),
    { capture: true },
  );

  return {
    markInserted(target, templateId, suggestedId, desk) {
      // Who the reply is for, and as which account, is decided now, from Careline's own reply context:
      // renaming the post's author or the account on the page before the send must not change the log.
      const { context, account } = state();
      if (!context.customer) {
        marked.delete(elementOf(target));
        return;
      }
      const { handle, name } = context.customer;
      marked.set(elementOf(target), {
        templateId,
        customer: { handle, name },
        tweetUrl: context.tweet?.url,
        statusId: context.tweet?.statusId,
        postText: context.tweet?.text.slice(0, MAX_LOGGED_POST_CHARS),
        suggestedId,
        ...(account ? { account } : {}),
        desk,
      });
    },
  };
}
