/** Words of the panel's collision alert: the post got an answer since the agent opened it. English and Korean. */
const en = {
  /** The alert's name: who answered and when ("지민 replied 10:42 AM"). */
  'panel.collision.replied': '{name} replied {time}',
  'panel.collision.showFull': 'Show full reply',
  'panel.collision.showLess': 'Show less',
  'panel.collision.dismiss': 'Dismiss',
};

const ko: Record<keyof typeof en, string> = {
  'panel.collision.replied': '{name} 님이 {time}에 답장했습니다',
  'panel.collision.showFull': '답장 전체 보기',
  'panel.collision.showLess': '접기',
  'panel.collision.dismiss': '닫기',
};

export const panelCollision = { en, ko };
