import { useId } from 'react';
import type { TemplateRecord } from '@/utils/db/types';
import type { ImportPlan } from '@/utils/templates/pack/plan';

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
        {items.length > MAX_TITLES ? <li className="muted">and {items.length - MAX_TITLES} more</li> : null}
      </ul>
    </div>
  );
}

const item = (t: TemplateRecord, detail?: string) => ({ key: t.id, title: t.title, lang: t.lang, detail });

/** What an import would do, shown before anything is written: added, changed (which fields), removed. */
export function ImportPreview({ plan, source, busy, confirmLabel, onConfirm, onCancel }: Props) {
  const id = useId();
  const { pack } = plan;
  return (
    <section className="pack-preview" aria-labelledby={`${id}-h`}>
      <h5 id={`${id}-h`}>Preview: {pack.name}</h5>
      <p className="muted small">
        Pack <code>{pack.id}</code>, version {pack.updatedAt}, from {source}. Nothing changes until you import.
      </p>
      <ul className="pack-counts" aria-label="Import summary">
        <li>{plan.added.length} added</li>
        <li>{plan.changed.length} changed</li>
        <li>{plan.removed.length} removed</li>
        <li>{plan.unchanged} unchanged</li>
      </ul>
      <div className="pack-changes">
        <Titles label="Added" items={plan.added.map((t) => item(t))} />
        <Titles label="Changed" items={plan.changed.map((c) => item(c.after, c.fields.join(', ')))} />
        <Titles label="Removed" items={plan.removed.map((t) => item(t, t.usageCount ? `used ${t.usageCount} times` : undefined))} />
      </div>
      {plan.removed.length > 0 ? (
        <p className="tpl-warn">Removed items leave your library; make a copy first (Duplicate) if you still need one.</p>
      ) : null}
      <div className="row">
        <button type="button" className="primary" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </section>
  );
}
