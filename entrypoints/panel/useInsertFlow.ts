/**
 * Insert, step by step: fill-in fields first (the Fill in dialog, which also takes the values the
 * customer's record lacks), or, with no fill-in fields, missing values flagged for the agent to
 * confirm; then the content script writes into X's composer; the use is counted when the agent
 * sends the reply, not here.
 * If X's reply box cannot be found, the reply goes to the clipboard and the alert says so.
 */
import type { TemplateRecord } from '@/utils/db/types';
import type { InsertDesk, PageState } from '@/utils/messaging/protocol';
import { eventsRepo } from '@/utils/db/events-repo';
import { agentSettings } from '@/utils/settings/settings';
import type { Translate } from '@/utils/i18n/pages';
import { renderTemplate, type RenderValues } from '@/utils/templates/render';
import type { PrivateField } from '@/utils/templates/public-reply';
import { bodyFor } from '@/utils/templates/variants';
import { copyText } from './clipboard';
import { PanelTimeoutError } from '@/utils/messaging/pending-requests';
import type { PanelLink } from './link';
import { holdPublicReply } from './public/guard';
import { postDeskNow } from './desk/usePostDesk';
import { isDeskReply } from './desk/useDeskReplies';
import { usePanelStore } from './store';
import { visibleFor } from './visibility';
import { useShallow } from 'zustand/react/shallow';

export interface InsertRequest {
  template: TemplateRecord;
  lang: string;
  inputs?: Record<string, string>;
  /** Values the record lacks, typed by the agent in Fill in for this insert only (by path). */
  given?: Record<string, string>;
  /** The agent saw the missing values and inserts anyway (Fill in showed them, or "Insert anyway"). */
  confirmedMissing?: boolean;
  /** The customer data the agent confirmed for this one public reply (never remembered). */
  confirmedPublic?: PrivateField[];
}

/** The post's topic and place as the panel has them at the click, and the title of a reply not in the library. */
function insertDesk(template: TemplateRecord): InsertDesk | undefined {
  const { post, topic, place } = postDeskNow();
  if (!post) return undefined;
  return {
    topic,
    ...(place ? { place: place.ko } : {}),
    ...(isDeskReply(template.id) ? { templateTitle: template.title } : {}),
  };
}

export function useInsertFlow(link: PanelLink | null, values: RenderValues, t: Translate) {
  const { setInsert, openFillIn, setFillInDraft } = usePanelStore(
    useShallow((s) => ({ setInsert: s.setInsert, openFillIn: s.openFillIn, setFillInDraft: s.setFillInDraft })),
  );

  /** With "log drafts" on, an insert is history even if the agent never sends it (sends are logged anyway). */
  async function logDraft(text: string, templateId: string, page: PageState | null): Promise<void> {
    const { agentName, logDrafts } = await agentSettings.getValue();
    const customer = page?.context.customer;
    if (!logDrafts || !customer) return;
    await eventsRepo().add({
      customerHandle: customer.handle,
      kind: 'reply-draft',
      at: new Date().toISOString(),
      agent: agentName || undefined,
      text,
      templateId,
      tweetUrl: page?.context.tweet?.url,
      statusId: page?.context.tweet?.statusId,
    });
  }

  return async function insert(request: InsertRequest): Promise<void> {
    const { template, lang, inputs, given, confirmedMissing } = request;
    // Read at the click, not subscribed: the panel need not re-render for every page push.
    const page = usePanelStore.getState().page;
    // The agent's entries go through the same renderer as the record's values.
    const filled: RenderValues = given ? { ...values, given } : values;
    const body = bodyFor(template, lang);
    const rendered = renderTemplate(body, filled, inputs ?? {});
    if (rendered.unfilled.length > 0) {
      // Fill in shows the missing values too: no second prompt behind the dialog.
      openFillIn(template.id);
      return;
    }
    if (rendered.missing.length > 0 && !confirmedMissing) {
      setInsert({ kind: 'missing', templateId: template.id, paths: rendered.missing });
      return;
    }
    // Only a click the agent could see inserts (entrypoints/panel/visibility.ts).
    if (!(await visibleFor('insert'))) return;
    // Customer data goes into a public reply only on purpose.
    // On the record's values: what the agent typed in Fill in asks nothing ("Never insert" still
    // counts it, see the guard).
    const held = await holdPublicReply(request, body, values, page?.context.kind);
    openFillIn(null);
    if (held) {
      setInsert(held);
      return;
    }
    const text = rendered.text;
    if (!link) {
      setInsert({ kind: 'failed', text, missing: t('panel.insert.missingTab'), copied: await copyText(text) });
      return;
    }
    setInsert({ kind: 'busy' });
    try {
      const outcome = await link.request({
        type: 'insert',
        text,
        mode: 'insert',
        cursor: rendered.cursor,
        templateId: template.id,
        suggestedId: usePanelStore.getState().suggestedId ?? undefined,
        desk: insertDesk(template),
      });
      if (outcome.ok) {
        // Not counted as used yet: the send is (send-watcher.ts), so the list stays where it is.
        setInsert({ kind: 'done', strategy: outcome.strategy });
        // Typed for this insert: the next one starts empty.
        setFillInDraft(null);
        await logDraft(text, template.id, page);
        return;
      }
      setInsert({
        kind: 'failed',
        text,
        missing: outcome.missing ?? t('panel.insert.missingReplyBox'),
        copied: await copyText(text),
      });
    } catch (error) {
      // Overdue: the content script will not start it late, so trying again cannot insert twice.
      if (error instanceof PanelTimeoutError) setInsert({ kind: 'timeout', request });
      else
        setInsert({ kind: 'failed', text, missing: t('panel.insert.missingTabReload'), copied: await copyText(text) });
    }
  };
}
