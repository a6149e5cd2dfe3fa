// @vitest-environment happy-dom
/**
 * The panel's live team as App runs it: a connection only while the panel is in view (hidden → closed,
 * back in view → a new one with a fresh ticket), presence for the post and customer on screen, and
 * 'replying' sent when X's box goes from empty to text and back, never per keystroke.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLiveTeam } from '@/entrypoints/panel/live/useLiveTeam';
import { usePanelStore } from '@/entrypoints/panel/store';
import { presenceSubject, type LiveClientMessage } from '@/utils/team/live-wire';

vi.mock('@/utils/team/panel-side', () => ({
  teamStatusForPage: async () => ({ state: 'connected', team: 'SKT', agent: { id: 'a-1', name: '서연' } }),
}));
let tickets = 0;
vi.mock('@/utils/messaging/background-api', () => ({
  askBackground: async ({ type }: { type: string }) =>
    type === 'careline:team-live-ticket'
      ? { state: 'connected', url: 'ws://team.test/v1/live', ticket: `ticket-${++tickets}-0123456789abcdef` }
      : { state: 'connected', claims: [] },
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A WebSocket that records what the panel sends; the test plays the server. */
class FakeSocket {
  static all: FakeSocket[] = [];
  readyState = 0;
  sent: LiveClientMessage[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
    setTimeout(() => {
      this.readyState = 1;
      this.onopen?.();
    });
  }
  send(data: string) {
    const message = JSON.parse(data) as LiveClientMessage;
    this.sent.push(message);
    if (message.type === 'hello')
      setTimeout(() => this.onmessage?.({ data: JSON.stringify({ type: 'welcome', agentId: 'a-1', teamId: 't-1' }) }));
  }
  close() {
    this.readyState = 3;
  }
}

const POST = '1991000000000000101';

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !check(); i++) await act(async () => new Promise((r) => setTimeout(r, 20)));
}

function Live() {
  useLiveTeam(null);
  return null;
}

let root: Root;
let visibility: DocumentVisibilityState = 'visible';
beforeEach(async () => {
  FakeSocket.all = [];
  tickets = 0;
  visibility = 'visible';
  vi.stubGlobal('WebSocket', FakeSocket);
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  usePanelStore.setState({
    composer: null,
    page: {
      context: {
        kind: 'reply',
        composer: 'draft',
        customer: { handle: 'Minji_Kim' },
        tweet: { statusId: POST, url: `https://x.com/minji_kim/status/${POST}`, text: '' },
      },
      theme: 'light',
    },
  });
  root = createRoot(document.createElement('div'));
  await act(async () => root.render(<Live />));
});
afterEach(async () => {
  await act(async () => root.unmount());
  vi.unstubAllGlobals();
});

const presences = (socket: FakeSocket | undefined) => socket?.sent.filter((m) => m.type === 'presence') ?? [];

describe("the panel's live team", () => {
  it("announces the post and the customer, and 'replying' on the box's change only", async () => {
    await until(() => presences(FakeSocket.all[0]).length > 0);
    const socket = FakeSocket.all[0];
    expect(socket?.sent[0]).toEqual({ type: 'hello', ticket: 'ticket-1-0123456789abcdef' });
    const subjects = [
      await presenceSubject('t-1', 'post', POST),
      await presenceSubject('t-1', 'customer', 'minji_kim'),
    ];
    expect(presences(socket)).toEqual([{ type: 'presence', subjects: subjects.sort(), state: 'viewing' }]);
    for (const before of ['안', '안녕', '안녕하세요'])
      await act(async () => usePanelStore.getState().setComposer({ before, after: '' }));
    await until(() => presences(socket).length > 1);
    await act(async () => usePanelStore.getState().setComposer({ before: '', after: '' }));
    await until(() => presences(socket).length > 2);
    expect(presences(socket).map((m) => m.type === 'presence' && m.state)).toEqual(['viewing', 'replying', 'viewing']);
  });

  it('closes while the panel is hidden and comes back with a fresh ticket', async () => {
    await until(() => presences(FakeSocket.all[0]).length > 0);
    visibility = 'hidden';
    await act(async () => document.dispatchEvent(new Event('visibilitychange')));
    await until(() => FakeSocket.all[0]?.readyState === 3);
    expect(FakeSocket.all[0]?.readyState).toBe(3);
    visibility = 'visible';
    await act(async () => document.dispatchEvent(new Event('visibilitychange')));
    await until(() => presences(FakeSocket.all[1]).length > 0);
    expect(FakeSocket.all).toHaveLength(2);
    expect(FakeSocket.all[1]?.sent[0]).toEqual({ type: 'hello', ticket: 'ticket-2-0123456789abcdef' });
    expect(presences(FakeSocket.all[1])).toHaveLength(1);
  });
});
