/** Words of the panel's queue bar on X's lists (notifications, search, home). English and Korean. */
const en = {
  'panel.queue.landmark': 'Queue',
  'panel.queue.hideAnswered': 'Hide answered',
  'panel.queue.waiting.one': '{n} waiting',
  'panel.queue.waiting.other': '{n} waiting',
  'panel.queue.pastTarget.one': '{n} past the {target}-minute target',
  'panel.queue.pastTarget.other': '{n} past the {target}-minute target',
  'panel.queue.claimed.one': '{n} claimed',
  'panel.queue.claimed.other': '{n} claimed',
  'panel.queue.answered.one': '{n} answered',
  'panel.queue.answered.other': '{n} answered',
  'panel.queue.none': 'No posts here yet',
};

const ko: Record<keyof typeof en, string> = {
  'panel.queue.landmark': '대기열',
  'panel.queue.hideAnswered': '답변한 글 숨기기',
  'panel.queue.waiting.one': '대기 {n}건',
  'panel.queue.waiting.other': '대기 {n}건',
  'panel.queue.pastTarget.one': '목표 {target}분 초과 {n}건',
  'panel.queue.pastTarget.other': '목표 {target}분 초과 {n}건',
  'panel.queue.claimed.one': '담당 중 {n}건',
  'panel.queue.claimed.other': '담당 중 {n}건',
  'panel.queue.answered.one': '답변 {n}건',
  'panel.queue.answered.other': '답변 {n}건',
  'panel.queue.none': '아직 이 페이지에 글이 없습니다',
};

export const panelQueue = { en, ko };
