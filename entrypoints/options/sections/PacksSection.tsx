import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { packsRepo } from '@/utils/db/packs-repo';
import { templatesRepo } from '@/utils/db/templates-repo';
import { ExportPack } from '../packs/ExportPack';
import { ImportFile } from '../packs/ImportFile';
import type { PackMessage } from '../packs/messages';
import { PackList } from '../packs/PackList';
import { Subscribe } from '../packs/Subscribe';
import { folderCounts } from '../templates/model';
import '../templates.css';

const templates = templatesRepo();
const packs = packsRepo();

/** Team packs: import a file (with a preview), export a folder or everything, subscribe to a URL. */
export function PacksSection() {
  // Live, so a background refresh or an import in another tab updates the list and counts.
  const all = useLiveQuery(() => templates.list(), []);
  const list = useLiveQuery(() => packs.list(), []);
  const [message, setMessage] = useState<PackMessage | null>(null);
  const folders = useMemo(() => folderCounts(all ?? []).folders.map((f) => f.name), [all]);

  return (
    <section aria-labelledby="packs-h" className="packs-subsection">
      <h3 id="packs-h">Team packs</h3>
      <ImportFile message={message} report={setMessage} />
      <ExportPack templates={all ?? []} folders={folders} message={message} report={setMessage} />
      <Subscribe message={message} report={setMessage} />
      <PackList list={list ?? []} templates={all ?? []} message={message} report={setMessage} />
    </section>
  );
}
