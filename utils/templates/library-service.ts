/**
 * What the background answers the content script about the template library and history (the
 * content script runs in x.com's origin and cannot open Careline's IndexedDB itself).
 */
import { logSentReply } from '@/utils/customers/history-service';
import { templatesRepo, type TemplatesRepo } from '@/utils/db/templates-repo';
import type { BackgroundRequest, ShortcutRender } from '@/utils/messaging/protocol';
import { agentSettings } from '@/utils/settings/settings';
import { opensInPanel, renderForPage } from './page-render';
import { suggestShortcuts, type ShortcutSuggestion } from './shortcuts';

export async function answerLibraryRequest(
  request: Exclude<BackgroundRequest, { type: 'careline:handoff-queued' | 'careline:open-tab' | 'careline:open-settings' }>,
  repo: TemplatesRepo = templatesRepo(),
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
      return renderForPage(template, request.customer, { name: agentName, signoff: agentSignoff }, typeof request.lang === 'string' ? request.lang : undefined);
    }
    case 'careline:template-used':
      await repo.recordUse(request.id);
      return { ok: true };
    case 'careline:reply-sent':
      await logSentReply(request.reply);
      return { ok: true };
  }
}
