/** Words of the panel about the team record (who wrote an entry, sync stopped). English and Korean. */
const en = {
  /** Who and when, on every entry made in a team: "Seoyeon · 10:42". */
  'panel.team.byWhen': '{who} · {when}',
  'panel.team.revoked':
    'Team sync stopped: the team server no longer accepts this browser. Everything on this computer is kept. Ask your team lead for a new invite code.',
  'panel.team.heading': 'Team',
  /** Live presence of a colleague on the post or customer shown: one line each. */
  'panel.live.replying': '{name} is replying',
  'panel.live.viewing': '{name} is viewing',
  'panel.live.take': 'Take this one',
  'panel.live.release': 'Release',
  'panel.live.claimedBy': 'Claimed by {name} until {time}',
  'panel.live.yours': 'Yours until {time}',
  'panel.live.offline': 'The team server could not be reached. Try again in a moment.',
  'panel.live.refused': 'The team server refused: {message}',
};

const ko: Record<keyof typeof en, string> = {
  'panel.team.byWhen': '{who} · {when}',
  'panel.team.revoked':
    '팀 동기화가 멈췄습니다. 팀 서버가 이 브라우저의 접근을 해제했습니다. 이 컴퓨터의 기록은 모두 그대로 남아 있습니다. 팀장에게 새 초대 코드를 요청하세요.',
  'panel.team.heading': '팀',
  'panel.live.replying': '{name} 님이 답장하는 중',
  'panel.live.viewing': '{name} 님이 보는 중',
  'panel.live.take': '이 건 맡기',
  'panel.live.release': '맡기 취소',
  'panel.live.claimedBy': '{name} 님이 {time}까지 맡음',
  'panel.live.yours': '{time}까지 내가 맡음',
  'panel.live.offline': '팀 서버에 연결하지 못했습니다. 잠시 후 다시 시도하세요.',
  'panel.live.refused': '팀 서버가 거절했습니다: {message}',
};

export const panelTeam = { en, ko };
