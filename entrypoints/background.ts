import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerRetentionAlarm } from '@/utils/customers/retention-alarm';
import { currentLocale, languageSetting } from '@/utils/i18n/locale';
import { setProblemLocale } from '@/utils/i18n/problems';
import { kickOutbox, registerOutbox } from '@/utils/handoff/outbox-runner';
import { moveSecretsOutOfStorage } from '@/utils/handoff/secret-settings';
import { registerPanelRelay } from '@/utils/messaging/panel-relay';
import type { BackgroundHandlers } from '@/utils/messaging/background-api';
import { parseBackgroundRequest, senderMayAsk } from '@/utils/messaging/background-requests';
import { answerWith } from '@/utils/messaging/request-map';
import { isOpenableAddress } from '@/utils/messaging/protocol';
import { registerToolbarAction } from '@/utils/messaging/toolbar-action';
import { libraryHandlers } from '@/utils/templates/library-service';
import { registerPeriodicAlarm } from '@/utils/periodic-alarm';
import { refreshAllSubscriptions } from '@/utils/templates/pack/subscription';
import { seedSampleTemplates } from '@/utils/templates/samples';
import { teamHandlers } from '@/utils/team/handlers';
import { liveHandlers } from '@/utils/team/live-handlers';
import { queueMarksHandlers } from '@/utils/team/queue-marks';
import { kickTeamOutbox, registerTeamSync } from '@/utils/team/runner';
import { packFetch } from '@/utils/team/team-packs';
import { connectedSession, authorOf } from '@/utils/team/session';
import { openWelcomeOnce } from './welcome/first-run';

/** Subscribed team packs are checked this often (ETag: an unchanged pack costs one 304). */
const PACK_REFRESH_ALARM = 'careline:refresh-packs';
const PACK_REFRESH_MINUTES = 30;

export default defineBackground(() => {
  // Problems the background writes down (a handoff's last error, a pack update's) are in the agent's
  // language: the setting in options → You → Language, else the browser's.
  const followLanguage = () => currentLocale().then(setProblemLocale, () => undefined);
  const languageReady = followLanguage();
  languageSetting.watch(() => void followLanguage());

  // First install (not an update): a few sample replies so the panel is useful before a pack is
  // imported, then the welcome page, which lists them (seeded first, so it opens on the full list).
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'install') return;
    await seedSampleTemplates().catch((error: unknown) =>
      console.error('Careline: could not add the sample replies', error),
    );
    await openWelcomeOnce();
  });

  // Team packs among them are asked for with the agent's token (and on the team's own round too).
  registerPeriodicAlarm(PACK_REFRESH_ALARM, PACK_REFRESH_MINUTES, async () =>
    refreshAllSubscriptions(await packFetch()),
  );
  // History older than the team's retention setting is deleted once a day.
  registerRetentionAlarm();
  // An older install may hold the webhook secret and the extra header's value in
  // storage.local, which x.com's renderer can read through the content script: move them to
  // IndexedDB at once, not only when a handoff is next delivered (delivery moves them first too).
  void moveSecretsOutOfStorage().catch((error: unknown) =>
    console.error('Careline: could not move the handoff secrets out of storage.local', error),
  );
  // Handoffs waiting in the outbox go out now, and whenever one is queued or a retry is due.
  registerOutbox(languageReady);
  // Joined to a team: events made here go out through the team outbox, and the team's come in.
  registerTeamSync();
  // Firefox: the panel frame reaches its tab's content script through here (no `tabs` API in it).
  if (import.meta.env.FIREFOX) registerPanelRelay();

  // Alt+Shift+K (manifest `commands`): toggle the panel in the tab the agent is looking at.
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-panel') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    await browser.tabs.sendMessage(tab.id, { type: 'careline:toggle' }).catch(() => {
      // Not an x.com tab (no content script there): nothing to toggle.
    });
  });

  // The toolbar button: the panel on x.com, the settings anywhere else.
  registerToolbarAction();

  // The content script's questions about the template library (`;shortcut` in X's composer), and
  // the panel's news of a queued handoff.
  const handlers: BackgroundHandlers = {
    ...libraryHandlers(undefined, undefined, {
      author: async () => authorOf(await connectedSession()),
      queued: () => void kickTeamOutbox(),
    }),
    ...teamHandlers(),
    ...liveHandlers(),
    ...queueMarksHandlers(),
    'careline:handoff-queued': async () => {
      // Answer at once: delivery takes as long as the receiver does; the panel follows the outbox row.
      void kickOutbox();
      return { ok: true };
    },
    'careline:open-settings': async () => {
      await browser.runtime.openOptionsPage();
      return { ok: true };
    },
    'careline:open-tab': async ({ url }) => {
      if (!isOpenableAddress(url)) return { ok: false };
      await browser.tabs.create({ url });
      return { ok: true };
    },
  };
  // An async function, not Dexie's promise: Chrome answers `undefined` for the latter.
  browser.runtime.onMessage.addListener(async (message: unknown, sender) => {
    const request = sender.id === browser.runtime.id ? parseBackgroundRequest(message) : null;
    if (!request || !senderMayAsk(request.type, sender.url, browser.runtime.getURL('/'))) return undefined;
    return answerWith(handlers, request);
  });
});
