/**
 * The card's call-center corner: "Hand off to call center", the newest handoff's state, and once the
 * call center answered with a ticket, a reply telling the customer (inserted into X's composer like
 * a template) and a DM link when X's user id is known.
 */
import { useState } from 'react';
import { browser } from 'wxt/browser';
import type { CustomerEventRecord, CustomerRecord, HandoffSummary } from '@/utils/db/types';
import { crmUrl } from '@/utils/handoff/crm-url';
import { mailtoUrl } from '@/utils/handoff/mailto';
import { queueHandoff, retryHandoff, wakeOutbox } from '@/utils/handoff/outbox';
import { askBackground } from '@/utils/messaging/background-api';
import { dmComposeUrl, ticketReplyText } from '@/utils/handoff/ticket-reply';
import { agentSettings } from '@/utils/settings/settings';
import { teamAuthor, teamQueued } from '@/utils/team/panel-side';
import { useLocale } from '@/components/useLocale';
import { usePanelStore } from '../store';
import { HandoffDialog, type HandoffDraft } from './HandoffDialog';
import { HandoffStatus } from './HandoffStatus';
import { settingsForReason } from '@/utils/handoff/routes';
import { latestTicketStatus, ticketEntryText } from '@/utils/handoff/ticket-status';
import { useHandoffSettings } from './useHandoffSettings';

interface Props {
  handle: string;
  seenName?: string;
  customer?: CustomerRecord;
  handoffs: HandoffSummary[];
  history: CustomerEventRecord[];
  conversation: { url?: string; statusId?: string; text?: string; lang?: string };
  onInsertReply: (text: string) => void;
}

export function HandoffSection(props: Props) {
  const { t } = useLocale();
  const settings = useHandoffSettings();
  // The account the panel shows ("Answering as"), from Careline's last read of the page.
  const account = usePanelStore((s) => s.page?.account);
  const [open, setOpen] = useState(false);
  const [agentName, setAgentName] = useState('');
  const latest = props.handoffs[0];
  const lang = props.conversation.lang === 'ko' ? 'ko' : 'en';

  async function openDialog(): Promise<void> {
    setAgentName((await agentSettings.getValue()).agentName);
    setOpen(true);
  }

  async function send(draft: HandoffDraft): Promise<void> {
    const by = await teamAuthor();
    const routed = settingsForReason(settings, draft.reason);
    const record = await queueHandoff({
      ...draft,
      handle: props.handle,
      seenName: props.seenName,
      conversation: props.conversation,
      method: routed.method,
      agentName,
      by,
      account,
    });
    setOpen(false);
    if (by) teamQueued();
    if (record.method === 'webhook') void wakeOutbox();
    else {
      // E-mail and CRM form: the agent's own mail program or CRM page takes the case from here.
      const url =
        record.method === 'email'
          ? mailtoUrl(routed, record.payload, lang)
          : crmUrl(routed.crmUrlTemplate, record.payload);
      // Firefox's framed panel has no `tabs` API: the background opens it there.
      if (browser.tabs) await browser.tabs.create({ url });
      else await askBackground({ type: 'careline:open-tab', url });
    }
  }

  const ticket = latestTicketStatus(props.history, latest?.id);
  const dm = dmComposeUrl(props.customer?.userId);
  const ticketReply = latest?.ticketId
    ? ticketReplyText(lang, latest.ticketId, settings.callCenterName, settings.callCenterPhone)
    : null;
  return (
    <div className="handoff">
      <button type="button" onClick={() => void openDialog()}>
        {t('panel.handoff.button')}
      </button>
      {latest ? (
        <HandoffStatus
          handoff={latest}
          setUp={settingsForReason(settings, latest.reason).webhookUrl.trim() !== ''}
          onRetry={() => void retryHandoff(latest.id)}
        />
      ) : null}
      {ticket ? (
        <p className="handoff-ticket">
          {t('panel.ticket.line', { entry: ticketEntryText(ticket, t) })}
          {ticket.text ? <span className="muted small"> · {ticket.text}</span> : null}
        </p>
      ) : null}
      {ticketReply ? (
        <div className="ticket-reply">
          <p className="small">{ticketReply}</p>
          <button type="button" onClick={() => props.onInsertReply(ticketReply)}>
            {t('panel.handoff.insertTicketReply')}
          </button>
          {dm ? (
            <a href={dm} target="_blank" rel="noreferrer noopener" className="small">
              {t('panel.handoff.replyByDm')}
            </a>
          ) : null}
        </div>
      ) : null}
      {open ? (
        <HandoffDialog
          settings={settings}
          handle={props.handle}
          seenName={props.seenName}
          customer={props.customer}
          history={props.history}
          conversation={props.conversation}
          agentName={agentName}
          onSend={send}
          onCancel={() => setOpen(false)}
        />
      ) : null}
    </div>
  );
}
