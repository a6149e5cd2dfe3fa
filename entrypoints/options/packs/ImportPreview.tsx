import { useId } from 'react';
import { useLocale } from '@/components/useLocale';
import type { TemplateRecord } from '@/utils/db/types';
import { plural, type MessageKey, type Translate } from '@/utils/i18n/pages';
import type { ImportPlan } from '@/utils/templates/pack/plan';
import { privatePlaceholderGains } from '@/utils/templates/pack/review';
import { splitBody } from '@/utils/templates/placeholders';
import { languageName } from '@/utils/templates/variants';
import { folderLabel } from '../templates/folder-name';

interface Props {
  plan: ImportPlan;
  /** Where the pack comes from: a file name or a URL. */
  source: string;
  busy: boolean;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Long packs: the counts say it all, the lists show the first titles only. */
const MAX_TITLES = 20;

function Titles({
  items,
  label,
}: {
  items: Array<{ key: string; title: string; lang?: string; detail?: string }>;
  label: string;
}) {
  const { t } = useLocale();
  if (items.length === 0) return null;
  return (
    <div>
      <h6>{label}</h6>
      <ul aria-label={label}>
        {items.slice(0, MAX_TITLES).map((i) => (
          <li key={i.key}>
            <span lang={i.lang}>{i.title}</span>
            {i.detail ? <span className="muted small"> ({i.detail})</span> : null}
          </li>
        ))}
        {items.length > MAX_TITLES ? (
          <li className="muted">{t('options.library.andMore', { n: items.length - MAX_TITLES })}</li>
        ) : null}
      </ul>
    </div>
  );
}

const item = (t: TemplateRecord, detail?: string) => ({ key: t.id, title: t.title, lang: t.lang, detail });

/** The pack format's field names, in the page's language (unknown fields by their own name). */
const FIELD_NAMES: Record<string, MessageKey> = {
  title: 'options.packs.field.title',
  body: 'options.packs.field.body',
  shortcut: 'options.packs.field.shortcut',
  folder: 'options.packs.field.folder',
  tags: 'options.packs.field.tags',
  lang: 'options.packs.field.lang',
  variants: 'options.packs.field.variants',
  sensitive: 'options.packs.field.sensitive',
};
const fieldNames = (t: Translate, fields: string[]) =>
  fields.map((f) => (Object.hasOwn(FIELD_NAMES, f) ? t(FIELD_NAMES[f] as MessageKey) : f)).join(', ');

/** A body as text, its placeholders set apart (found as the panel finds them). */
function Body({ body, lang }: { body: string; lang?: string }) {
  return (
    <p className="pack-body" lang={lang}>
      {splitBody(body).map((part, i) =>
        'raw' in part ? (
          <code key={i} className="placeholder">
            {part.raw}
          </code>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}

/** The text each added template, and each template whose text changes, would now have. */
function NewTexts({ plan }: { plan: ImportPlan }) {
  const { t } = useLocale();
  const textChanged = (fields: string[]) => fields.includes('body') || fields.includes('variants');
  const shown = [...plan.changed.filter((c) => textChanged(c.fields)).map((c) => c.after), ...plan.added];
  if (shown.length === 0) return null;
  const label = t('options.packs.preview.newText');
  return (
    <div className="pack-texts">
      <h6>{label}</h6>
      <ul aria-label={label}>
        {shown.slice(0, MAX_TITLES).map((r) => (
          <li key={r.id}>
            <span className="pack-text-title" lang={r.lang}>
              {r.title}
            </span>
            {r.folder ? (
              <span className="muted small">
                {' '}
                · {t('options.packs.preview.inFolder', { folder: folderLabel(t, r.folder) })}
              </span>
            ) : null}
            <Body body={r.body} lang={r.lang} />
            {Object.entries(r.variants ?? {}).map(([lang, body]) => (
              <div key={lang} className="pack-variant">
                <span className="badge small">{languageName(lang)}</span>
                <Body body={body} lang={lang} />
              </div>
            ))}
          </li>
        ))}
        {shown.length > MAX_TITLES ? (
          <li className="muted">{t('options.library.andMore', { n: shown.length - MAX_TITLES })}</li>
        ) : null}
      </ul>
    </div>
  );
}

/**
 * What an import would do, shown before anything is written: added, changed (which fields, and the
 * new text), removed, and which templates gain private placeholders.
 */
export function ImportPreview({ plan, source, busy, confirmLabel, onConfirm, onCancel }: Props) {
  const { t, formatDate } = useLocale();
  const id = useId();
  const { pack } = plan;
  // Templates that would start filling in private data (review.ts): the reason a subscription waits.
  const gains = privatePlaceholderGains(plan);
  // pack.updatedAt is the pack's version, an ISO date: shown as the agent's locale writes dates.
  const at = new Date(pack.updatedAt);
  const version = Number.isNaN(at.getTime())
    ? pack.updatedAt
    : formatDate(at, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="pack-preview" aria-labelledby={`${id}-h`}>
      <h5 id={`${id}-h`}>{t('options.packs.preview.heading', { name: pack.name })}</h5>
      <p className="muted small">
        {t('options.packs.preview.packBefore')}
        <code>{pack.id}</code>
        {t('options.packs.preview.packAfter', { version, source })}
      </p>
      <ul className="pack-counts" aria-label={t('options.packs.preview.summary')}>
        <li>{t('options.packs.preview.addedCount', { n: plan.added.length })}</li>
        <li>{t('options.packs.preview.changedCount', { n: plan.changed.length })}</li>
        <li>{t('options.packs.preview.removedCount', { n: plan.removed.length })}</li>
        <li>{t('options.packs.preview.unchangedCount', { n: plan.unchanged })}</li>
      </ul>
      <div className="pack-changes">
        <Titles label={t('options.packs.preview.added')} items={plan.added.map((r) => item(r))} />
        <Titles
          label={t('options.packs.preview.changed')}
          items={plan.changed.map((c) => item(c.after, fieldNames(t, c.fields)))}
        />
        <Titles
          label={t('options.packs.preview.removed')}
          items={plan.removed.map((r) =>
            item(r, r.usageCount ? plural(t, 'options.count.usedTimes', r.usageCount) : undefined),
          )}
        />
      </div>
      {gains.length > 0 ? (
        <div className="pack-gains">
          <Titles
            label={t('options.packs.preview.gains')}
            items={gains.map((g) => ({ key: g.id, title: g.title, detail: g.paths.map((p) => `{{${p}}}`).join(', ') }))}
          />
          <p className="tpl-warn">{t('options.packs.preview.gainsWarn')}</p>
        </div>
      ) : null}
      <NewTexts plan={plan} />
      {plan.removed.length > 0 ? <p className="tpl-warn">{t('options.packs.preview.removedWarn')}</p> : null}
      <div className="row">
        <button type="button" className="primary" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('options.packs.preview.cancel')}
        </button>
      </div>
    </section>
  );
}
