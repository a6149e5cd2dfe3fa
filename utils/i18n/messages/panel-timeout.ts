/** Words of the panel for a request the x.com tab did not answer in time. English and Korean. */
const en = {
  'panel.timeout.insert.one':
    'The x.com tab did not answer within {n} second, so Careline stopped: nothing was inserted. If x.com is busy, wait a moment, then try again.',
  'panel.timeout.insert.other':
    'The x.com tab did not answer within {n} seconds, so Careline stopped: nothing was inserted. If x.com is busy, wait a moment, then try again.',
  'panel.timeout.retry': 'Try again',
};

const ko: Record<keyof typeof en, string> = {
  'panel.timeout.insert.one':
    'x.com 탭이 {n}초 안에 응답하지 않아 Careline이 멈췄습니다. 아무것도 삽입되지 않았습니다. x.com이 바쁘면 잠시 기다린 뒤 다시 시도해 주세요.',
  'panel.timeout.insert.other':
    'x.com 탭이 {n}초 안에 응답하지 않아 Careline이 멈췄습니다. 아무것도 삽입되지 않았습니다. x.com이 바쁘면 잠시 기다린 뒤 다시 시도해 주세요.',
  'panel.timeout.retry': '다시 시도',
};

export const panelTimeout = { en, ko };
