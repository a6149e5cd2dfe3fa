import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { openImportChannel } from '@/entrypoints/options/customers/import-client';
import type { ImportReply } from '@/utils/customers/csv/session';
import { customersRepo } from '@/utils/db/customers-repo';
import { clearSharedDatabase } from '../fresh-db';

afterAll(clearSharedDatabase);

describe('openImportChannel', () => {
  it('runs the session in the page, with the same protocol, where no worker can start', async () => {
    expect(typeof globalThis.Worker).toBe('undefined');
    const replies: ImportReply[] = [];
    let settle: () => void = () => undefined;
    const channel = openImportChannel((reply) => {
      replies.push(reply);
      if (reply.type === 'preview') channel.send({ type: 'import', validOnly: false });
      if (reply.type === 'done' || reply.type === 'failed') settle();
    });
    const finished = new Promise<void>((resolve) => (settle = resolve));
    channel.send({
      type: 'analyze',
      file: new File(['핸들,이름\n@minji_kim,김민지\nsarah_j_miller,Sarah Miller\n'], 'in-page.csv'),
    });
    await finished;
    expect(channel.where()).toBe('page');
    expect(replies.map((r) => r.type)).toEqual(['preview', 'progress', 'done']);
    expect((await customersRepo().get('minji_kim'))?.name).toBe('김민지');
    channel.close();
  });
});
