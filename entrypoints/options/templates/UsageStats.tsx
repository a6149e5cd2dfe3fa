import { useState } from 'react';
import type { TemplateRecord } from '@/utils/db/types';
import { formatWhen, mostUsed, notUsedSince } from './model';

/** A long "not used" list is a clean-up hint, not something to scroll through. */
const MAX_UNUSED_SHOWN = 10;

interface Props {
  templates: readonly TemplateRecord[];
  onOpen: (id: string) => void;
}

/** Usage statistics: what the team leans on, and what nobody sends any more. */
export function UsageStats({ templates, onOpen }: Props) {
  // Fixed when the page opens: "30 days ago" does not need to tick while the agent reads.
  const [now] = useState(() => Date.now());
  const [showUnused, setShowUnused] = useState(false);
  const top = mostUsed(templates);
  const unused = notUsedSince(templates, now);
  const link = (t: TemplateRecord, detail: string) => (
    <li key={t.id}>
      <button type="button" className="link" lang={t.lang} onClick={() => onOpen(t.id)}>
        {t.title}
      </button>{' '}
      <span className="muted small">{detail}</span>
    </li>
  );
  return (
    <div className="tpl-stats">
      <section aria-labelledby="tpl-most-used-h">
        <h3 id="tpl-most-used-h">Most used</h3>
        {top.length ? (
          <ol aria-labelledby="tpl-most-used-h">{top.map((t) => link(t, `${t.usageCount} uses, last ${formatWhen(t.lastUsedAt)}`))}</ol>
        ) : (
          <p className="muted">No template has been inserted yet.</p>
        )}
      </section>
      <section aria-labelledby="tpl-unused-h">
        <h3 id="tpl-unused-h">Not used in 30 days</h3>
        {/* Collapsed by default, and unmounted while closed: in a new library this lists every
            template, a second copy of the table for readers and for text lookups. */}
        {unused.length ? (
          <button type="button" className="link" aria-expanded={showUnused} onClick={() => setShowUnused((v) => !v)}>
            {showUnused ? 'Hide' : 'Show'} {unused.length} template{unused.length === 1 ? '' : 's'}
          </button>
        ) : (
          <p className="muted">Every template was used in the last 30 days.</p>
        )}
        {showUnused && unused.length ? (
          <ul aria-labelledby="tpl-unused-h">
            {unused.slice(0, MAX_UNUSED_SHOWN).map((t) => link(t, t.lastUsedAt ? `last ${formatWhen(t.lastUsedAt)}` : 'never used'))}
            {unused.length > MAX_UNUSED_SHOWN ? <li className="muted small">and {unused.length - MAX_UNUSED_SHOWN} more</li> : null}
          </ul>
        ) : null}
      </section>
    </div>
  );
}
