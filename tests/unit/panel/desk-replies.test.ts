import { describe, expect, it } from 'vitest';
import { deskReplies, fixedId, holdingId } from '@/entrypoints/panel/desk/desk-replies';
import type { Walk } from '@/entrypoints/panel/desk/desk-store';
import type { Incident } from '@/utils/team/desk-types';

function incident(id: string, over: Partial<Incident> = {}): Incident {
  return {
    id,
    title: `Incident ${id}`,
    holdingReply: `holding ${id}`,
    fixedReply: null,
    topic: 'outage',
    place: null,
    status: 'open',
    openedAt: '2026-12-08T00:00:00.000Z',
    openedBy: 'lead',
    resolvedAt: null,
    posts: 0,
    fixed: 0,
    ...over,
  };
}
const title = (kind: 'holding' | 'fixed', i: Incident) => `${i.title}: ${kind}`;
const ids = (input: Parameters<typeof deskReplies>[0]) => deskReplies(input).map((t) => t.id);

describe("the incidents' replies offered first on a post", () => {
  const a = incident('a', { topic: 'internet' });
  const b = incident('b');
  const resolved = incident('r', { status: 'resolved', fixedReply: 'fixed r', posts: 3 });

  it('the holding reply of the incident the post is attached to comes first, then those of its topic', () => {
    expect(
      ids({ incidents: [a, b, resolved], post: '1', topic: 'outage', attachedTo: 'a', walk: null, title }),
    ).toEqual([holdingId(a), holdingId(b)]);
  });

  it("nothing for a post about no incident's topic, for 'other', or with no post on screen", () => {
    expect(ids({ incidents: [a, b], post: '1', topic: 'billing', walk: null, title })).toEqual([]);
    expect(
      ids({ incidents: [incident('o', { topic: 'other' })], post: '1', topic: 'other', walk: null, title }),
    ).toEqual([]);
    expect(ids({ incidents: [a, b], post: null, topic: 'outage', attachedTo: 'a', walk: null, title })).toEqual([]);
  });

  it("a walk's post opens on the fixed reply, locked and titled; another post does not", () => {
    const post = { statusId: '7', handle: 'minji_kim', url: 'https://x.com/minji_kim/status/7' };
    const walk: Walk = { incidentId: 'r', step: { kind: 'post', post, since: '2026-12-08T00:00:00.000Z', left: 3 } };
    const [first] = deskReplies({ incidents: [resolved, b], post: '7', topic: 'outage', walk, title });
    expect(first).toMatchObject({ id: fixedId(resolved), title: 'Incident r: fixed', body: 'fixed r', locked: true });
    expect(ids({ incidents: [resolved], post: '8', topic: 'outage', walk, title })).toEqual([]);
    const fixedStep: Walk = { incidentId: 'r', step: { kind: 'fixed', post, left: 2 } };
    expect(ids({ incidents: [resolved], post: '7', topic: 'outage', walk: fixedStep, title })).toEqual([]);
  });
});
