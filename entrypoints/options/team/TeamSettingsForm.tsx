/**
 * What the lead sets for the whole team: how long an agent's browser keeps a customer it viewed,
 * how long the server keeps the team's events, after how many minutes a waiting post is highlighted
 * in the queue, and how long "Take this one" holds a post. Agents pick the change up at their next sync.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useLocale } from '@/components/useLocale';
import { teamSessionRepo, type TeamSessionRecord } from '@/utils/db/team-session-repo';
import { plural } from '@/utils/i18n/pages';
import { leadApi } from '@/utils/team/lead';
import { TeamSettings } from '@/utils/team/wire';
import { MessageLine, type SectionMessage } from '../section-message';
import { teamErrorText } from './team-errors';

export function TeamSettingsForm({ session }: { session: TeamSessionRecord }) {
  const { t } = useLocale();
  const id = useId();
  const [hours, setHours] = useState(String(session.settings.cacheHours));
  const [days, setDays] = useState(String(session.settings.retentionDays));
  const [target, setTarget] = useState(String(session.settings.responseTargetMinutes));
  const [claim, setClaim] = useState(String(session.settings.claimMinutes));
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<SectionMessage<'settings'> | null>(null);

  useEffect(() => {
    // What the server holds now (another lead may have changed it since this browser joined).
    void leadApi.settings(session).then(
      (s) => {
        setHours(String(s.cacheHours));
        setDays(String(s.retentionDays));
        setTarget(String(s.responseTargetMinutes));
        setClaim(String(s.claimMinutes));
      },
      () => undefined,
    );
  }, [session]);

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    setMessage(null);
    const parsed = TeamSettings.safeParse({
      cacheHours: Number(hours.trim() || NaN),
      retentionDays: Number(days.trim() || NaN),
      responseTargetMinutes: Number(target.trim() || NaN),
      claimMinutes: Number(claim.trim() || NaN),
    });
    if (!parsed.success) {
      setMessage({ from: 'settings', ok: false, text: t('options.teamLead.settings.invalid') });
      return;
    }
    setBusy(true);
    try {
      const saved = await leadApi.saveSettings(session, parsed.data);
      await teamSessionRepo().update({ settings: saved });
      setMessage({
        from: 'settings',
        ok: true,
        text: t('options.teamLead.settings.saved', {
          hours: plural(t, 'options.team.count.hour', saved.cacheHours),
          days: plural(t, 'options.team.count.day', saved.retentionDays),
          target: plural(t, 'options.team.count.minute', saved.responseTargetMinutes),
          claim: plural(t, 'options.team.count.minute', saved.claimMinutes),
        }),
      });
    } catch (error) {
      setMessage({ from: 'settings', ok: false, text: teamErrorText(t, error, { server: session.serverUrl }) });
    }
    setBusy(false);
  }

  return (
    <div role="group" aria-labelledby={`${id}-h`} className="team-block">
      <h4 id={`${id}-h`}>{t('options.teamLead.settings.heading')}</h4>
      <form className="row" noValidate onSubmit={(e) => void save(e)}>
        <label>
          {t('options.teamLead.settings.cacheHours')}
          <input type="number" min={1} max={720} step={1} value={hours} onChange={(e) => setHours(e.target.value)} />
        </label>
        <label>
          {t('options.teamLead.settings.retentionDays')}
          <input type="number" min={30} max={3650} step={1} value={days} onChange={(e) => setDays(e.target.value)} />
        </label>
        <label>
          {t('options.teamLead.settings.responseTarget')}
          <input
            type="number"
            min={1}
            max={10080}
            step={1}
            value={target}
            onChange={(e) => setTarget(e.target.value)}
          />
        </label>
        <label>
          {t('options.teamLead.settings.claimMinutes')}
          <input type="number" min={1} max={480} step={1} value={claim} onChange={(e) => setClaim(e.target.value)} />
        </label>
        <button type="submit" disabled={busy}>
          {t('options.teamLead.settings.save')}
        </button>
      </form>
      <MessageLine from="settings" message={message} />
    </div>
  );
}
