/**
 * What the background answers the content script about the template library and history (the
 * content script runs in x.com's origin and cannot open Careline's IndexedDB itself).
 */
import { logSentReply } from '@/utils/customers/history-service';
import { templateValues } from '@/utils/customers/template-values';
import { customersRepo } from '@/utils/db/customers-repo';
import { templatesRepo, type TemplatesRepo } from '@/utils/db/templates-repo';
import type { BackgroundRequest, ShortcutRender } from '@/utils/messaging/protocol';
import { agentSettings } from '@/utils/settings/settings';
import { renderTemplate } from './render';
import { suggestShortcuts, type ShortcutSuggestion } from './shortcuts';
import { bodyFor, pickLanguage } from './variants';

export async function answerLibraryRequest(
  request: Exclude<BackgroundRequest, { type: 'careline:handoff-queued' | 'careline:open-tab' | 'careline:open-settings' }>,
  repo: TemplatesRepo = templatesRepo(),
): Promise<ShortcutSuggestion[] | ShortcutRender | null | { ok: true }> {
  switch (request.type) {
    case 'careline:shortcut-suggest':
      return suggestShortcuts(await repo.list(), request.prefix);
    case 'careline:shortcut-render': {
      const template = await repo.get(request.id);
      if (!template) return null;
      const { agentName } = await agentSettings.getValue();
      const lang = pickLanguage(template, null, request.lang);
      const seen = { handle: request.customer?.handle, name: request.customer?.name };
      const record = seen.handle ? await customersRepo().get(seen.handle) : undefined;
      // `;shortcut` does not say where it is typed: values as for a public reply (issue 11), the safe side.
      const r = renderTemplate(bodyFor(template, lang), templateValues(seen, record, agentName, 'public'));
      return { text: r.text, cursor: r.cursor, unfilled: r.unfilled, missing: r.missing };
    }
    case 'careline:template-used':
      await repo.recordUse(request.id);
      return { ok: true };
    case 'careline:reply-sent':
      await logSentReply(request.reply);
      return { ok: true };
  }
}
