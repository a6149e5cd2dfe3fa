import { useState } from 'react';
import { useLocale } from '@/components/useLocale';
import { plural } from '@/utils/i18n/pages';
import type { TemplateRecord } from '@/utils/db/types';
import { formatWhen } from '@/utils/i18n/when';
import { mostUsed, notUsedSince } from './model';

/** A long "not used" list is a clean-up hint, not something to scroll through. */
const MAX_UNUSED_SHOWN = 10;

interface Props {
  templates: readonly TemplateRecord[];
  onOpen: (id: string) => void;
}

/** Usage statistics: what the team leans on, and what nobody sends any more. */
export function UsageStats({ templates, onOpen }: Props) {
  // Fixed when the page opens: "30 days ago" does not need to tick while the agent reads.
  const { t, locale } = useLocale();
  const [now] = useState(() => Date.now());
  const [showUnused, setShowUnused] = useState(false);
  const top = mostUsed(templates);
  const unused = notUsedSince(templates, now);
  const when = (iso: string | undefined) => (iso ? formatWhen(iso, locale) : t('options.templates.never'));
  const link = (r: TemplateRecord, detail: string) => (
    <li key={r.id}>
      <button type="button" className="link" lang={r.lang} onClick={() => onOpen(r.id)}>
        {r.title}
      </button>{' '}
      <span className="muted small">{detail}</span>
    </li>
  );
  return (
    <div className="tpl-stats">
      <section aria-labelledby="tpl-most-used-h">
        <h3 id="tpl-most-used-h">{t('options.stats.mostUsed')}</h3>
        {top.length ? (
          <ol aria-labelledby="tpl-most-used-h">
            {top.map((r) => link(r, plural(t, 'options.count.usesLast', r.usageCount, { when: when(r.lastUsedAt) })))}
          </ol>
        ) : (
          <p className="muted">{t('options.stats.noneInserted')}</p>
        )}
      </section>
      <section aria-labelledby="tpl-unused-h">
        <h3 id="tpl-unused-h">{t('options.stats.unused')}</h3>
        {/* Collapsed by default, and unmounted while closed: in a new library this lists every
            template, a second copy of the table for readers and for text lookups. */}
        {unused.length ? (
          <button type="button" className="link" aria-expanded={showUnused} onClick={() => setShowUnused((v) => !v)}>
            {t(
              showUnused
                ? unused.length === 1
                  ? 'options.stats.hideOne'
                  : 'options.stats.hideMany'
                : unused.length === 1
                  ? 'options.stats.showOne'
                  : 'options.stats.showMany',
              { n: unused.length },
            )}
          </button>
        ) : (
          <p className="muted">{t('options.stats.allUsed')}</p>
        )}
        {showUnused && unused.length ? (
          <ul aria-labelledby="tpl-unused-h">
            {unused
              .slice(0, MAX_UNUSED_SHOWN)
              .map((r) =>
                link(
                  r,
                  r.lastUsedAt ? t('options.stats.last', { when: when(r.lastUsedAt) }) : t('options.stats.neverUsed'),
                ),
              )}
            {unused.length > MAX_UNUSED_SHOWN ? (
              <li className="muted small">{t('options.library.andMore', { n: unused.length - MAX_UNUSED_SHOWN })}</li>
            ) : null}
          </ul>
        ) : null}
      </section>
    </div>
  );
}
