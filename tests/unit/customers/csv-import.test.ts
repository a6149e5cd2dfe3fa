import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCustomers, type ImportProgress } from '@/utils/customers/csv/import';
import { createImportSession, type ImportReply } from '@/utils/customers/csv/session';
import { customersRepo, type CustomerInput } from '@/utils/db/customers-repo';
import { freshDbs } from '../fresh-db';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/customers');
const freshDb = freshDbs();
function freshRepo() {
  return customersRepo(freshDb());
}

const customers = (n: number, plan = 'LTE'): CustomerInput[] =>
  Array.from({ length: n }, (_, i) => ({ handle: `user_${i}`, name: `고객 ${i}`, plan }));

describe('importCustomers', () => {
  it('writes in chunks, reports progress per chunk, and re-import updates without duplicating', async () => {
    const repo = freshRepo();
    const progress: ImportProgress[] = [];
    const first = await importCustomers(customers(25), {
      chunkSize: 10,
      total: 25,
      repo,
      onProgress: (p) => progress.push(p),
    });
    expect(first).toMatchObject({ written: 25, created: 25, updated: 0, cancelled: false });
    expect(progress.map((p) => p.written)).toEqual([10, 20, 25]);
    expect(progress.every((p) => p.total === 25 && p.rowsPerSecond > 0)).toBe(true);

    const again = await importCustomers(customers(25, '5G'), { chunkSize: 10, repo });
    expect(again).toMatchObject({ written: 25, created: 0, updated: 25 });
    expect(await repo.count()).toBe(25);
    expect((await repo.get('USER_7'))?.plan).toBe('5G');
  });

  it('stops between chunks when cancelled; written chunks stay', async () => {
    const repo = freshRepo();
    const abort = new AbortController();
    const result = await importCustomers(customers(50), {
      chunkSize: 10,
      repo,
      signal: abort.signal,
      onProgress: (p) => p.written === 20 && abort.abort(),
    });
    expect(result).toMatchObject({ written: 20, cancelled: true });
    expect(await repo.count()).toBe(20);
  });

  it('takes rows from a generator, so the caller never holds them all', async () => {
    const repo = freshRepo();
    let pulled = 0;
    function* rows() {
      for (const c of customers(30)) {
        pulled++;
        yield c;
      }
    }
    const seen: number[] = [];
    await importCustomers(rows(), { chunkSize: 10, repo, onProgress: () => seen.push(pulled) });
    // At most one chunk read ahead: the next chunk is parsed while the previous one is written.
    expect(seen).toEqual([20, 30, 30]);
  });
});

/** Runs a session as the worker does, collecting its replies. */
function session() {
  const replies: ImportReply[] = [];
  const repo = freshRepo();
  const handle = createImportSession((r) => replies.push(r), repo);
  const file = async (name: string) => new File([await readFile(path.join(FIXTURES, name))], name);
  return { replies, handle, file, repo };
}

describe('import session (what the options page worker runs)', () => {
  it('imports the UTF-8 fixture: Korean headers, BOM, quotes, line breaks, attributes', async () => {
    const { replies, handle, file, repo } = session();
    await handle({ type: 'analyze', file: await file('customers-utf8.csv') });
    expect(replies[0]).toMatchObject({
      type: 'preview',
      preview: { encoding: 'utf-8-bom', dataRows: 6, toWrite: 6, problemCount: 0 },
    });
    await handle({ type: 'import', validOnly: false });
    expect(replies.at(-1)).toMatchObject({ type: 'done', result: { written: 6, created: 6, cancelled: false } });
    const minji = await repo.get('minji_kim');
    expect(minji).toMatchObject({
      displayHandle: 'minji_kim',
      name: '김민지',
      customerId: 'C-100231',
      phone: '010-2345-6789',
      phoneDigits: '01023456789',
      email: 'minji.kim@example.com',
      plan: '5G 프리미어 플러스',
      tags: ['VIP', '개통지연'],
      note: 'USIM 교체 이력 있음, 2026-11 재발급',
      attributes: { 가입매장: '강남역점' },
    });
    expect((await repo.get('jihoon_park'))?.note).toBe('이중 청구 문의\n11월 청구서 확인 필요');
    expect((await repo.get('tom_okafor'))?.note).toBe('Said "call me after 6pm"');
  });

  it('imports the CP949 fixture over the UTF-8 one: updates, never duplicates', async () => {
    const { replies, handle, file, repo } = session();
    await handle({ type: 'analyze', file: await file('customers-utf8.csv') });
    await handle({ type: 'import', validOnly: false });
    await handle({ type: 'analyze', file: await file('customers-cp949.csv') });
    const preview = replies.at(-1);
    expect(preview).toMatchObject({ type: 'preview', preview: { encoding: 'cp949', dataRows: 5, toWrite: 5 } });
    await handle({ type: 'import', validOnly: false });
    expect(replies.at(-1)).toMatchObject({ type: 'done', result: { written: 5, created: 2, updated: 3 } });
    expect(await repo.count()).toBe(8);
    // MINJI_KIM is minji_kim: the plan changed, the handle as first seen and the email stay.
    expect(await repo.get('minji_kim')).toMatchObject({
      displayHandle: 'minji_kim',
      name: '김민지',
      plan: '5G 시그니처',
      email: 'minji.kim@example.com',
    });
    expect((await repo.get('dohyun_choi'))?.note).toBe('단말 분실, 일시정지 요청');
  });

  it('writes nothing from a file with problems unless asked for the valid rows only', async () => {
    const { replies, handle, file, repo } = session();
    await handle({ type: 'analyze', file: await file('customers-bad.csv') });
    const reply = replies[0];
    if (reply?.type !== 'preview') throw new Error(`expected a preview, got ${JSON.stringify(reply)}`);
    expect(reply.preview.problems.map((p) => p.row)).toEqual([3, 4, 5, 8]);
    expect(reply.preview).toMatchObject({ dataRows: 8, emptyRows: 1, problemCount: 4, warningCount: 1, toWrite: 3 });
    await handle({ type: 'import', validOnly: false });
    expect(replies.at(-1)).toEqual({ type: 'failed', message: 'Nothing imported: 4 rows have problems.' });
    expect(await repo.count()).toBe(0);

    await handle({ type: 'analyze', file: await file('customers-bad.csv') });
    await handle({ type: 'import', validOnly: true });
    expect(replies.at(-1)).toMatchObject({ type: 'done', result: { written: 3 } });
    expect((await repo.get('minji_kim'))?.plan).toBe('5G 시그니처');
    expect(await repo.get('sarah_j_miller')).toBeUndefined();
  });

  it('says why a file cannot be read at all', async () => {
    const { replies, handle } = session();
    await handle({ type: 'analyze', file: new File(['name,email\n김민지,a@example.com\n'], 'no-handle.csv') });
    expect(replies).toEqual([{ type: 'preview', preview: expect.objectContaining({ key: 'none', toWrite: 0 }) }]);
    await handle({ type: 'import', validOnly: true });
    expect(replies.at(-1)).toEqual({ type: 'failed', message: expect.stringMatching(/^No handle column/) });
  });
});
