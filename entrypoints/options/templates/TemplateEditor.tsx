import { useId, useState, type FormEvent } from 'react';
import { useLocale } from '@/components/useLocale';
import { templatesRepo, type TemplateInput } from '@/utils/db/templates-repo';
import type { TemplateRecord } from '@/utils/db/types';
import { templateTooLong, type TooLong } from '@/utils/templates/limits';
import { SHORTCUT_PATTERN, shortcutRule } from '@/utils/templates/pack/format';
import type { RenderValues } from '@/utils/templates/render';
import { normalizeShortcut, parseTags } from './model';
import { PlaceholderList } from './PlaceholderList';
import { usePlaceholderPick } from './usePlaceholderPick';
import { TemplatePreview } from './TemplatePreview';
import { errorText } from '@/utils/error-text';

const repo = templatesRepo();

interface Props {
  /** The stored template, or undefined for a new one. */
  template: TemplateRecord | undefined;
  all: readonly TemplateRecord[];
  folders: string[];
  values: RenderValues;
  onSaved: (id: string) => void;
  onDuplicated: (id: string) => void;
  onDelete: (template: TemplateRecord) => void;
  onClose: () => void;
}

interface Draft {
  title: string;
  shortcut: string;
  folder: string;
  tags: string;
  lang: string;
  body: string;
  /** The body in the other team language (en for a ko template and vice versa). */
  variant: string;
  sensitive: boolean;
}

const otherLang = (lang: string) => (lang === 'ko' ? 'en' : 'ko');
const LANG_NAMES = { ko: 'options.editor.langNameKo', en: 'options.editor.langNameEn' } as const;

function draftOf(t: TemplateRecord | undefined): Draft {
  const lang = t?.lang ?? 'ko';
  return {
    title: t?.title ?? '',
    shortcut: t?.shortcut ?? '',
    folder: t?.folder ?? '',
    tags: (t?.tags ?? []).join(', '),
    lang,
    body: t?.body ?? '',
    variant: t?.variants?.[otherLang(lang)] ?? '',
    sensitive: t?.sensitive ?? false,
  };
}

