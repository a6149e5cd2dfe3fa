/** Words of the panel's link to the x.com tab: a request the tab did not answer in time. English and Korean. */
const en = {
  'panel.link.timeout':
    'The x.com tab did not answer within {seconds} seconds, so Careline stopped: nothing was inserted. If x.com is busy, wait a moment, then try again.',
  'panel.link.retry': 'Try again',
};

const ko: Record<keyof typeof en, string> = {
  'panel.link.timeout':
    'x.com 탭이 {seconds}초 안에 응답하지 않아 Careline이 멈췄습니다. 아무것도 삽입되지 않았습니다. x.com이 바쁘면 잠시 기다린 뒤 다시 시도해 주세요.',
  'panel.link.retry': '다시 시도',
};

export const panelLink = { en, ko };
