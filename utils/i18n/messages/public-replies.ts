/**
 * Words of the rule for public replies: the panel's confirmation, refusal and preview note,
 * and the options page's setting ("Data" → "Public replies"). English and Korean.
 */
const en = {
  'panel.public.heading': 'Public reply with customer data',
  'panel.public.warning':
    'This reply will be public on X, for good. It contains customer data from Careline: insert it only if the customer should see it in public; otherwise answer in a DM (X Chat).',
  'panel.public.fields': 'Customer data in this reply',
  'panel.public.confirm': 'Insert in public reply',
  'panel.public.cancel': 'Cancel',
  'panel.public.refused':
    'Not inserted: your team does not allow customer data in public replies ({fields}). Send it in a DM (X Chat) instead.',
  'panel.public.noteAsk': 'In a public reply, Careline asks first: {fields}',
  'panel.public.noteRefuse': 'Not allowed in a public reply: {fields}',
  'panel.public.noteWhy':
    'Your team chose “Never insert” for customer data in public replies (Settings → Data), so Insert is off here. Send this reply as a DM instead.',
  'panel.public.openDm': 'Open DM',
  'panel.public.openDmProfile': 'Opens @{handle}’s profile: X’s Message button there starts the DM.',

  'options.public.heading': 'Public replies',
  'options.public.help':
    'A reply on X is public forever. There {{customer.name}} is the name the customer shows on X; CRM fields and imported columns ({{customer.id}}, {{customer.phone}}, {{customer.crmName}}, …) go into a public reply only as chosen here. In X Chat (DMs) they are inserted without asking.',
  'options.public.label': 'CRM fields in public replies',
  'options.public.ask': 'Ask each time',
  'options.public.never': 'Never insert',
  'options.public.savedAsk': 'Saved: agents confirm CRM fields in each public reply',
  'options.public.savedNever': 'Saved: CRM fields never go into public replies',
  'options.editor.publicRule':
    "In a public reply {{customer.name}} is the name the customer shows on X. CRM fields ({{customer.crmName}}, {{customer.id}}, {{customer.phone}}, {{customer.email}}, {{customer.plan}}) and imported columns ask the agent before they go into one, or are refused by the team's setting (Data → Public replies); in X Chat they go in as they are.",
};

const ko: Record<keyof typeof en, string> = {
  'panel.public.heading': '고객 정보가 담긴 공개 답글',
  'panel.public.warning':
    '이 답글은 X에 영구히 공개됩니다. Careline의 고객 정보가 들어 있으니 고객이 공개적으로 보아도 되는 경우에만 삽입하고, 그렇지 않으면 DM(X Chat)으로 답해 주세요.',
  'panel.public.fields': '이 답글에 담길 고객 정보',
  'panel.public.confirm': '공개 답글에 삽입',
  'panel.public.cancel': '취소',
  'panel.public.refused':
    '삽입하지 않았습니다. 팀 설정에 따라 공개 답글에는 고객 정보({fields})를 넣을 수 없습니다. DM(X Chat)으로 보내 주세요.',
  'panel.public.noteAsk': '공개 답글에 넣기 전에 확인: {fields}',
  'panel.public.noteRefuse': '공개 답글에 넣을 수 없음: {fields}',
  'panel.public.noteWhy':
    '팀 설정(설정 → 데이터)에서 공개 답글에 고객 정보를 “넣지 않음”으로 정해 여기서는 삽입할 수 없습니다. 이 답장은 DM으로 보내 주세요.',
  'panel.public.openDm': 'DM 열기',
  'panel.public.openDmProfile': '@{handle}의 프로필이 열립니다. 프로필의 메시지 버튼으로 DM을 시작하세요.',

  'options.public.heading': '공개 답글',
  'options.public.help':
    'X의 답글은 영구히 공개됩니다. 공개 답글에서 {{customer.name}}은 고객이 X에 표시한 이름입니다. CRM 정보와 가져온 열({{customer.id}}, {{customer.phone}}, {{customer.crmName}} 등)은 여기서 정한 대로만 공개 답글에 들어갑니다. X Chat(DM)에는 묻지 않고 삽입됩니다.',
  'options.public.label': '공개 답글의 CRM 정보',
  'options.public.ask': '매번 확인',
  'options.public.never': '넣지 않음',
  'options.public.savedAsk': '저장했습니다: 공개 답글마다 상담원이 CRM 정보를 확인합니다',
  'options.public.savedNever': '저장했습니다: CRM 정보는 공개 답글에 들어가지 않습니다',
  'options.editor.publicRule':
    '공개 답글에서 {{customer.name}}은 고객이 X에 표시한 이름입니다. CRM 정보({{customer.crmName}}, {{customer.id}}, {{customer.phone}}, {{customer.email}}, {{customer.plan}})와 가져온 열은 공개 답글에 넣기 전에 상담원에게 확인을 받거나, 팀 설정(데이터 → 공개 답글)에 따라 삽입되지 않습니다. X Chat에서는 그대로 삽입됩니다.',
};

export const publicReplies = { en, ko };
