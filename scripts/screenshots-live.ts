/**
 * The README's live-team screenshots (scripts/screenshots.ts runs these): X's search results as the
 * team's queue (queue.png) and a colleague replying to the post the agent has open
 * (panel-presence.png). The demo team (demo-live.ts) has 지민 answering one post of the search,
 * holding another and viewing the demo customer's post.
 */
import type { Page } from '@playwright/test';
import { panelFrameOf } from './chromium';
import type { DemoLive } from './demo-live';

/** The imitation's saved search "유심 먹통", newest first, as an agent would run it. */
const SEARCH_PATH = '/search?q=%EC%9C%A0%EC%8B%AC%20%EB%A8%B9%ED%86%B5&src=typed_query&f=live';
const DEMO_PATH = '/minji_kim/status/1991000000000000101';

export interface Shooter {
  /** Waits for fonts and paint, then writes docs/screenshots/<name>. */
  shoot(page: Page, name: string): Promise<void>;
}

/** The search results with each post's mark, and the panel's queue bar counting them. */
export async function shootQueue(x: Page, shooter: Shooter): Promise<void> {
  await x.goto(`https://x.com${SEARCH_PATH}`);
  const panel = await panelFrameOf(x, 20_000);
  const queue = panel.getByRole('region', { name: 'Queue' });
  // The counts come from the marks drawn on the page: once they say "answered", every mark is there.
  await queue.getByRole('status').filter({ hasText: 'answered' }).waitFor({ timeout: 20_000 });
  await shooter.shoot(x, 'queue.png');
}

/** 지민 starts replying to the post the agent has open: the panel says so, live, above the card. */
export async function shootPresence(x: Page, live: DemoLive, shooter: Shooter): Promise<void> {
  await x.goto(`https://x.com${DEMO_PATH}`);
  const panel = await panelFrameOf(x, 20_000);
  await panel.getByRole('status', { name: '지민 is viewing', exact: true }).waitFor({ timeout: 20_000 });
  await live.setColleague('replying');
  await panel.getByRole('status', { name: '지민 is replying', exact: true }).waitFor({ timeout: 20_000 });
  await panel.getByRole('button', { name: 'Take this one', exact: true }).waitFor();
  await shooter.shoot(x, 'panel-presence.png');
  await live.setColleague('viewing');
}
