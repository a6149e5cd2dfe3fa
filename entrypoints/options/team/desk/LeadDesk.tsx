/**
 * The lead's desk in options → Team (leads only): a range of Korean days and a brand account, the
 * report the background fetches for them (the token never reaches this page), its charts and tables,
 * the spike alerts, the CSV exports and the incidents.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useLocale } from '@/components/useLocale';
import { templatesRepo } from '@/utils/db/templates-repo';
import type { TeamSessionRecord } from '@/utils/db/team-session-repo';
import type { DeskReport } from '@/utils/team/desk-wire';
import { downloadText } from '../../download';
import { MessageLine, type SectionMessage } from '../../section-message';
import { teamErrorText } from '../team-errors';
import { askDesk } from './desk-ask';
import { deskCsv } from './desk-csv';
import { checkRange, defaultRange, type DeskRange } from './desk-range';
import { DeskAccounts } from './DeskAccounts';
import { RepliesChart } from './DeskCharts';
import { FirstReply, OpenHandoffs, TemplateUse } from './DeskFigures';
import { DeskIncidents } from './DeskIncidents';
import { DeskTopics, SpikeAlerts } from './DeskTopics';
import './desk.css';

type Message = SectionMessage<'range' | 'export'>;
interface Shown extends DeskRange {
  account: string;
}

/** Titles of the lead's library templates no reply in the report started from. */
async function neverUsedTitles(report: DeskReport): Promise<string[]> {
  const used = new Set(report.templates.map((t) => t.templateId));
  const library = await templatesRepo().list();
  return library
    .filter((t) => !used.has(t.id))
    .map((t) => t.title)
    .sort((a, b) => a.localeCompare(b));
}

/** The report of `next` with the titles never used in it. */
async function fetchDesk(next: Shown): Promise<{ report: DeskReport; never: string[] }> {
  const report = await askDesk({
    type: 'careline:lead-desk',
    from: next.from,
    to: next.to,
    ...(next.account ? { account: next.account } : {}),
  });
  return { report, never: await neverUsedTitles(report) };
}

export function LeadDesk({ session }: { session: TeamSessionRecord }) {
  const { t, formatDate } = useLocale();
  const id = useId();
  const [draft, setDraft] = useState<Shown>(() => ({ ...defaultRange(), account: '' }));
  const [shown, setShown] = useState<Shown | null>(null);
  const [report, setReport] = useState<DeskReport | null>(null);
  const [neverUsed, setNeverUsed] = useState<string[] | undefined>(undefined);
  /** Every account seen in a report of all accounts, so the filter still offers them once one is chosen. */
  const [accounts, setAccounts] = useState<string[]>([]);
  const [busy, setBusy] = useState(true);
  /** How many times the lead asked for the desk: the incidents are read again with it. */
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<Message | null>(null);
  const day = (d: string) => formatDate(new Date(`${d}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });

  function show(next: Shown, answer: { report: DeskReport; never: string[] }) {
    setReport(answer.report);
    setShown(next);
    if (!next.account) setAccounts(answer.report.accounts.map((a) => a.account).filter((a) => a !== ''));
    setNeverUsed(answer.never);
    setBusy(false);
  }
  function failed(error: unknown) {
    setMessage({ from: 'range', ok: false, text: teamErrorText(t, error, { server: session.serverUrl }) });
    setBusy(false);
  }

  function load(next: Shown) {
    setBusy(true);
    setMessage(null);
    setVersion((v) => v + 1);
    fetchDesk(next).then((answer) => show(next, answer), failed);
  }

  useEffect(() => {
    // The desk opens on the default range (busy from the start); later ranges are asked for with "Show desk".
    fetchDesk(draft).then((answer) => show(draft, answer), failed);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const range = checkRange(draft.from, draft.to);
    if (!range) {
      const current = shown ? t('options.desk.range', { from: day(shown.from), to: day(shown.to) }) : '–';
      setMessage({ from: 'range', ok: false, text: t('options.desk.rangeInvalid', { range: current }) });
      return;
    }
    load({ ...range, account: draft.account });
  }

  function exportReport() {
    if (!report || !shown) return;
    const file = `careline-desk-${shown.from}-${shown.to}${shown.account ? `-${shown.account}` : ''}.csv`;
    downloadText(file, deskCsv(t, report, neverUsed ?? []), 'text/csv');
    setMessage({ from: 'export', ok: true, text: t('options.desk.exported', { file }) });
  }

  /** The server's CSV of one topic, through the background: the page gets the text, never the token. */
  async function exportTopic(topic: string) {
    if (!shown) return;
    setBusy(true);
    try {
      const { csv } = await askDesk({ type: 'careline:lead-topic-export', topic, from: shown.from, to: shown.to });
      const file = `careline-topic-${topic}-${shown.from}-${shown.to}.csv`;
      downloadText(file, csv, 'text/csv');
      setMessage({ from: 'export', ok: true, text: t('options.desk.exported', { file }) });
    } catch (error) {
      setMessage({ from: 'export', ok: false, text: teamErrorText(t, error, { server: session.serverUrl }) });
    }
    setBusy(false);
  }

  return (
    <section className="lead-desk" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('options.desk.heading')}</h3>
      <p className="muted small">{t('options.desk.intro')}</p>
      <form className="row desk-range" onSubmit={submit}>
        <label>
          {t('options.desk.from')}
          <input type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </label>
        <label>
          {t('options.desk.to')}
          <input type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </label>
        <label>
          {t('options.desk.account')}
          <select value={draft.account} onChange={(e) => setDraft({ ...draft, account: e.target.value })}>
            <option value="">{t('options.desk.allAccounts')}</option>
            {accounts.map((a) => (
              <option key={a} value={a}>
                @{a}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={busy}>
          {t('options.desk.show')}
        </button>
        <button type="button" disabled={busy || !report} onClick={exportReport}>
          {t('options.desk.exportCsv')}
        </button>
      </form>
      {busy && !report ? <p className="muted">{t('options.desk.loading')}</p> : null}
      <MessageLine from="range" message={message} />
      <MessageLine from="export" message={message} />
      {report && shown ? (
        <>
          <p className="desk-shown">
            {t('options.desk.range', { from: day(shown.from), to: day(shown.to) })}
            {shown.account ? ` · @${shown.account}` : ''}
          </p>
          <SpikeAlerts report={report} />
          <RepliesChart report={report} />
          <DeskAccounts report={report} />
          <FirstReply report={report} />
          <OpenHandoffs report={report} />
          <TemplateUse report={report} neverUsed={neverUsed} />
          <DeskTopics report={report} busy={busy} onExport={(topic) => void exportTopic(topic)} />
        </>
      ) : null}
      <DeskIncidents serverUrl={session.serverUrl} version={version} />
    </section>
  );
}
