/**
 * The README's incident screenshot (scripts/screenshots.ts runs it, last: the open incident would
 * otherwise show in the other panel shots): the lead opened "강남역 LTE 장애", the agent's panel on a
 * post from Gangnam Station offers "Attach to 강남역 LTE 장애", one click attaches it, and the holding
 * reply is the first suggestion, preselected.
 */
import type { Page } from '@playwright/test';
import { panelFrameOf } from './chromium';
import type { DemoTeam } from './demo-team';
import type { Shooter } from './screenshots-live';

/** A post of the imitation naming 강남역 (tests/fixtures/x-app/src/data.ts, desk posts). */
const GANGNAM_POST = '/minji_kim/status/1995000000000000001';
const INCIDENT = {
  title: '강남역 LTE 장애',
  holdingReply:
    '강남역 일대 LTE 장애를 확인했고 복구 중입니다. 불편을 드려 죄송합니다. 복구되면 바로 알려드리겠습니다.',
  topic: 'outage',
  place: '강남역',
};

export async function shootIncident(x: Page, team: DemoTeam, shooter: Shooter): Promise<void> {
  await team.openIncident(INCIDENT);
  await x.goto(`https://x.com${GANGNAM_POST}`);
  const panel = await panelFrameOf(x, 20_000);
  const desk = panel.getByRole('region', { name: 'Incidents' });
  await desk.getByRole('button', { name: `Attach to ${INCIDENT.title}` }).click({ timeout: 20_000 });
  await desk
    .getByRole('status')
    .filter({ hasText: `Attached to ${INCIDENT.title}` })
    .waitFor();
  await panel.getByRole('option', { name: `${INCIDENT.title}: holding reply`, selected: true }).waitFor();
  await shooter.shoot(x, 'panel-incident.png');
}
