/** The options page's Team section (joining, leaving, the lead's tools), English and Korean. */
const en = {
  'options.team.heading': 'Team',
  'options.team.intro':
    "Share one customer record with your care team through your team's Careline server. Without a team, everything stays in this browser only.",
  'options.team.serverUrl': 'Team server URL',
  'options.team.serverUrlHelp': 'The address your team lead gave you, for example https://careline.example.com',
  'options.team.serverUrlManaged': "Set by your organisation's IT.",
  'options.team.inviteCode': 'Invite code',
  'options.team.join': 'Join team',
  'options.team.or': 'or',
  'options.team.oidc': 'Sign in with company account',
  'options.team.connected': 'Connected to {team} as {agent}',
  'options.team.role.agent': 'Agent',
  'options.team.role.lead': 'Lead',
  'options.team.details': 'Server: {server} · Role: {role} · Customers you view stay in this browser for {hours}.',
  'options.team.leave': 'Leave team',
  'options.team.leaveHelp':
    'Leaving keeps everything already in this browser: customers, notes and history stay here and stop syncing.',
  'options.team.left': 'Left {team}. Everything in this browser is kept.',
  'options.team.leftOffline':
    "Left {team} on this computer and kept everything in this browser. The team server could not be reached: ask your team lead to revoke this computer's access.",
  'options.team.revoked':
    "Your team lead revoked this computer's access to {team}, so syncing stopped. Everything in this browser is kept. Leave the team, then join again with a new invite code.",
  'options.team.count.hour.one': '{n} hour',
  'options.team.count.hour.other': '{n} hours',
  'options.team.count.day.one': '{n} day',
  'options.team.count.day.other': '{n} days',
  'options.team.count.minute.one': '{n} minute',
  'options.team.count.minute.other': '{n} minutes',

  'options.team.error.url':
    '“{url}” is not a web address. Enter the team server’s address, for example https://careline.example.com. Nothing was changed.',
  'options.team.error.insecure':
    'The team server must use https:// (plain http only on this computer: localhost or 127.0.0.1). Nothing was changed.',
  'options.team.error.code':
    'That is not an invite code: paste the whole code your team lead sent. Nothing was changed.',
  'options.team.error.network':
    'Could not reach the team server at {server}. Check the address and your connection. Nothing was changed.',
  'options.team.error.noAccess':
    'Could not reach the team server at {server}: the browser did not give Careline access to it. Try again and allow access. Nothing was changed.',
  'options.team.error.badAnswer':
    '{server} did not answer like a Careline team server. Check the address. Nothing was changed.',
  'options.team.error.invite':
    'This invite code cannot be used on {server}: it was already used, has expired, or is mistyped. Ask your team lead for a new one. Nothing was changed.',
  'options.team.error.tooMany':
    'The team server got too many attempts: wait a minute, then try again. Nothing was changed.',
  'options.team.error.leadOnly': 'Only a team lead can do this.',
  'options.team.error.revoked': "This computer's access to the team was revoked.",
  'options.team.error.refused': 'The team server refused: {message}. Nothing was changed.',
  'options.team.error.noOidc':
    '{server} does not offer company sign-in: join with an invite code instead. Nothing was changed.',
  'options.team.error.oidcCancelled': 'Company sign-in was cancelled or failed: {error}. Nothing was changed.',
  'options.team.error.oidcUnsupported':
    'This browser cannot open the company sign-in window. Join with an invite code instead.',

  'options.team.offer.heading': 'Upload your local history',
  'options.team.offer.text':
    'This browser holds {entries} from before you joined. Upload them to {team} once, so your colleagues see them too? Offered only once.',
  'options.team.offer.upload': 'Upload my history',
  'options.team.offer.decline': 'Keep it in this browser',
  'options.team.offer.uploaded': 'Uploaded {entries} to {team}',
  'options.team.offer.declined': 'Your earlier history stays in this browser only.',
  'options.team.offer.failed': 'Could not upload your history: {error}. It is still in this browser; try again later.',
  'options.team.count.entry.one': '{n} history entry',
  'options.team.count.entry.other': '{n} history entries',
};

