import { useId } from 'react';
import { useLocale } from '@/components/useLocale';
import type { TemplateRecord } from '@/utils/db/types';
import type { ImportPlan } from '@/utils/templates/pack/plan';
import { privatePlaceholderGains } from '@/utils/templates/pack/review';

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

function Titles({ items, label }: { items: Array<{ key: string; title: string; lang?: string; detail?: string }>; label: string }) {
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
        {items.length > MAX_TITLES ? <li className="muted">{t('options.library.andMore', { n: items.length - MAX_TITLES })}</li> : null}
      </ul>
    </div>
  );
}

const item = (t: TemplateRecord, detail?: string) => ({ key: t.id, title: t.title, lang: t.lang, detail });

/**
 * What an import would do, shown before anything is written: added, changed (which fields), removed,
 * and which templates gain private placeholders.
 */
export function ImportPreview({ plan, source, busy, confirmLabel, onConfirm, onCancel }: Props) {
  const { t } = useLocale();
  const id = useId();
  const { pack } = plan;
  // Templates that would start filling in private data (review.ts): the reason a subscription waits.
  const gains = privatePlaceholderGains(plan);
  return (
    <section className="pack-preview" aria-labelledby={`${id}-h`}>
      <h5 id={`${id}-h`}>{t('options.packs.preview.heading', { name: pack.name })}</h5>
      <p className="muted small">
        {t('options.packs.preview.packBefore')}
        <code>{pack.id}</code>
        {t('options.packs.preview.packAfter', { version: pack.updatedAt, source })}
      </p>
      <ul className="pack-counts" aria-label={t('options.packs.preview.summary')}>
        <li>{t('options.packs.preview.addedCount', { n: plan.added.length })}</li>
        <li>{t('options.packs.preview.changedCount', { n: plan.changed.length })}</li>
        <li>{t('options.packs.preview.removedCount', { n: plan.removed.length })}</li>
        <li>{t('options.packs.preview.unchangedCount', { n: plan.unchanged })}</li>
      </ul>
      <div className="pack-changes">
        <Titles label={t('options.packs.preview.added')} items={plan.added.map((r) => item(r))} />
        <Titles label={t('options.packs.preview.changed')} items={plan.changed.map((c) => item(c.after, c.fields.join(', ')))} />
        <Titles
          label={t('options.packs.preview.removed')}
          items={plan.removed.map((r) => item(r, r.usageCount ? t('options.packs.preview.usedTimes', { n: r.usageCount }) : undefined))}
        />
      </div>
      {gains.length > 0 ? (
        <div className="pack-gains">
          <Titles label={t('options.packs.preview.gains')} items={gains.map((g) => ({ key: g.id, title: g.title, detail: g.paths.map((p) => `{{${p}}}`).join(', ') }))} />
          <p className="tpl-warn">{t('options.packs.preview.gainsWarn')}</p>
        </div>
      ) : null}
      {plan.removed.length > 0 ? (
        <p className="tpl-warn">{t('options.packs.preview.removedWarn')}</p>
      ) : null}
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
