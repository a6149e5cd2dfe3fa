// @vitest-environment happy-dom
/**
 * The panel's collision alert over its three sources, with the real store and database: a colleague's
 * reply pulled into the history, a live 'answered' message (what the live client hands to
 * noteLiveAnswer), a brand reply in X's thread; never this agent's own; dismissing shows the next.
 */
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CollisionAlert } from '@/entrypoints/panel/components/CollisionAlert';
import { noteLiveAnswer } from '@/entrypoints/panel/collision-store';
import { usePanelStore } from '@/entrypoints/panel/store';
import { eventsRepo } from '@/utils/db/events-repo';
import type { BrandReply, PageState } from '@/utils/messaging/protocol';
import { clearSharedDatabase } from '../fresh-db';

vi.mock('@/utils/team/panel-side', () => ({
  teamStatusForPage: async () => ({ state: 'connected', team: 'SKT', agent: { id: 'agent-seoyeon', name: '서연' } }),
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const POST = '1991000000000000101';
const opened = new Date(Date.now() - 60_000).toISOString();
const soon = (s: number) => new Date(Date.now() + s * 1000).toISOString();

function page(brandReplies: BrandReply[] = []): PageState {
  return {
    context: {
      kind: 'reply',
      composer: 'draft',
      customer: { handle: 'minji_kim' },
      tweet: { statusId: POST, url: `https://x.com/minji_kim/status/${POST}`, text: '인터넷이 안 돼요' },
    },
    theme: 'light',
    account: 'acme_care',
    thread: { statusId: POST, openedAt: opened, brandReplies },
  };
}

const reply = (agentId: string, name: string, text: string, at: string) => ({
  customerHandle: 'minji_kim',
  kind: 'reply-sent' as const,
  at,
  text,
  statusId: POST,
  clientId: crypto.randomUUID(),
  by: { agentId, name },
});

/** Lets the live reads and effects run, inside act, until `check` holds (or a second has passed). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !check(); i++) await act(async () => new Promise((r) => setTimeout(r, 20)));
}

let root: Root;
let host: HTMLElement;
const alertName = () => {
  const alert = host.querySelector('[role="alert"]');
  const id = alert?.getAttribute('aria-labelledby');
  return id ? (document.getElementById(id)?.textContent ?? '') : null;
};

describe('CollisionAlert', () => {
  beforeEach(async () => {
    await clearSharedDatabase();
    usePanelStore.getState().setPage(page());
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    await act(async () => root.render(<CollisionAlert />));
  });
  afterEach(async () => {
    await act(async () => root.unmount());
    host.remove();
  });

  it("stays away for this agent's own reply, shows a colleague's, then a newer live answer", async () => {
    await eventsRepo().bulkAdd([reply('agent-seoyeon', '서연', '제가 보낸 답장', soon(0))]);
    await until(() => false);
    expect(alertName()).toBeNull();

    await act(async () => eventsRepo().bulkAdd([reply('agent-jimin', '지민', '지민이 보낸 답장', soon(1))]));
    await until(() => alertName() !== null);
    expect(alertName()).toMatch(/^지민 replied \d{1,2}:\d{2}/);
    expect(host.textContent).toContain('지민이 보낸 답장');

    await act(async () =>
      noteLiveAnswer({
        postId: POST,
        state: 'answered',
        agentId: 'agent-haneul',
        agentName: '하늘',
        at: soon(2),
        text: '하늘의 라이브 답장',
      }),
    );
    expect(alertName()).toMatch(/^하늘 replied /);

    // Dismissed, the one before it shows; dismissed too, nothing is left.
    const dismiss = () => [...host.querySelectorAll('button')].find((b) => b.textContent === 'Dismiss')!;
    await act(async () => dismiss().click());
    expect(alertName()).toMatch(/^지민 replied /);
    await act(async () => dismiss().click());
    expect(alertName()).toBeNull();
  });

  it('shows a brand reply from the thread unless this tab sent it', async () => {
    const brand: BrandReply = {
      statusId: '2',
      handle: 'acme_care',
      name: 'Acme Care',
      at: soon(3),
      text: 'From the phone',
      sentHere: false,
    };
    await act(async () => usePanelStore.getState().setPage(page([{ ...brand, sentHere: true }])));
    expect(alertName()).toBeNull();
    await act(async () => usePanelStore.getState().setPage(page([brand])));
    expect(alertName()).toMatch(/^Acme Care replied /);
  });
});
