import { useId, useState } from 'react';
import { useLocale } from '@/components/useLocale';
import { useStoredSetting } from '@/components/useStoredValue';
import { publicReplySettings } from '@/utils/settings/public-replies';
import type { PublicFieldsPolicy } from '@/utils/templates/public-reply';

const CHOICES: readonly PublicFieldsPolicy[] = ['ask', 'never'];

/**
 * "CRM fields in public replies": the team lead decides whether agents may confirm CRM
 * fields and imported columns into a public reply ("Ask each time") or never ("Never insert").
 * Saved as soon as it is chosen: every open panel follows at its next insert.
 */
export function PublicReplies() {
  const { t } = useLocale();
  const id = useId();
  const [{ crmFields: policy }, update] = useStoredSetting(publicReplySettings);
  const [saved, setSaved] = useState(false);

  async function choose(value: PublicFieldsPolicy): Promise<void> {
    await update({ crmFields: value });
    setSaved(true);
  }

  return (
    <div className="data-block">
      <h3 id={`${id}-h`}>{t('options.public.heading')}</h3>
      <p className="muted small">{t('options.public.help')}</p>
      <div role="radiogroup" aria-labelledby={`${id}-l`} className="row">
        <span id={`${id}-l`}>{t('options.public.label')}</span>
        {CHOICES.map((choice) => (
          <label key={choice} className="check">
            <input
              type="radio"
              name={`${id}-policy`}
              value={choice}
              checked={policy === choice}
              onChange={() => void choose(choice)}
            />
            {t(choice === 'ask' ? 'options.public.ask' : 'options.public.never')}
          </label>
        ))}
      </div>
      {saved && policy ? (
        <p role="status">{t(policy === 'ask' ? 'options.public.savedAsk' : 'options.public.savedNever')}</p>
      ) : null}
    </div>
  );
}
