import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { eventsRepo } from '@/utils/db/events-repo';
import { templatesRepo } from '@/utils/db/templates-repo';
import { libraryHandlers } from '@/utils/templates/library-service';
import { freshDbs } from '../fresh-db';

const freshDb = freshDbs('library-service');
beforeEach(() => fakeBrowser.reset());

describe('usage is counted when a reply is sent', () => {
  it('a sent reply counts its template once and logs the post and the suggestion with it', async () => {
    const db = freshDb();
    const repo = templatesRepo(db);
    const t = await repo.create({ title: 'Router restart', body: 'Unplug the router.' });
    const reply = {
      customer: { handle: 'dohyun_choi' },
      text: 'Unplug the router.',
      templateId: t.id,
      postText: '인터넷이 끊겨요',
      suggestedId: t.id,
    };
    await libraryHandlers(repo, eventsRepo(db))['careline:reply-sent']({ type: 'careline:reply-sent', reply });
    expect((await repo.get(t.id))?.usageCount).toBe(1);
    const [event] = await eventsRepo(db).newest('dohyun_choi');
    expect(event).toMatchObject({
      kind: 'reply-sent',
      templateId: t.id,
      postText: '인터넷이 끊겨요',
      suggestedId: t.id,
    });
    expect(await eventsRepo(db).recentAnswers()).toEqual([{ postText: '인터넷이 끊겨요', templateId: t.id }]);
  });
  it('a reply without a template counts nothing', async () => {
    const db = freshDb();
    const repo = templatesRepo(db);
    const t = await repo.create({ title: 'Router restart', body: 'Unplug the router.' });
    await libraryHandlers(repo, eventsRepo(db))['careline:reply-sent']({
      type: 'careline:reply-sent',
      reply: { customer: { handle: 'x' }, text: 'hand-written' },
    });
    expect((await repo.get(t.id))?.usageCount).toBe(0);
  });
});
