/**
 * "Data" (export and privacy): exports, full backup and restore, erasing one customer, history
 * retention, CRM fields in public replies, and the browser storage Careline uses. Customer data only
 * ever leaves through the files the agent downloads here.
 */
import { useState } from 'react';
import { useLocale } from '@/components/useLocale';
import { EraseCustomer } from '../data/EraseCustomer';
import { ExportButtons } from '../data/ExportButtons';
import type { DataMessage } from '../data/messages';
import { PublicReplies } from '../data/PublicReplies';
import { RestoreBackup } from '../data/RestoreBackup';
import { Retention } from '../data/Retention';
import { StorageUsage } from '../data/StorageUsage';
import '../data/data.css';

export function DataSection() {
  const { t } = useLocale();
  const [message, setMessage] = useState<DataMessage | null>(null);
  /** Bumped after anything that changes how much is stored, so the usage is read again. */
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);

  return (
    <section aria-labelledby="data-h" className="options-section">
      <h2 id="data-h">{t('options.data.heading')}</h2>
      <ExportButtons message={message} report={setMessage} onDone={changed} />
      <RestoreBackup message={message} report={setMessage} onDone={changed} />
      <EraseCustomer message={message} report={setMessage} onDone={changed} />
      <Retention message={message} report={setMessage} onDone={changed} />
      <PublicReplies />
      <StorageUsage version={version} message={message} report={setMessage} />
    </section>
  );
}
