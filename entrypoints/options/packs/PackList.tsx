import { useState } from 'react';
import { packsRepo } from '@/utils/db/packs-repo';
import type { PackRecord, TemplateRecord } from '@/utils/db/types';
import { checkSubscription } from '@/utils/templates/pack/subscription';
import { formatWhen } from '../templates/model';
import { errorText, MessageLine, type PackMessage, type Report } from './messages';

const packs = packsRepo();

interface Props {
  list: readonly PackRecord[];
  templates: readonly TemplateRecord[];
  message: PackMessage | null;
  report: Report;
}

/** Imported and subscribed packs: version, size, where they come from, and how the last check went. */
export function PackList({ list, templates, message, report }: Props) {
  const [busy, setBusy] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const counts = new Map<string, number>();
  for (const t of templates) if (t.packId) counts.set(t.packId, (counts.get(t.packId) ?? 0) + 1);

  async function check(pack: PackRecord): Promise<void> {
    setBusy(pack.id);
    report(null);
    // checkSubscription never throws; a failure is also stored on the pack (Last error column).
    const result = await checkSubscription(pack);
    setBusy(null);
    if (result.status === 'failed') report({ from: 'list', ok: false, text: `${pack.name}: ${result.error ?? 'the check failed'}` });
    else if (result.status === 'unchanged') report({ from: 'list', ok: true, text: `${pack.name} is up to date` });
    else report({ from: 'list', ok: true, text: `${pack.name} updated: ${result.plan?.templates.length ?? 0} templates` });
  }

  async function remove(pack: PackRecord): Promise<void> {
    setBusy(pack.id);
    try {
      const n = counts.get(pack.id) ?? 0;
      await packs.removePack(pack.id);
      report({ from: 'list', ok: true, text: `Removed ${pack.name} and its ${n} template${n === 1 ? '' : 's'}` });
    } catch (e) {
      report({ from: 'list', ok: false, text: `Could not remove ${pack.name}: ${errorText(e)}` });
    } finally {
      setBusy(null);
      setConfirming(null);
    }
  }

  return (
    <div className="pack-block">
      <h4 id="packs-list-h">Your packs</h4>
      <MessageLine from="list" message={message} />
      {list.length === 0 ? (
        <p className="muted">No team pack yet: import a file or subscribe to a URL.</p>
      ) : (
        <table className="pack-table" aria-labelledby="packs-list-h">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Version</th>
              <th scope="col">Items</th>
              <th scope="col">Source</th>
              <th scope="col">Last checked</th>
              <th scope="col">Last error</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {list.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  {p.name} <span className="muted small">({p.id})</span>
                </th>
                <td>{formatWhen(p.updatedAt)}</td>
                <td>{counts.get(p.id) ?? 0}</td>
                <td>{p.url ? <a href={p.url} target="_blank" rel="noreferrer">{p.url}</a> : <span className="muted">File, imported {formatWhen(p.importedAt)}</span>}</td>
                <td>{p.url ? formatWhen(p.lastCheckedAt) : <span className="muted">—</span>}</td>
                <td>{p.lastError ? <span className="tpl-warn">{p.lastError}</span> : <span className="muted">—</span>}</td>
                <td>
                  {confirming === p.id ? (
                    <div className="row">
                      <span>Remove {p.name} and its {counts.get(p.id) ?? 0} templates?</span>
                      <button type="button" className="danger" disabled={busy !== null} onClick={() => void remove(p)}>
                        Confirm remove
                      </button>
                      <button type="button" onClick={() => setConfirming(null)}>
                        Keep
                      </button>
                    </div>
                  ) : (
                    <div className="row">
                      {p.url ? (
                        <button type="button" disabled={busy !== null} onClick={() => void check(p)}>
                          {busy === p.id ? 'Checking…' : 'Check now'}
                        </button>
                      ) : null}
                      <button type="button" className="danger" disabled={busy !== null} onClick={() => setConfirming(p.id)}>
                        Remove
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