const ko: Record<keyof typeof en, string> = {
  'options.team.heading': '팀',
  'options.team.intro':
    '팀의 Careline 서버를 통해 상담팀 전체가 하나의 고객 기록을 함께 씁니다. 팀에 참여하지 않으면 모든 정보는 이 브라우저에만 남습니다.',
  'options.team.serverUrl': '팀 서버 URL',
  'options.team.serverUrlHelp': '팀 리더가 알려 준 주소입니다. 예: https://careline.example.com',
  'options.team.serverUrlManaged': '회사 IT 부서에서 설정했습니다.',
  'options.team.inviteCode': '초대 코드',
  'options.team.join': '팀 참여',
  'options.team.or': '또는',
  'options.team.oidc': '회사 계정으로 로그인',
  'options.team.connected': '{agent} 이름으로 {team}에 연결됨',
  'options.team.role.agent': '상담원',
  'options.team.role.lead': '리더',
  'options.team.details': '서버: {server} · 역할: {role} · 조회한 고객 정보는 이 브라우저에 {hours} 동안 보관됩니다.',
  'options.team.leave': '팀 나가기',
  'options.team.leaveHelp': '팀을 나가도 이 브라우저에 있는 고객, 메모, 이력은 그대로 남고 동기화만 멈춥니다.',
  'options.team.left': '{team}에서 나갔습니다. 이 브라우저의 정보는 모두 남아 있습니다.',
  'options.team.leftOffline':
    '이 컴퓨터에서 {team}을 나갔고 이 브라우저의 정보는 모두 남아 있습니다. 팀 서버에 연결할 수 없었으니 팀 리더에게 이 컴퓨터의 접근 권한을 회수해 달라고 요청하세요.',
  'options.team.revoked':
    '팀 리더가 이 컴퓨터의 {team} 접근 권한을 회수하여 동기화가 멈췄습니다. 이 브라우저의 정보는 모두 남아 있습니다. 팀을 나간 뒤 새 초대 코드로 다시 참여하세요.',
  'options.team.count.hour.one': '{n}시간',
  'options.team.count.hour.other': '{n}시간',
  'options.team.count.day.one': '{n}일',
  'options.team.count.day.other': '{n}일',
  'options.team.count.minute.one': '{n}분',
  'options.team.count.minute.other': '{n}분',

  'options.team.error.url':
    '“{url}”은 웹 주소가 아닙니다. 팀 서버 주소를 입력하세요. 예: https://careline.example.com. 아무것도 바뀌지 않았습니다.',
  'options.team.error.insecure':
    '팀 서버는 https://를 써야 합니다(http는 이 컴퓨터의 localhost나 127.0.0.1에서만 가능). 아무것도 바뀌지 않았습니다.',
  'options.team.error.code':
    '초대 코드가 아닙니다. 팀 리더가 보낸 코드 전체를 붙여 넣으세요. 아무것도 바뀌지 않았습니다.',
  'options.team.error.network':
    '{server} 팀 서버에 연결할 수 없습니다. 주소와 네트워크 연결을 확인하세요. 아무것도 바뀌지 않았습니다.',
  'options.team.error.noAccess':
    '{server} 팀 서버에 연결할 수 없습니다. 브라우저가 Careline에 접근 권한을 주지 않았습니다. 다시 시도하고 접근을 허용하세요. 아무것도 바뀌지 않았습니다.',
  'options.team.error.badAnswer':
    '{server}의 응답이 Careline 팀 서버의 응답이 아닙니다. 주소를 확인하세요. 아무것도 바뀌지 않았습니다.',
  'options.team.error.invite':
    '{server}에서 쓸 수 없는 초대 코드입니다. 이미 사용되었거나 만료되었거나 잘못 입력되었습니다. 팀 리더에게 새 코드를 요청하세요. 아무것도 바뀌지 않았습니다.',
  'options.team.error.tooMany': '팀 서버에 시도가 너무 많습니다. 잠시 뒤 다시 시도하세요. 아무것도 바뀌지 않았습니다.',
  'options.team.error.leadOnly': '팀 리더만 할 수 있습니다.',
  'options.team.error.revoked': '이 컴퓨터의 팀 접근 권한이 회수되었습니다.',
  'options.team.error.refused': '팀 서버가 거부했습니다: {message}. 아무것도 바뀌지 않았습니다.',
  'options.team.error.noOidc':
    '{server}는 회사 계정 로그인을 지원하지 않습니다. 초대 코드로 참여하세요. 아무것도 바뀌지 않았습니다.',
  'options.team.error.oidcCancelled':
    '회사 계정 로그인이 취소되었거나 실패했습니다: {error}. 아무것도 바뀌지 않았습니다.',
  'options.team.error.oidcUnsupported':
    '이 브라우저에서는 회사 계정 로그인 창을 열 수 없습니다. 초대 코드로 참여하세요.',

  'options.team.offer.heading': '내 기록 올리기',
  'options.team.offer.text':
    '이 브라우저에는 팀에 참여하기 전의 {entries}이 있습니다. 동료도 볼 수 있도록 {team}에 한 번 올릴까요? 이 제안은 한 번만 표시됩니다.',
  'options.team.offer.upload': '내 기록 올리기',
  'options.team.offer.decline': '이 브라우저에만 두기',
  'options.team.offer.uploaded': '{team}에 {entries}을 올렸습니다',
  'options.team.offer.declined': '이전 기록은 이 브라우저에만 남습니다.',
  'options.team.offer.failed':
    '기록을 올릴 수 없습니다: {error}. 기록은 이 브라우저에 그대로 있으니 나중에 다시 시도하세요.',
  'options.team.count.entry.one': '이력 {n}건',
  'options.team.count.entry.other': '이력 {n}건',
};

export const optionsTeam = { en, ko };
