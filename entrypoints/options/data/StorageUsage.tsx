import { useEffect, useState } from 'react';
import { MessageLine, type DataMessage, type Report } from './messages';

interface Usage {
  usage?: number;
  quota?: number;
  persisted: boolean;
}

const MB = 1024 * 1024;

/** "0.4 MB", "12 MB", "153,600 MB". */
export function megabytes(bytes: number): string {
  const mb = bytes / MB;
  if (mb < 10) return `${mb.toFixed(1)} MB`;
  return `${Math.round(mb).toLocaleString('en')} MB`;
}

async function readUsage(): Promise<Usage | null> {
  // Extension pages are a secure context, so navigator.storage exists; guarded for other browsers anyway.
  if (!navigator.storage?.estimate) return null;
  const [estimate, persisted] = await Promise.all([navigator.storage.estimate(), navigator.storage.persisted?.() ?? false]);
  return { usage: estimate.usage, quota: estimate.quota, persisted };
}

/**
 * How much this browser's Careline storage holds, and whether the browser may evict it under disk
 * pressure ("best effort") or keeps it until the agent deletes it ("persistent").
 * `version` changes after each export, restore, erase or sweep, to read the usage again.
 */
export function StorageUsage({ version, message, report }: { version: number; message: DataMessage | null; report: Report }) {
  const [usage, setUsage] = useState<Usage | null | undefined>(undefined);
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    let live = true;
    void readUsage().then((u) => { if (live) setUsage(u); });
    return () => { live = false; };
  }, [version]);

  async function persist(): Promise<void> {
    report(null);
    setAsking(true);
    const granted = await navigator.storage.persist();
    setAsking(false);
    setUsage(await readUsage());
    report(granted
      ? { from: 'storage', ok: true, text: 'Storage is now persistent' }
      : { from: 'storage', ok: false, text: 'The browser declined to make storage persistent; it may clear Careline\'s data when the disk is nearly full. Keep a backup.' });
  }

  if (usage === undefined) return null;
  return (
    <div className="data-block">
      <h3>Storage</h3>
      {usage === null ? (
        <p className="muted">This browser does not report storage usage.</p>
      ) : (
        <>
          <p>{megabytes(usage.usage ?? 0)} used of {megabytes(usage.quota ?? 0)}</p>
          <p>
            {usage.persisted
              ? 'Persistent: the browser keeps this data until you delete it.'
              : 'Not persistent: the browser may clear this data when the disk is nearly full.'}
          </p>
          {usage.persisted ? null : (
            <div className="row">
              <button type="button" disabled={asking} onClick={() => void persist()}>Keep data persistent</button>
            </div>
          )}
        </>
      )}
      <MessageLine from="storage" message={message} />
    </div>
  );
}
