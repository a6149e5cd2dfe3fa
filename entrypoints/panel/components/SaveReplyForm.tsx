import { useState, type FormEvent } from 'react';
import { templatesRepo } from '@/utils/db/templates-repo';
import { useLocale } from '@/components/useLocale';
import { MAX_BODY_CHARS, MAX_TITLE_CHARS } from '@/utils/templates/limits';
import { personalParts, withPlaceholders, type PersonalPart } from '@/utils/templates/save-reply';
import type { PanelLink } from '../link';
import { usePanelStore } from '../store';

const repo = templatesRepo();

/**
 * "Save reply as template": turn what the agent wrote in X's reply box into a personal template. The
 * customer's own name and @handle in it are offered as {{customer.name}} / @{{customer.handle}}
 * (checked: a saved reply is for the next customer), so the template does not greet everyone as 김민지.
 */
export function SaveReplyForm({ link }: { link: PanelLink | null }) {
  const { t } = useLocale();
  const [draft, setDraft] = useState<{
    body: string;
    title: string;
    shortcut: string;
    parts: PersonalPart[];
    chosen: boolean[];
  } | null>(null);
  const [message, setMessage] = useState('');
  const lang = usePanelStore((s) => s.page?.context.tweet?.lang);
  const customer = usePanelStore((s) => s.page?.context.customer);
  const saved = draft
    ? withPlaceholders(
        draft.body,
        draft.parts.filter((_, i) => draft.chosen[i]),
      )
    : '';

  async function start(): Promise<void> {
    setMessage('');
    const reply = await link?.request({ type: 'composer-text' }).catch(() => null);
    const body = reply?.text?.trim() ?? '';
    if (!body) {
      setMessage(t('panel.save.empty'));
      return;
    }
    // The same cap as the editor and packs (X Premium posts can be longer than a template may be).
    if (body.length > MAX_BODY_CHARS) {
      setMessage(t('panel.save.tooLong', { length: body.length, max: MAX_BODY_CHARS }));
      return;
    }
    const parts = personalParts(body, customer);
    const title = withPlaceholders(body, parts).split('\n')[0]?.slice(0, 40) ?? '';
    setDraft({ body, title, shortcut: '', parts, chosen: parts.map(() => true) });
  }

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!draft || !draft.title.trim()) return;
    // Agents type `;shortcut` in X's box: letters, digits, _ and - only.
    const shortcut = draft.shortcut
      .trim()
      .replace(/^;/, '')
      .replace(/[^\p{L}\p{N}_-]/gu, '');
    await repo.create({
      title: draft.title.trim(),
      body: saved,
      shortcut: shortcut || undefined,
      lang,
      folder: 'Personal',
    });
    setDraft(null);
    setMessage(t('panel.save.saved', { title: draft.title.trim() }));
  }

  if (!draft) {
    return (
      <div className="save-reply">
        <button type="button" onClick={() => void start()} disabled={!link}>
          {t('panel.save.button')}
        </button>
        {message ? (
          <p className="muted small" role="status">
            {message}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <form className="card save-reply" onSubmit={(e) => void save(e)} aria-label={t('panel.save.form')}>
      <p className="preview-text">{saved}</p>
      {draft.parts.length ? (
        <fieldset className="field placeholders">
          <legend>{t('panel.save.placeholders')}</legend>
          {draft.parts.map((part, i) => (
            <label key={part.kind} className="check">
              <input
                type="checkbox"
                checked={draft.chosen[i] ?? false}
                onChange={(e) =>
                  setDraft({ ...draft, chosen: draft.chosen.map((c, j) => (j === i ? e.target.checked : c)) })
                }
              />
              {t('panel.save.usePlaceholder', { placeholder: part.placeholder, found: part.found })}
            </label>
          ))}
        </fieldset>
      ) : null}
      <label className="field">
        {t('panel.save.title')}
        <input
          type="text"
          maxLength={MAX_TITLE_CHARS}
          value={draft.title}
          onChange={(e) => setDraft({ ...draft, title: e.target.value })}
        />
      </label>
      <label className="field">
        {t('panel.save.shortcut')}
        <input type="text" value={draft.shortcut} onChange={(e) => setDraft({ ...draft, shortcut: e.target.value })} />
      </label>
      <div className="dialog-bar">
        <button type="button" onClick={() => setDraft(null)}>
          {t('panel.save.cancel')}
        </button>
        <button type="submit" className="primary">
          {t('panel.save.submit')}
        </button>
      </div>
    </form>
  );
}
