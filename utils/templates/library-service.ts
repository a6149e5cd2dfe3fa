/**
 * What the background answers the content script about the template library and history (the
 * content script runs in x.com's origin and cannot open Careline's IndexedDB itself).
 */
import { logSentReply } from '@/utils/customers/history-service';
import { eventsRepo, type EventsRepo } from '@/utils/db/events-repo';
import { templatesRepo, type TemplatesRepo } from '@/utils/db/templates-repo';
import type { TeamAuthor } from '@/utils/db/types';
import type { BackgroundHandlers } from '@/utils/messaging/background-api';
import { personaSignoffs, signoffFor } from '@/utils/settings/persona-signoffs';
import { agentSettings } from '@/utils/settings/settings';
import { availableFor, templatesFor } from './accounts';
import { opensInPanel, renderForPage } from './page-render';
import { suggestShortcuts } from './shortcuts';

type LibraryHandlers = Pick<
  BackgroundHandlers,
  'careline:shortcut-suggest' | 'careline:shortcut-render' | 'careline:reply-sent'
>;

/** Joined to a team: who the agent is there, and what to do once a reply is queued for the team. */
export interface ReplyTeamHooks {
  author: () => Promise<TeamAuthor | undefined>;
  queued: () => void;
}

/** The repositories are opened per request unless given (tests give theirs). */
export function libraryHandlers(repo?: TemplatesRepo, events?: EventsRepo, team?: ReplyTeamHooks): LibraryHandlers {
  const templates = () => repo ?? templatesRepo();
  return {
    'careline:shortcut-suggest': async (request) => {
      const all = templatesFor(await templates().list(), request.account);
      return suggestShortcuts(all, request.prefix).map((s) => {
        const template = all.find((t) => t.id === s.id);
        return { ...s, viaPanel: template ? opensInPanel(template, request.lang) : false };
      });
    },
    'careline:shortcut-render': async (request) => {
      // For x.com's page: public values only, never the customer's record (page-render.ts).
      const template = await templates().get(request.id);
      if (!template || !availableFor(template, request.account)) return null;
      const [{ agentName, agentSignoff }, signoffs] = await Promise.all([
        agentSettings.getValue(),
        personaSignoffs.getValue(),
      ]);
      const signoff = signoffFor(signoffs, request.account, agentSignoff ?? '');
      return renderForPage(template, request.customer, { name: agentName, signoff }, request.lang);
    },
    'careline:reply-sent': async (request) => {
      const author = await team?.author();
      // The library's own title of the template, when it is one (the lead's "used most" names it).
      const inLibrary = request.reply.templateId ? await templates().get(request.reply.templateId) : undefined;
      const reply = inLibrary ? { ...request.reply, templateTitle: inLibrary.title } : request.reply;
      const shared = await logSentReply(reply, events ?? eventsRepo(), undefined, { author });
      if (shared.queued) team?.queued();
      // Usage is what agents send, not what they try: an insert that is rewritten or abandoned does
      // not count, and the panel's list does not reorder under the agent's pointer after an insert.
      if (request.reply.templateId !== undefined) await templates().recordUse(request.reply.templateId);
      return { ok: true };
    },
  };
}
