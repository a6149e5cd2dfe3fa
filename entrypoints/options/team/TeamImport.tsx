/**
 * The lead imports the CRM's CSV into the team's record. The server decodes (UTF-8 or CP949) and
 * checks every row with the same rules as the extension's own import, and writes all rows or none.
 */
import { useId, useState } from 'react';
import { useLocale } from '@/components/useLocale';
import type { TeamSessionRecord } from '@/utils/db/team-session-repo';
import { plural } from '@/utils/i18n/pages';
import { leadApi } from '@/utils/team/lead';
import { MessageLine, type SectionMessage } from '../section-message';
import { teamErrorText } from './team-errors';

export function TeamImport({ session }: { session: TeamSessionRecord }) {
  const { t, locale } = useLocale();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [message, setMessage] = useState<SectionMessage<'import'> | null>(null);

  async function upload(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    setMessage(null);
    setProblems([]);
    setBusy(true);
    try {
      const result = await leadApi.importCsv(session, file, locale);
      if (result.problems.length > 0) {
        setProblems(result.problems);
        setMessage({ from: 'import', ok: false, text: t('options.teamLead.import.problems') });
      } else {
        setMessage({
          from: 'import',
          ok: true,
          text: t('options.teamLead.import.done', { customers: plural(t, 'options.count.customer', result.imported) }),
        });
      }
    } catch (error) {
      setMessage({ from: 'import', ok: false, text: teamErrorText(t, error, { server: session.serverUrl }) });
    }
    input.value = '';
    setBusy(false);
  }

  return (
    <div role="group" aria-labelledby={`${id}-h`} className="team-block">
      <h4 id={`${id}-h`}>{t('options.teamLead.import.heading')}</h4>
      <p className="muted small">{t('options.teamLead.import.help')}</p>
      <label>
        {t('options.teamLead.import.input')}
        <input type="file" accept=".csv,text/csv" disabled={busy} onChange={(e) => void upload(e.target)} />
      </label>
      <MessageLine from="import" message={message} />
      {problems.length > 0 ? (
        <ul aria-label={t('options.teamLead.import.problemList')} className="team-problems">
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
