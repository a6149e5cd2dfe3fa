/** Words of the panel about the team record (who wrote an entry, sync stopped). English and Korean. */
const en = {
  /** Who and when, on every entry made in a team: "Seoyeon · 10:42". */
  'panel.team.byWhen': '{who} · {when}',
  'panel.team.revoked':
    'Team sync stopped: the team server no longer accepts this browser. Everything on this computer is kept. Ask your team lead for a new invite code.',
  'panel.team.heading': 'Team',
};

const ko: Record<keyof typeof en, string> = {
  'panel.team.byWhen': '{who} · {when}',
  'panel.team.revoked':
    '팀 동기화가 멈췄습니다. 팀 서버가 이 브라우저의 접근을 해제했습니다. 이 컴퓨터의 기록은 모두 그대로 남아 있습니다. 팀장에게 새 초대 코드를 요청하세요.',
  'panel.team.heading': '팀',
};

export const panelTeam = { en, ko };
