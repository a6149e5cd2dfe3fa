import { useEffect, useId, useState, type FormEvent } from 'react';
import { useLocale } from '@/components/useLocale';
import { languageSetting, type LanguageSetting } from '@/utils/i18n/locale';
import { agentSettings } from '@/utils/settings/settings';
import { languageName } from '@/utils/templates/variants';
import { PostLimits } from './PostLimits';

const LANGUAGES: readonly LanguageSetting[] = ['auto', 'en', 'ko'];

/**
 * The agent's name, used by {{agent.name}} in templates, and Careline's language: saved as soon as
 * it is chosen, and every open Careline page follows (useLocale).
 */
export function AgentSection() {
  const { t, setting } = useLocale();
  const languageId = useId();
  const [name, setName] = useState('');
  const [logDrafts, setLogDrafts] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void agentSettings.getValue().then((s) => {
      setName(s.agentName);
      setLogDrafts(s.logDrafts);
    });
  }, []);

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    const current = await agentSettings.getValue();
    await agentSettings.setValue({ ...current, agentName: name.trim(), logDrafts });
    setSaved(true);
  }

  function chooseLanguage(value: string): void {
    // The provider (useLocale) follows the stored setting: the page re-renders in the new language.
    void languageSetting.setValue(LANGUAGES.find((l) => l === value) ?? 'auto');
  }

  /** The languages by their own names, whatever the page's language. */
  const optionName = (l: LanguageSetting) => (l === 'auto' ? t('options.you.languageAuto') : languageName(l));

  return (
    <section aria-labelledby="agent-h" className="options-section">
      <h2 id="agent-h">{t('options.you.heading')}</h2>
      <form onSubmit={(e) => void save(e)} className="row">
        <label>
          {t('options.you.agentName')}
          <input type="text" value={name} onChange={(e) => { setName(e.target.value); setSaved(false); }} autoComplete="name" />
        </label>
        <label className="check">
          <input type="checkbox" checked={logDrafts} onChange={(e) => { setLogDrafts(e.target.checked); setSaved(false); }} />
          {t('options.you.logDrafts')}
        </label>
        <button type="submit">{t('options.you.save')}</button>
        {saved ? <span role="status">{t('options.you.saved')}</span> : null}
      </form>
      {/* Outside the form: a language applies at once, with no Save. */}
      <div className="row">
        <label htmlFor={languageId}>{t('options.you.language')}</label>
        <select id={languageId} value={setting} onChange={(e) => chooseLanguage(e.target.value)}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l === 'auto' ? undefined : l}>
              {optionName(l)}
            </option>
          ))}
        </select>
      </div>
      <PostLimits />
    </section>
  );
}
