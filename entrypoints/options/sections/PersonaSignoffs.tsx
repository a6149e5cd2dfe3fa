import { useId, useState, type FormEvent } from 'react';
import { useLocale } from '@/components/useLocale';
import { useStoredSetting } from '@/components/useStoredValue';
import {
  MAX_SIGNOFF,
  personaSignoffs,
  withAccountSignoff,
  withoutAccountSignoff,
  type PersonaSignoffs as Signoffs,
} from '@/utils/settings/persona-signoffs';
import { parseHandle } from '@/utils/x/handle';

/**
 * Options → You: a sign-off per brand account ({{agent.signoff}} as @acme_jobs is not the one as
 * @acme_care). Applies at once: every open panel follows the stored setting.
 */
export function PersonaSignoffs() {
  const { t } = useLocale();
  const id = useId();
  const [settings, update] = useStoredSetting(personaSignoffs);
  const [handle, setHandle] = useState('');
  const [signoff, setSignoff] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function save(next: Signoffs): Promise<void> {
    await update(next);
    setSaved(true);
  }

  function add(event: FormEvent): void {
    event.preventDefault();
    const parsed = parseHandle(handle);
    const problem = !parsed
      ? t('options.signoffs.badHandle', { input: handle.trim() })
      : !signoff.trim()
        ? t('options.signoffs.empty', { handle: parsed })
        : null;
    setError(problem);
    if (problem || !parsed) return setSaved(false);
    setHandle('');
    setSignoff('');
    void save(withAccountSignoff(settings, parsed, signoff));
  }

  const edited = (set: (value: string) => void) => (value: string) => {
    set(value);
    setError(null);
    setSaved(false);
  };

  return (
    <fieldset className="post-limits" aria-labelledby={`${id}-legend`} aria-describedby={`${id}-intro`}>
      <legend id={`${id}-legend`}>{t('options.signoffs.heading')}</legend>
      <p id={`${id}-intro`} className="muted small">
        {t('options.signoffs.intro')}
      </p>
      <ul aria-label={t('options.signoffs.list')} className="post-limit-list">
        {settings.accounts.map((a) => (
          <li key={a.handle} className="row">
            <span>@{a.handle}</span>
            <input
              type="text"
              aria-label={t('options.signoffs.signoffFor', { handle: a.handle })}
              defaultValue={a.signoff}
              maxLength={MAX_SIGNOFF}
              spellCheck={false}
              className="signoff-input"
              // Saved when the agent leaves the box: a sign-off typed letter by letter is not a save each.
              onBlur={(e) => {
                if (e.target.value.trim() && e.target.value.trim() !== a.signoff)
                  void save(withAccountSignoff(settings, a.handle, e.target.value));
              }}
            />
            <button type="button" onClick={() => void save(withoutAccountSignoff(settings, a.handle))}>
              {t('options.signoffs.remove', { handle: a.handle })}
            </button>
          </li>
        ))}
      </ul>
      {settings.accounts.length === 0 ? <p className="muted small">{t('options.signoffs.none')}</p> : null}
      <form className="row" onSubmit={add}>
        <label>
          {t('options.signoffs.handle')}
          <input
            type="text"
            value={handle}
            placeholder="@"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error && !parseHandle(handle) ? true : undefined}
            onChange={(e) => edited(setHandle)(e.target.value)}
          />
        </label>
        <label>
          {t('options.signoffs.signoff')}
          <input
            type="text"
            value={signoff}
            maxLength={MAX_SIGNOFF}
            spellCheck={false}
            className="signoff-input"
            onChange={(e) => edited(setSignoff)(e.target.value)}
          />
        </label>
        <button type="submit">{t('options.signoffs.add')}</button>
      </form>
      {error ? <p role="alert">{error}</p> : null}
      {saved && !error ? (
        <p role="status" className="muted small">
          {t('options.signoffs.saved')}
        </p>
      ) : null}
    </fieldset>
  );
}
