import { useId, useState } from 'react';
import { useLocale } from '@/components/useLocale';
import { useStoredSetting } from '@/components/useStoredValue';
import { languageSetting, type LanguageSetting } from '@/utils/i18n/locale';
import { agentSettings } from '@/utils/settings/settings';
import { languageName } from '@/utils/templates/variants';
import { AgentDetailsForm } from '../AgentDetailsForm';
import { PersonaSignoffs } from './PersonaSignoffs';
import { PostLimits } from './PostLimits';

const LANGUAGES: readonly LanguageSetting[] = ['auto', 'en', 'ko'];

/**
 * The agent's own settings: name and sign-off ({{agent.name}}, {{agent.signoff}}, handoffs), whether
 * unsent inserts are logged, Careline's language, a sign-off per brand account (PersonaSignoffs) and
 * the post length limits (PostLimits). The checkbox, the language, the per-account sign-offs and the
 * limits apply as soon as they change (every open Careline page follows, useLocale); name and
 * sign-off have their own Save.
 */
export function AgentSection() {
  const { t, setting } = useLocale();
  const languageId = useId();
  const [{ logDrafts }, updateAgent] = useStoredSetting(agentSettings);
  const [draftsSaved, setDraftsSaved] = useState<boolean | null>(null);

  async function saveLogDrafts(on: boolean): Promise<void> {
    await updateAgent({ logDrafts: on });
    setDraftsSaved(on);
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
      <AgentDetailsForm />
      <PersonaSignoffs />
      <div className="row you-row">
        <label className="check">
          <input type="checkbox" checked={logDrafts} onChange={(e) => void saveLogDrafts(e.target.checked)} />
          {t('options.you.logDrafts')}
        </label>
        {draftsSaved === null ? null : (
          <span role="status">{t(draftsSaved ? 'options.you.logDraftsOn' : 'options.you.logDraftsOff')}</span>
        )}
      </div>
      {/* A language applies at once, with no Save. */}
      <div className="row you-row">
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
