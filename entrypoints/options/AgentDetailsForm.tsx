/**
 * The agent's name and sign-off, with one Save: on the options page (You) and the welcome page.
 * The name goes into handoffs and History and fills {{agent.name}}; the sign-off fills
 * {{agent.signoff}} ("^SY" when a team answers as one brand persona and each agent signs).
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useLocale } from '@/components/useLocale';
import { agentSettings } from '@/utils/settings/settings';

/** Longer is a paste gone wrong: a sign-off is a few characters of a 280-character reply. */
const MAX_SIGNOFF = 40;
const MAX_NAME = 80;

export function AgentDetailsForm() {
  const { t } = useLocale();
  const id = useId();
  const [name, setName] = useState('');
  const [signoff, setSignoff] = useState('');
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    void agentSettings.getValue().then((s) => {
      setName(s.agentName);
      setSignoff(s.agentSignoff ?? '');
    });
  }, []);

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    const next = await agentSettings.update({ agentName: name.trim(), agentSignoff: signoff.trim() });
    setName(next.agentName);
    setSignoff(next.agentSignoff ?? '');
    setSaved(t(next.agentName || next.agentSignoff ? 'options.you.savedDetails' : 'options.you.savedDetailsEmpty'));
  }

  const edit = (set: (v: string) => void) => (value: string) => {
    set(value);
    setSaved(null);
  };

  return (
    <form onSubmit={(e) => void save(e)} className="agent-details">
      <div className="row">
        <label>
          {t('options.you.agentName')}
          <input
            type="text"
            value={name}
            maxLength={MAX_NAME}
            aria-describedby={`${id}-name`}
            onChange={(e) => edit(setName)(e.target.value)}
            autoComplete="name"
          />
        </label>
        <label>
          {t('options.you.signoff')}
          <input
            type="text"
            value={signoff}
            maxLength={MAX_SIGNOFF}
            aria-describedby={`${id}-signoff`}
            className="signoff-input"
            spellCheck={false}
            onChange={(e) => edit(setSignoff)(e.target.value)}
          />
        </label>
        <button type="submit" className="primary">
          {t('options.you.saveDetails')}
        </button>
      </div>
      <p id={`${id}-name`} className="muted small hint">
        {t('options.you.nameHint')}
      </p>
      <p id={`${id}-signoff`} className="muted small hint">
        {t('options.you.signoffHint')}
      </p>
      {saved ? <p role="status">{saved}</p> : null}
    </form>
  );
}
