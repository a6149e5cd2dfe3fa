/**
 * What the background answers the content script about the template library and history (the
 * content script runs in x.com's origin and cannot open Careline's IndexedDB itself).
 */
import { logSentReply } from '@/utils/customers/history-service';
import { eventsRepo, type EventsRepo } from '@/utils/db/events-repo';
import { templatesRepo, type TemplatesRepo } from '@/utils/db/templates-repo';
import type { BackgroundRequest, ShortcutRender } from '@/utils/messaging/protocol';
import { agentSettings } from '@/utils/settings/settings';
import { opensInPanel, renderForPage } from './page-render';
import { suggestShortcuts, type ShortcutSuggestion } from './shortcuts';

export async function answerLibraryRequest(
  request: Exclude<
    BackgroundRequest,
    { type: 'careline:handoff-queued' | 'careline:open-tab' | 'careline:open-settings' }
  >,
  repo: TemplatesRepo = templatesRepo(),
  events: EventsRepo = eventsRepo(),
): Promise<ShortcutSuggestion[] | ShortcutRender | null | { ok: true }> {
  switch (request.type) {
    case 'careline:shortcut-suggest': {
      const templates = await repo.list();
      const lang = typeof request.lang === 'string' ? request.lang : undefined;
      return suggestShortcuts(templates, request.prefix).map((s) => {
        const template = templates.find((t) => t.id === s.id);
        return { ...s, viaPanel: template ? opensInPanel(template, lang) : false };
      });
    }
    case 'careline:shortcut-render': {
      // For x.com's page: public values only, never the customer's record (page-render.ts).
      const template = await repo.get(request.id);
      if (!template) return null;
      const { agentName, agentSignoff } = await agentSettings.getValue();
      return renderForPage(
        template,
        request.customer,
        { name: agentName, signoff: agentSignoff },
        typeof request.lang === 'string' ? request.lang : undefined,
      );
    }
    case 'careline:reply-sent':
      await logSentReply(request.reply, events);
      // Usage is what agents send, not what they try: an insert that is rewritten or abandoned does
      // not count, and the panel's list does not reorder under the agent's pointer after an insert.
      if (typeof request.reply.templateId === 'string') await repo.recordUse(request.reply.templateId);
      return { ok: true };
  }
}
