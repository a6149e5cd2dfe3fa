import { useLiveRead } from '@/utils/db/live-read';
import { useMemo, useState } from 'react';
import { useLocale } from '@/components/useLocale';
import { packsRepo } from '@/utils/db/packs-repo';
import { teamSessionRepo } from '@/utils/db/team-session-repo';
import type { TemplateRecord } from '@/utils/db/types';
import { ExportPack } from '../packs/ExportPack';
import { ImportFile } from '../packs/ImportFile';
import type { PackMessage } from '../packs/messages';
import { PackList } from '../packs/PackList';
import { Subscribe } from '../packs/Subscribe';
import { TeamPublish } from '../packs/TeamPublish';
import { folderCounts } from '../templates/model';
import '../templates.css';

const packs = packsRepo();

/**
 * Team packs: import a file (with a preview), export a folder or everything, publish a folder to the
 * team server (leads), subscribe to a URL.
 */
export function PacksSection({ all }: { all: TemplateRecord[] | undefined }) {
  // `all` comes from the Templates section's live query (one read of the library, not two);
  // packs are live too, so a background refresh or an import in another tab shows up.
  const { t } = useLocale();
  const list = useLiveRead(() => packs.list(), []);
  const session = useLiveRead(async () => (await teamSessionRepo().get()) ?? null, []);
  const lead = session?.state === 'connected' && session.agent.role === 'lead' ? session : null;
  const [message, setMessage] = useState<PackMessage | null>(null);
  const folders = useMemo(() => folderCounts(all ?? []).folders.map((f) => f.name), [all]);

  return (
    <section aria-labelledby="packs-h" className="packs-subsection">
      <h3 id="packs-h">{t('options.packs.heading')}</h3>
      <ImportFile message={message} report={setMessage} />
      <ExportPack templates={all ?? []} folders={folders} message={message} report={setMessage} />
      {lead ? (
        <TeamPublish session={lead} templates={all ?? []} folders={folders} message={message} report={setMessage} />
      ) : null}
      <Subscribe message={message} report={setMessage} />
      <PackList list={list ?? []} templates={all ?? []} message={message} report={setMessage} />
    </section>
  );
}
