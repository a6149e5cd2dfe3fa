import { useState } from 'react';
import { useLocale } from '@/components/useLocale';
import { plural } from '@/utils/i18n/pages';
import { packsRepo } from '@/utils/db/packs-repo';
import type { PackRecord, TemplateRecord } from '@/utils/db/types';
import { applyImport, type ImportPlan } from '@/utils/templates/pack/plan';
import { describeGains } from '@/utils/templates/pack/review';
import { checkSubscription, downloadUpdate } from '@/utils/templates/pack/subscription';
import { packFetch } from '@/utils/team/team-packs';
import { formatWhen } from '@/utils/i18n/when';
import { describeFailure } from './ImportFile';
import { ImportPreview } from './ImportPreview';
import { errorText, MessageLine, type PackMessage, type Report } from './messages';

const packs = packsRepo();

interface Props {
  list: readonly PackRecord[];
  templates: readonly TemplateRecord[];
  message: PackMessage | null;
  report: Report;
}

/**
 * Imported and subscribed packs: version, size, where they come from, how the last check went, and a
 * subscription update held for review (it adds private placeholders) with "Review update".
 */
export function PackList({ list, templates, message, report }: Props) {
  const { t, locale } = useLocale();
  const when = (iso: string | undefined) => (iso ? formatWhen(iso, locale) : t('options.templates.never'));
  const [busy, setBusy] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [review, setReview] = useState<{ pack: PackRecord; plan: ImportPlan; busy: boolean } | null>(null);
  const counts = new Map<string, number>();
  for (const r of templates) if (r.packId) counts.set(r.packId, (counts.get(r.packId) ?? 0) + 1);

  async function check(pack: PackRecord): Promise<void> {
    setBusy(pack.id);
    report(null);
    // checkSubscription never throws; a failure is also stored on the pack (Last error column).
    const result = await checkSubscription(pack, await packFetch());
    setBusy(null);
    if (result.status === 'failed')
      report({
        from: 'list',
        ok: false,
        text: t('options.packs.list.checkFailed', {
          name: pack.name,
          error: result.error ?? t('options.packs.list.checkFailedDefault'),
        }),
      });
    else if (result.status === 'unchanged')
      report({ from: 'list', ok: true, text: t('options.packs.list.upToDate', { name: pack.name }) });
    else if (result.status === 'held')
      report({
        from: 'list',
        ok: true,
        text: t('options.packs.list.held', { name: pack.name, gains: describeGains(result.gains ?? []) }),
      });
    else
      report({
        from: 'list',
        ok: true,
        text: plural(t, 'options.count.packUpdated', result.plan?.templates.length ?? 0, { name: pack.name }),
      });
  }

  /** Downloads the waiting update again: the preview shows what would really be applied now. */
  async function startReview(pack: PackRecord): Promise<void> {
    setBusy(pack.id);
    report(null);
    const result = await downloadUpdate(pack, await packFetch());
    setBusy(null);
    if (!result.ok)
      report({
        from: 'list',
        ok: false,
        text: t('options.packs.list.reviewFailed', {
          name: pack.name,
          error: describeFailure(result.error, result.path),
        }),
      });
    else setReview({ pack, plan: result.plan, busy: false });
  }

  async function applyReviewed(pack: PackRecord, plan: ImportPlan): Promise<void> {
    setReview({ pack, plan, busy: true });
    try {
      await applyImport(plan); // the new pack record has no pendingReview: the wait is over
      report({
        from: 'list',
        ok: true,
        text: plural(t, 'options.count.packUpdated', plan.templates.length, { name: pack.name }),
      });
    } catch (e) {
      report({
        from: 'list',
        ok: false,
        text: t('options.packs.list.applyFailed', { name: pack.name, error: errorText(e) }),
      });
    }
    setReview(null);
  }

  async function remove(pack: PackRecord): Promise<void> {
    setBusy(pack.id);
    try {
      const n = counts.get(pack.id) ?? 0;
      await packs.removePack(pack.id);
      report({
        from: 'list',
        ok: true,
        text: t(n === 1 ? 'options.packs.list.removedOne' : 'options.packs.list.removedMany', { name: pack.name, n }),
      });
    } catch (e) {
      report({
        from: 'list',
        ok: false,
        text: t('options.packs.list.removeFailed', { name: pack.name, error: errorText(e) }),
      });
    } finally {
      setBusy(null);
      setConfirming(null);
    }
  }

  return (
    <div className="pack-block">
      <h4 id="packs-list-h">{t('options.packs.list.heading')}</h4>
      <MessageLine from="list" message={message} />
      {list.length === 0 ? (
        <p className="muted">{t('options.packs.list.empty')}</p>
      ) : (
        <table className="pack-table" aria-labelledby="packs-list-h">
          <thead>
            <tr>
              <th scope="col">{t('options.packs.list.name')}</th>
              <th scope="col">{t('options.packs.list.version')}</th>
              <th scope="col">{t('options.packs.list.items')}</th>
              <th scope="col">{t('options.packs.list.source')}</th>
              <th scope="col">{t('options.packs.list.lastChecked')}</th>
              <th scope="col">{t('options.packs.list.lastError')}</th>
              <th scope="col">{t('options.packs.list.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  {p.name} <span className="muted small">({p.id})</span>
                  {p.pendingReview ? (
                    <p className="tpl-warn small">
                      {t('options.packs.list.pending', {
                        version: when(p.pendingReview.version),
                        gains: describeGains(p.pendingReview.gains),
                      })}
                    </p>
                  ) : null}
                </th>
                <td>{when(p.updatedAt)}</td>
                <td>{counts.get(p.id) ?? 0}</td>
                <td>
                  {p.url ? (
                    <a href={p.url} target="_blank" rel="noreferrer">
                      {p.url}
                    </a>
                  ) : (
                    <span className="muted">{t('options.packs.list.file', { when: when(p.importedAt) })}</span>
                  )}
                </td>
                <td>{p.url ? when(p.lastCheckedAt) : <span className="muted">—</span>}</td>
                <td>
                  {p.lastError ? <span className="tpl-warn">{p.lastError}</span> : <span className="muted">—</span>}
                </td>
                <td>
                  {confirming === p.id ? (
                    <div className="row">
                      <span>{plural(t, 'options.count.removeQuestion', counts.get(p.id) ?? 0, { name: p.name })}</span>
                      <button type="button" className="danger" disabled={busy !== null} onClick={() => void remove(p)}>
                        {t('options.packs.list.confirmRemove')}
                      </button>
                      <button type="button" onClick={() => setConfirming(null)}>
                        {t('options.packs.list.keep')}
                      </button>
                    </div>
                  ) : (
                    <div className="row">
                      {p.pendingReview && p.url ? (
                        <button
                          type="button"
                          className="primary"
                          disabled={busy !== null || review !== null}
                          onClick={() => void startReview(p)}
                        >
                          {busy === p.id ? t('options.packs.list.downloading') : t('options.packs.list.review')}
                        </button>
                      ) : null}
                      {p.url ? (
                        <button type="button" disabled={busy !== null} onClick={() => void check(p)}>
                          {busy === p.id ? t('options.packs.list.checking') : t('options.packs.list.checkNow')}
                        </button>
                      ) : null}
                      <button
                        type="button"
                        className="danger"
                        disabled={busy !== null}
                        onClick={() => setConfirming(p.id)}
                      >
                        {t('options.packs.list.remove')}
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {review ? (
        <ImportPreview
          plan={review.plan}
          source={review.pack.url ?? ''}
          busy={review.busy}
          confirmLabel={t('options.packs.list.applyUpdate')}
          onConfirm={() => void applyReviewed(review.pack, review.plan)}
          onCancel={() => setReview(null)}
        />
      ) : null}
    </div>
  );
}