/** Editor for one template; the parent remounts it (key) when another template is opened. */
export function TemplateEditor({ template, all, folders, values, onSaved, onDuplicated, onDelete, onClose }: Props) {
  const { t } = useLocale();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(template));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const locked = template?.locked ?? false;
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(template));
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const {
    body: bodyRef,
    variant: variantRef,
    focused: onTextFocus,
    pick: pickPlaceholder,
  } = usePlaceholderPick(setDraft);

  const shortcut = normalizeShortcut(draft.shortcut);
  const clash = shortcut ? all.find((other) => other.id !== template?.id && other.shortcut === shortcut) : undefined;
  const problem = problemOf();

  /** Why Save is off, or null. Caps first: a pasted 10 KB body says so even when something else is also wrong. */
  function problemOf(): string | null {
    const tooLong = templateTooLong({
      title: draft.title,
      body: draft.body,
      variants: { [otherLang(draft.lang)]: draft.variant },
    });
    if (tooLong) return tooLongText(tooLong);
    if (!draft.title.trim()) return t('options.editor.titleRequired');
    if (!draft.body.trim()) return t('options.editor.bodyRequired');
    if (shortcut && !SHORTCUT_PATTERN.test(shortcut)) return t('options.editor.shortcutRule', { rule: shortcutRule() });
    if (clash) return t('options.editor.shortcutClash', { shortcut, title: clash.title });
    return null;
  }

  function tooLongText({ field, lang, length, max }: TooLong): string {
    if (field === 'title') return t('options.editor.titleTooLong', { length, max });
    if (field === 'body') return t('options.editor.bodyTooLong', { length, max });
    return t('options.editor.variantTooLong', { code: lang ?? '', length, max });
  }

  function toInput(): TemplateInput {
    const other = otherLang(draft.lang);
    // Keep variants in languages this editor does not show (a pack may carry ja, zh, ...).
    const variants = { ...(template?.variants ?? {}) };
    delete variants[other];
    if (draft.variant.trim()) variants[other] = draft.variant;
    const tags = parseTags(draft.tags);
    return {
      title: draft.title.trim(),
      body: draft.body,
      shortcut: shortcut || undefined,
      folder: draft.folder.trim() || undefined,
      tags: tags.length ? tags : undefined,
      lang: draft.lang,
      variants: Object.keys(variants).length ? variants : undefined,
      sensitive: draft.sensitive || undefined,
    };
  }

  async function run(action: () => Promise<void>): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  function save(event: FormEvent): void {
    event.preventDefault();
    if (problem || locked) return;
    void run(async () => {
      const saved = template ? await repo.update(template.id, toInput()) : await repo.create(toInput());
      // Normalised values (";delay" → "delay") become the new baseline, so the form reads as saved.
      setDraft(draftOf(saved));
      onSaved(saved.id);
    });
  }

  function duplicate(): void {
    if (!template) return;
    void run(async () => onDuplicated((await repo.duplicate(template.id)).id));
  }

  const heading = t(
    !template ? 'options.editor.headingNew' : locked ? 'options.editor.headingLocked' : 'options.editor.headingEdit',
  );
  const other = otherLang(draft.lang);
  return (
    <section className="tpl-editor" aria-labelledby={`${id}-h`}>
      <div className="tpl-editor-head">
        {/* tabIndex -1: focus lands here after a save, when the Save button goes disabled. */}
        <h3 id={`${id}-h`} tabIndex={-1}>
          {heading}
        </h3>
        <button type="button" onClick={onClose}>
          {t('options.editor.close')}
        </button>
      </div>
      {locked && template ? (
        <div className="tpl-locked-note">
          <p>
            <span aria-hidden="true">🔒 </span>
            {t('options.editor.lockedBefore')}
            <strong>{template.packId}</strong>
            {template.packVersion ? t('options.editor.lockedVersion', { version: template.packVersion }) : ''}
            {t('options.editor.lockedAfter')}
          </p>
          <button type="button" className="primary" onClick={duplicate} disabled={busy}>
            {t('options.editor.duplicateToEdit')}
          </button>
        </div>
      ) : null}
      <form onSubmit={save} className="tpl-form">
        <fieldset disabled={locked || busy}>
          <legend className="visually-hidden">{t('options.editor.fields')}</legend>
          <div className="tpl-grid">
            <label>
              {t('options.editor.title')}
              <input type="text" value={draft.title} onChange={(e) => set({ title: e.target.value })} required />
            </label>
            <label>
              {t('options.editor.shortcut')}
              <input
                type="text"
                value={draft.shortcut}
                placeholder="delay"
                onChange={(e) => set({ shortcut: e.target.value })}
              />
            </label>
            <label>
              {t('options.editor.folder')}
              <input
                type="text"
                list={`${id}-folders`}
                value={draft.folder}
                onChange={(e) => set({ folder: e.target.value })}
              />
            </label>
            <datalist id={`${id}-folders`}>
              {folders.map((f) => (
                <option key={f} value={f} />
              ))}
            </datalist>
            <label>
              {t('options.editor.tags')}
              <input
                type="text"
                value={draft.tags}
                placeholder={t('options.editor.tagsPlaceholder')}
                onChange={(e) => set({ tags: e.target.value })}
              />
            </label>
            <label>
              {t('options.editor.language')}
              <select value={draft.lang} onChange={(e) => set({ lang: e.target.value })}>
                <option value="ko">{t('options.editor.langKo')}</option>
                <option value="en">{t('options.editor.langEn')}</option>
                {/* A pack may carry another language; keep it rather than silently relabel it. */}
                {draft.lang !== 'ko' && draft.lang !== 'en' ? <option value={draft.lang}>{draft.lang}</option> : null}
              </select>
            </label>
            <label className="check">
              <input type="checkbox" checked={draft.sensitive} onChange={(e) => set({ sensitive: e.target.checked })} />
              {t('options.editor.sensitive')}
            </label>
          </div>
          {/* label + htmlFor, not a wrapping label: a textarea's text would otherwise join its accessible name. */}
          <div className="field">
            <label htmlFor={`${id}-body`}>{t('options.editor.body')}</label>
            <textarea
              id={`${id}-body`}
              ref={bodyRef}
              onFocus={onTextFocus}
              lang={draft.lang}
              value={draft.body}
              onChange={(e) => set({ body: e.target.value })}
              required
            />
          </div>
          <PlaceholderList onPick={pickPlaceholder} />
          {/* The lead writing a template must know which placeholders publish private data. */}
          <p className="muted small">{t('options.editor.publicRule')}</p>
          <div className="field">
            <label htmlFor={`${id}-variant`}>
              {t('options.editor.variant', {
                name: other === 'ko' || other === 'en' ? t(LANG_NAMES[other]) : other,
                code: other,
              })}
            </label>
            <textarea
              id={`${id}-variant`}
              ref={variantRef}
              onFocus={onTextFocus}
              lang={other}
              className="short"
              value={draft.variant}
              onChange={(e) => set({ variant: e.target.value })}
            />
          </div>
        </fieldset>
        <TemplatePreview
          bodies={[
            { lang: draft.lang, body: draft.body },
            { lang: other, body: draft.variant },
          ]}
          values={values}
        />
        {!locked && dirty && problem ? <p className="tpl-warn">{problem}</p> : null}
        {error ? <p role="alert">{error}</p> : null}
        <div className="row">
          {!locked ? (
            <button type="submit" className="primary" disabled={busy || !dirty || problem !== null}>
              {t('options.editor.save')}
            </button>
          ) : null}
          {template && !locked ? (
            <button
              type="button"
              onClick={duplicate}
              disabled={busy || dirty}
              title={dirty ? t('options.editor.saveFirst') : undefined}
            >
              {t('options.editor.duplicate')}
            </button>
          ) : null}
          {template && !locked ? (
            <button type="button" className="danger" onClick={() => onDelete(template)} disabled={busy}>
              {t('options.editor.delete')}
            </button>
          ) : null}
          {dirty && !locked ? <span className="muted small">{t('options.editor.unsaved')}</span> : null}
        </div>
      </form>
    </section>
  );
}
