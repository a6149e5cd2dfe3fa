import { useEffect, useState } from 'react';
import { useLocale } from '@/components/useLocale';
import type { Translate } from '@/utils/i18n/pages';
import { errorText, MessageLine, type DataMessage, type Report } from './messages';

interface Usage {
  usage?: number;
  quota?: number;
  persisted: boolean;
}

const MB = 1024 * 1024;

/** "0.4 MB", "12 MB", "153,600 MB" (Korean "12MB"). */
export function megabytes(t: Translate, bytes: number): string {
  const mb = bytes / MB;
  return t('options.data.storage.megabytes', { mb: mb < 10 ? mb.toFixed(1) : Math.round(mb) });
}

async function readUsage(): Promise<Usage | null> {
  // Extension pages are a secure context, so navigator.storage exists; guarded for other browsers anyway.
  if (!navigator.storage?.estimate) return null;
  const [estimate, persisted] = await Promise.all([
    navigator.storage.estimate(),
    navigator.storage.persisted?.() ?? false,
  ]);
  return { usage: estimate.usage, quota: estimate.quota, persisted };
}

/**
 * How much this browser's Careline storage holds, and whether the browser may evict it under disk
 * pressure ("best effort") or keeps it until the agent deletes it ("persistent").
 * `version` changes after each export, restore, erase or sweep, to read the usage again.
 */
export function StorageUsage({
  version,
  message,
  report,
}: {
  version: number;
  message: DataMessage | null;
  report: Report;
}) {
  const { t } = useLocale();
  const [usage, setUsage] = useState<Usage | null | undefined>(undefined);
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    let live = true;
    void readUsage().then((u) => {
      if (live) setUsage(u);
    });
    return () => {
      live = false;
    };
  }, [version]);

  /**
   * Asks the browser, then says what the browser now reports (persisted()), not what persist()
   * answered: the page shows the state the data is really in.
   */
  async function persist(): Promise<void> {
    report(null);
    setAsking(true);
    try {
      if (!navigator.storage.persist) {
        report({ from: 'storage', ok: false, text: t('options.data.storage.unsupported') });
        return;
      }
      await navigator.storage.persist();
      const now = await readUsage();
      setUsage(now);
      report(
        now?.persisted
          ? { from: 'storage', ok: true, text: t('options.data.storage.grantedNow') }
          : { from: 'storage', ok: false, text: t('options.data.storage.refusedNow') },
      );
    } catch (e) {
      report({ from: 'storage', ok: false, text: t('options.data.storage.failed', { error: errorText(e) }) });
    } finally {
      setAsking(false);
    }
  }

  if (usage === undefined) return null;
  return (
    <div className="data-block">
      <h3>{t('options.data.storage.heading')}</h3>
      {usage === null ? (
        <p className="muted">{t('options.data.storage.unknown')}</p>
      ) : (
        <>
          <p>
            {t('options.data.storage.used', {
              used: megabytes(t, usage.usage ?? 0),
              quota: megabytes(t, usage.quota ?? 0),
            })}
          </p>
          <p>{usage.persisted ? t('options.data.storage.persistent') : t('options.data.storage.notPersistent')}</p>
          {usage.persisted ? null : (
            <div className="row">
              <button type="button" disabled={asking} onClick={() => void persist()}>
                {t('options.data.storage.persist')}
              </button>
              {asking ? <span className="muted">{t('options.data.storage.asking')}</span> : null}
            </div>
          )}
        </>
      )}
      <MessageLine from="storage" message={message} />
    </div>
  );
}
