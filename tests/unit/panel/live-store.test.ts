/**
 * What the panel keeps of the live connection: presence of the subjects it is on only, one line per
 * colleague (replying wins), claims replaced by target, expired claims not shown, presence forgotten
 * when the connection is not live.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { claimOn, peopleOn, useLiveStore } from '@/entrypoints/panel/live/live-store';
import { liveTargets } from '@/entrypoints/panel/live/useLiveTeam';
import type { Claim } from '@/utils/team/live-wire';

const POST = 'a'.repeat(32);
const CUSTOMER = 'b'.repeat(32);
const ELSEWHERE = 'c'.repeat(32);
const jimin = { agentId: 'a-2', name: '지민' };
const hana = { agentId: 'a-3', name: 'Hana' };

beforeEach(() => useLiveStore.setState({ status: 'live', subjects: [], people: {}, claims: [] }));

describe('presence in the panel', () => {
  it('shows each colleague once, replying first, from the subjects the panel is on only', () => {
    const store = useLiveStore.getState();
    store.setSubjects([POST, CUSTOMER]);
    store.receive({ type: 'presence', subject: POST, people: [{ ...jimin, state: 'viewing' }] });
    store.receive({
      type: 'presence',
      subject: CUSTOMER,
      people: [
        { ...jimin, state: 'replying' },
        { ...hana, state: 'viewing' },
      ],
    });
    store.receive({ type: 'presence', subject: ELSEWHERE, people: [{ agentId: 'a-9', name: 'X', state: 'replying' }] });
    const { people, subjects } = useLiveStore.getState();
    expect(peopleOn(people, subjects)).toEqual([
      { ...jimin, state: 'replying' },
      { ...hana, state: 'viewing' },
    ]);
    // Moving to another post forgets the old one's presence; an empty list clears a subject.
    useLiveStore.getState().setSubjects([CUSTOMER]);
    useLiveStore.getState().receive({ type: 'presence', subject: CUSTOMER, people: [] });
    const after = useLiveStore.getState();
    expect(peopleOn(after.people, after.subjects)).toEqual([]);
  });

  it('forgets who is present when the connection drops', () => {
    const store = useLiveStore.getState();
    store.setSubjects([POST]);
    store.receive({ type: 'presence', subject: POST, people: [{ ...jimin, state: 'viewing' }] });
    store.setStatus('offline');
    expect(useLiveStore.getState().people).toEqual({});
  });
});

describe('claims in the panel', () => {
  const claim = (fields: Partial<Claim>): Claim => ({
    postId: '1991000000000000101',
    customerId: null,
    ...jimin,
    agentName: jimin.name,
    until: new Date(Date.now() + 60_000).toISOString(),
    ...fields,
  });

  it('keeps one claim per target, drops a released one, and shows none once it ran out', () => {
    const store = useLiveStore.getState();
    store.setClaims([claim({})]);
    store.receive({ type: 'claim', claim: claim({ agentId: 'a-3', agentName: 'Hana' }) });
    expect(useLiveStore.getState().claims).toHaveLength(1);
    const now = Date.now();
    expect(claimOn(useLiveStore.getState().claims, { postId: '1991000000000000101' }, now)?.agentName).toBe('Hana');
    expect(claimOn(useLiveStore.getState().claims, { postId: '1991000000000000101' }, now + 120_000)).toBeUndefined();
    store.receive({ type: 'claim', claim: claim({ postId: null, customerId: 'minji_kim' }) });
    expect(claimOn(useLiveStore.getState().claims, { postId: '1', customerId: 'minji_kim' }, now)?.customerId).toBe(
      'minji_kim',
    );
    store.receive({ type: 'claim-released', postId: '1991000000000000101', customerId: null });
    expect(useLiveStore.getState().claims.map((c) => c.customerId)).toEqual(['minji_kim']);
  });

  it('names the post and the customer as the live team does', () => {
    const customer = { handle: 'Minji_Kim', userId: undefined };
    const tweet = { statusId: '1991000000000000101', url: '', text: '' };
    expect(liveTargets({ kind: 'reply', composer: 'draft', customer, tweet })).toEqual({
      postId: '1991000000000000101',
      customerId: 'minji_kim',
    });
    expect(liveTargets({ kind: 'chat', composer: 'textarea', customer: { handle: 'a', userId: '42' } })).toEqual({
      customerId: '42',
    });
    expect(liveTargets({ kind: 'new-post', composer: 'draft' })).toEqual({});
  });
});
