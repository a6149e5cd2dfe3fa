/** Brand accounts and personas: the panel's "Answering as", templates per account, sign-offs per account. */
const en = {
  'persona.answeringAs': 'Answering as @{handle}',
  'options.editor.accounts': 'Accounts',
  'options.editor.accountsHint':
    'Only offered when you answer as these X accounts, e.g. @acme_care. Empty: every account.',
  'options.editor.accountsBad': '“{input}” is not an X handle: 1 to 15 letters, digits or _ (the @ is optional).',
  'options.editor.accountsTooMany': 'At most {max} accounts per template.',
  'options.signoffs.heading': 'Sign-off per account',
  'options.signoffs.intro':
    'Answering as one of these X accounts, {{agent.signoff}} is its sign-off; on any other account, your sign-off above.',
  'options.signoffs.list': 'Sign-offs by account',
  'options.signoffs.none': 'No accounts yet: every reply is signed with your sign-off above.',
  'options.signoffs.signoffFor': 'Signature for @{handle}',
  'options.signoffs.remove': 'Remove sign-off for @{handle}',
  'options.signoffs.handle': 'Brand account',
  'options.signoffs.signoff': 'Its signature',
  'options.signoffs.add': 'Add sign-off',
  'options.signoffs.badHandle': '“{input}” is not an X handle: 1 to 15 letters, digits or _ (the @ is optional).',
  'options.signoffs.empty': 'Type the sign-off for @{handle}.',
  'options.signoffs.saved': 'Saved',
};

const ko: Record<keyof typeof en, string> = {
  'persona.answeringAs': '@{handle} 계정으로 답변 중',
  'options.editor.accounts': '계정',
  'options.editor.accountsHint':
    '이 X 계정으로 답변할 때만 보입니다(예: @acme_care). 비워 두면 모든 계정에서 보입니다.',
  'options.editor.accountsBad': '“{input}”은(는) X 핸들이 아닙니다: 영문자, 숫자, _로 1~15자(@는 빼도 됩니다).',
  'options.editor.accountsTooMany': '템플릿 하나에 계정은 최대 {max}개까지입니다.',
  'options.signoffs.heading': '계정별 서명',
  'options.signoffs.intro':
    '아래 X 계정으로 답변할 때는 {{agent.signoff}}에 그 계정의 서명이 들어가고, 다른 계정에서는 위의 내 서명이 들어갑니다.',
  'options.signoffs.list': '계정별 서명 목록',
  'options.signoffs.none': '등록된 계정이 없습니다. 모든 답글에 위의 내 서명이 들어갑니다.',
  'options.signoffs.signoffFor': '@{handle}용 문구',
  'options.signoffs.remove': '@{handle} 서명 삭제',
  'options.signoffs.handle': '브랜드 계정',
  'options.signoffs.signoff': '계정 문구',
  'options.signoffs.add': '서명 추가',
  'options.signoffs.badHandle': '“{input}”은(는) X 핸들이 아닙니다: 영문자, 숫자, _로 1~15자(@는 빼도 됩니다).',
  'options.signoffs.empty': '@{handle} 계정의 서명을 입력하세요.',
  'options.signoffs.saved': '저장했습니다',
};

export const personas = { en, ko };
