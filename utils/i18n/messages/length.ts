/** The length meter's words (panel) and the post limits per X account (options → You), English and Korean. */
const en = {
  'length.near': "Close to X's limit: {count} left",
  'length.nearChat': "Close to X Chat's limit: {count} left",
  'length.over': "{count} over X's limit: X will not post this reply until it is shorter.",
  'length.overChat': "{count} over X Chat's limit: X will not send this message until it is shorter.",
  'length.pendingFillIns': 'plus what you fill in',
  'length.withBox': "with what is already in X's box",
  'length.limitPost': 'A post on X: up to {limit} (Hangul counts 2)',
  'length.limitAccount': 'Posts from @{handle}: up to {limit} (Hangul counts 2)',
  'length.limitChat': 'An X Chat message: up to {limit} characters',

  'options.limits.heading': 'Post length limits',
  'options.limits.intro':
    "X lets X Premium subscribers and verified organisations post up to 25,000 (Hangul counts 2); other accounts 280. Careline reads the account you post from in X's account menu and counts against its limit.",
  'options.limits.default': 'Default post limit',
  'options.limits.standard': '280 (standard)',
  'options.limits.long': '25,000 (X Premium or verified organisation)',
  'options.limits.accounts': 'X accounts',
  'options.limits.none': 'No accounts yet: every post is counted against the default.',
  'options.limits.limitFor': 'Post limit for @{handle}',
  'options.limits.remove': 'Remove @{handle}',
  'options.limits.handle': 'X account',
  'options.limits.limit': 'Post limit',
  'options.limits.add': 'Add account',
  'options.limits.badHandle': '“{input}” is not an X handle: 1 to 15 letters, digits or _ (the @ is optional).',
  'options.limits.saved': 'Saved',
};

const ko: Record<keyof typeof en, string> = {
  'length.near': 'X 글자 수 제한에 가깝습니다: {count}자 남음',
  'length.nearChat': 'X 채팅 글자 수 제한에 가깝습니다: {count}자 남음',
  'length.over': 'X 글자 수 제한을 {count}자 초과했습니다. 줄이기 전에는 X에 게시할 수 없습니다.',
  'length.overChat': 'X 채팅 글자 수 제한을 {count}자 초과했습니다. 줄이기 전에는 보낼 수 없습니다.',
  'length.pendingFillIns': '입력할 항목은 아직 세지 않음',
  'length.withBox': 'X 입력란에 이미 있는 글 포함',
  'length.limitPost': 'X 게시물: 최대 {limit} (한글은 2로 셈)',
  'length.limitAccount': '@{handle} 게시물: 최대 {limit} (한글은 2로 셈)',
  'length.limitChat': 'X 채팅 메시지: 최대 {limit}자',

  'options.limits.heading': '게시물 글자 수 제한',
  'options.limits.intro':
    'X Premium 구독자와 인증된 기관은 최대 25,000(한글은 2로 셈)까지, 그 밖의 계정은 280까지 게시할 수 있습니다. Careline은 X의 계정 메뉴에서 게시하는 계정을 읽어 그 계정의 제한으로 글자 수를 셉니다.',
  'options.limits.default': '기본 게시물 제한',
  'options.limits.standard': '280 (기본)',
  'options.limits.long': '25,000 (X Premium 또는 인증된 기관)',
  'options.limits.accounts': 'X 계정 목록',
  'options.limits.none': '등록된 계정이 없습니다. 모든 게시물을 기본 제한으로 셉니다.',
  'options.limits.limitFor': '@{handle} 게시물 제한',
  'options.limits.remove': '@{handle} 삭제',
  'options.limits.handle': 'X 계정',
  'options.limits.limit': '게시물 제한',
  'options.limits.add': '계정 추가',
  'options.limits.badHandle':
    '“{input}”은(는) X 핸들이 아닙니다. 영문, 숫자, _ 1~15자로 입력해 주세요(@는 없어도 됩니다).',
  'options.limits.saved': '저장했습니다',
};

export const lengthMessages = { en, ko };
