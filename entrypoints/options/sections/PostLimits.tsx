import { useId, useState, type FormEvent } from 'react';
import { useLocale } from '@/components/useLocale';
import { useStoredSetting } from '@/components/useStoredValue';
import {
  isPostLimit,
  parseHandle,
  postLimitSettings,
  withAccountLimit,
  withoutAccount,
  type PostLimitSettings,
} from '@/utils/settings/post-limits';
import { LONG_POST_LENGTH, MAX_TWEET_LENGTH, POST_LIMITS, type PostLimit } from '@/utils/templates/length';

/**
 * Options → You: the post length limit of each X account the team posts from (X Premium and
 * verified organisations may post 25,000), and the default. Applies at once, like the language:
 * every open panel follows (usePostLimits).
 */
export function PostLimits() {
  const { t } = useLocale();
  const id = useId();
  const [settings, update] = useStoredSetting(postLimitSettings);
  const [handle, setHandle] = useState('');
  const [limit, setLimit] = useState<PostLimit>(LONG_POST_LENGTH);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function save(next: PostLimitSettings): Promise<void> {
    await update(next);
    setSaved(true);
  }

  function add(event: FormEvent): void {
    event.preventDefault();
    const parsed = parseHandle(handle);
    if (!parsed) {
      setError(t('options.limits.badHandle', { input: handle.trim() }));
      setSaved(false);
      return;
    }
    setError(null);
    setHandle('');
    void save(withAccountLimit(settings, parsed, limit));
  }

  const limitName = (l: PostLimit) => t(l === MAX_TWEET_LENGTH ? 'options.limits.standard' : 'options.limits.long');
  const pick = (value: string): PostLimit => {
    const n = Number(value);
    return isPostLimit(n) ? n : MAX_TWEET_LENGTH;
  };
  const options = POST_LIMITS.map((l) => (
    <option key={l} value={l}>
      {limitName(l)}
    </option>
  ));

  return (
    <fieldset className="post-limits" aria-labelledby={`${id}-legend`} aria-describedby={`${id}-intro`}>
      <legend id={`${id}-legend`}>{t('options.limits.heading')}</legend>
      <p id={`${id}-intro`} className="muted small">
        {t('options.limits.intro')}
      </p>
      <div className="row">
        <label>
          {t('options.limits.default')}
          <select
            value={settings.defaultLimit}
            onChange={(e) => void save({ ...settings, defaultLimit: pick(e.target.value) })}
          >
            {options}
          </select>
        </label>
      </div>
      <ul aria-label={t('options.limits.accounts')} className="post-limit-list">
        {settings.accounts.map((a) => (
          <li key={a.handle} className="row">
            <span>@{a.handle}</span>
            <select
              aria-label={t('options.limits.limitFor', { handle: a.handle })}
              value={a.limit}
              onChange={(e) => void save(withAccountLimit(settings, a.handle, pick(e.target.value)))}
            >
              {options}
            </select>
            <button type="button" onClick={() => void save(withoutAccount(settings, a.handle))}>
              {t('options.limits.remove', { handle: a.handle })}
            </button>
          </li>
        ))}
      </ul>
      {settings.accounts.length === 0 ? <p className="muted small">{t('options.limits.none')}</p> : null}
      <form className="row" onSubmit={add}>
        <label>
          {t('options.limits.handle')}
          <input
            type="text"
            value={handle}
            placeholder="@"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            onChange={(e) => {
              setHandle(e.target.value);
              setError(null);
              setSaved(false);
            }}
          />
        </label>
        <label>
          {t('options.limits.limit')}
          <select value={limit} onChange={(e) => setLimit(pick(e.target.value))}>
            {options}
          </select>
        </label>
        <button type="submit">{t('options.limits.add')}</button>
      </form>
      {error ? <p role="alert">{error}</p> : null}
      {saved && !error ? (
        <p role="status" className="muted small">
          {t('options.limits.saved')}
        </p>
      ) : null}
    </fieldset>
  );
}
