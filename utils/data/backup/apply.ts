/** Restoring a parsed backup (parse.ts): everything replaced in one transaction, then the settings. */
import { backupRepo, type BackupRepo, type DatabaseDump } from '@/utils/db/backup-repo';
import { privacySettings } from '@/utils/settings/privacy';
import type { BackupFile } from './format';

/** Replaces all data with a parsed backup (one transaction), then its settings when it has them. */
export async function applyBackup(backup: BackupFile, repo: BackupRepo = backupRepo()): Promise<void> {
  const dump: DatabaseDump = {
    customers: backup.customers,
    events: backup.events,
    templates: backup.templates,
    packs: backup.packs,
  };
  await repo.replaceAll(dump);
  // After the data: settings are not part of the transaction, and a restore that failed must not
  // have changed them either.
  if (backup.settings) await privacySettings.setValue({ retentionDays: backup.settings.retentionDays });
}
