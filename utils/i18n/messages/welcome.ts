/**
 * The welcome page's words, English and Korean (see utils/i18n/translate.ts). `{name}` placeholders
 * in these texts stand for inline elements (links, keys, code) that entrypoints/welcome/rich.tsx puts
 * in their place. Names of settings (Settings → Templates, "Send test handoff") follow the options page.
 */
const en = {
  'welcome.title': 'Welcome to Careline',
  'welcome.lead':
    'Canned responses, customer history and a one-click handoff to your call center, right beside X’s reply box. Careline works on the x.com page you already have open: no X API, and your customers’ data stays on this computer.',
  'welcome.openX': 'Open x.com',
  'welcome.openSettings': 'Open settings',

  'welcome.you.heading': 'Your name and sign-off',
  'welcome.you.text':
    'Careline puts your name on handoffs and in each customer’s History. If your team answers as one brand, add the sign-off you end public replies with: replies put it where they say {signoff}. Both can be changed later in Settings → You.',

  'welcome.what.heading': 'What Careline does',
  'welcome.what.panel.title': 'A panel beside X’s reply box',
  'welcome.what.panel.text':
    'On x.com, Careline sits at the right of the page: who you are answering (handle, name, the post), what your team knows about them, and your reply library.',
  'welcome.what.replies.title': 'Canned responses, in Korean and English',
  'welcome.what.replies.text':
    'Search by title, shortcut, tag or text. Initial consonants find words (ㄱㅅ finds 감사), and a syllable you are still typing already matches. Replies fill in the customer’s name and plan and are counted the way X counts.',
  'welcome.what.history.title': 'Customer history',
  'welcome.what.history.text':
    'Your CRM’s fields, tags and notes, and every reply you sent with Careline, newest first. Kept in this browser, never in x.com’s page.',
  'welcome.what.handoff.title': 'One-click handoff',
  'welcome.what.handoff.text':
    'Pick a reason, add a note, Send: the case goes to your call center, retried until it arrives, and the ticket number comes back as a ready reply.',

  'welcome.try.heading': 'Try it',
  'welcome.try.open':
    'Open a customer’s post on {x} and click Reply. The Careline panel shows the customer and your replies.',
  'welcome.try.search':
    'Search the replies (try {initials} or {word}), check the preview filled with the customer’s values, and press Insert.',
  'welcome.try.searchWord': 'delay',
  'welcome.try.shortcut': 'Or, right in X’s reply box, type {shortcut} then {tab}.',
  'welcome.samples.heading': 'Sample replies in your library',
  'welcome.samples.reading': 'Reading your reply library…',
  'welcome.samples.gone': 'The sample replies are no longer in your library. Your replies are in Settings → Templates.',
  'welcome.pack.download': 'Download the sample team pack',
  'welcome.pack.name': 'Careline sample replies',
  'welcome.pack.text':
    'The same replies as a team pack file (JSON): the format a team lead publishes for the team. Edit it and import it in Settings → Templates → Team packs; the format is described in {doc}.',

  'welcome.import.heading': 'Import your customers',
  'welcome.import.text':
    'Import your CRM’s CSV export (UTF-8, or CP949 from Excel). Columns are matched by name, Korean headers too: handle (핸들), name (이름), customer_id (고객번호), phone (전화번호), email, plan (요금제), tags (태그), note (메모). Any other column can be used in replies as {column}.',
  'welcome.import.go': 'Go to Customers in settings',

  'welcome.handoff.heading': 'Set up the handoff',
  'welcome.handoff.text':
    'In Settings → Handoff, point Careline at your call center: a webhook (https, signed when you set a secret), an e-mail draft, or your CRM’s new-ticket form. Add the call center’s name and number for the ticket reply, then press {test}.',
  'welcome.handoff.test': 'Send test handoff',
  'welcome.handoff.go': 'Go to Handoff in settings',

  'welcome.keys.heading': 'Keyboard',
  'welcome.keys.toggle': 'opens and closes the panel on x.com',
  'welcome.keys.shortcut': 'inserts a reply by its shortcut in X’s reply box',
  'welcome.keys.enter': 'in the panel’s list, inserts the selected reply',
  'welcome.keys.change': 'Change the shortcut at {page} (Firefox: Add-ons → Manage Extension Shortcuts).',

  'welcome.footer':
    'Writing replies for a team? Organise them in {settings}, export a folder as a pack, and host it at an https URL agents subscribe to.',
  'welcome.footer.settings': 'settings',
} as const;

const ko: Record<keyof typeof en, string> = {
  'welcome.title': 'Careline에 오신 것을 환영합니다',
  'welcome.lead':
    '상용 답변, 고객 이력, 클릭 한 번으로 고객센터 이관까지 X의 답글 입력란 바로 옆에서 처리하세요. Careline은 이미 열어 둔 x.com 페이지에서 동작합니다. X API를 쓰지 않으며, 고객 데이터는 이 컴퓨터 밖으로 나가지 않습니다.',
  'welcome.openX': 'x.com 열기',
  'welcome.openSettings': '설정 열기',

  'welcome.you.heading': '내 이름과 서명',
  'welcome.you.text':
    'Careline은 이관 요청과 고객 이력에 상담원 이름을 남깁니다. 팀이 하나의 브랜드로 답한다면 공개 답글 끝에 붙이는 서명도 입력하세요. 답장의 {signoff} 자리에 들어갑니다. 둘 다 나중에 설정 → 내 정보에서 바꿀 수 있습니다.',

  'welcome.what.heading': 'Careline으로 할 수 있는 일',
  'welcome.what.panel.title': 'X 답글 입력란 옆의 패널',
  'welcome.what.panel.text':
    'x.com 페이지 오른쪽에 Careline 패널이 열립니다. 응대 중인 고객(핸들, 이름, 게시물), 팀이 알고 있는 고객 정보, 답변 라이브러리를 한눈에 볼 수 있습니다.',
  'welcome.what.replies.title': '한국어·영어 상용 답변',
  'welcome.what.replies.text':
    '제목, 단축어, 태그, 본문으로 검색하세요. 초성으로도 찾을 수 있고(ㄱㅅ으로 감사 검색), 입력 중인 음절도 바로 일치합니다. 답변에는 고객 이름과 요금제가 채워지며, 글자 수는 X와 같은 방식으로 셉니다.',
  'welcome.what.history.title': '고객 이력',
  'welcome.what.history.text':
    'CRM의 항목, 태그, 메모와 Careline으로 보낸 모든 답변을 최신순으로 보여 줍니다. 이 브라우저에만 저장되며 x.com 페이지에는 절대 남지 않습니다.',
  'welcome.what.handoff.title': '원클릭 이관',
  'welcome.what.handoff.text':
    '사유를 고르고 메모를 추가한 뒤 보내기를 누르세요. 건이 고객센터로 전달되고, 도착할 때까지 다시 시도하며, 접수 번호는 바로 쓸 수 있는 답변으로 돌아옵니다.',

  'welcome.try.heading': '사용해 보기',
  'welcome.try.open': '{x}에서 고객의 게시물을 열고 답글을 클릭하세요. Careline 패널에 고객 정보와 답변이 표시됩니다.',
  'welcome.try.search':
    '답변을 검색해 보세요(예: {initials}, {word}). 고객 정보가 채워진 미리보기를 확인한 뒤 삽입을 누르세요.',
  'welcome.try.searchWord': '지연',
  'welcome.try.shortcut': '또는 X의 답글 입력란에서 바로 {shortcut} 입력 후 {tab} 키를 누르세요.',
  'welcome.samples.heading': '라이브러리의 샘플 답변',
  'welcome.samples.reading': '답변 라이브러리를 읽는 중…',
  'welcome.samples.gone': '샘플 답변이 더 이상 라이브러리에 없습니다. 내 답변은 설정 → 템플릿에서 볼 수 있습니다.',
  'welcome.pack.download': '샘플 팀 팩 다운로드',
  'welcome.pack.name': 'Careline 샘플 답장',
  'welcome.pack.text':
    '같은 답변을 팀 팩 파일(JSON)로 받습니다. 팀장이 팀에 배포하는 형식입니다. 수정한 뒤 설정 → 템플릿 → 팀 팩에서 가져오세요. 형식은 {doc}에 설명되어 있습니다.',

  'welcome.import.heading': '고객 가져오기',
  'welcome.import.text':
    'CRM에서 내보낸 CSV 파일(UTF-8, 또는 Excel의 CP949)을 가져오세요. 열은 이름으로 연결되며 한글 머리글도 인식합니다: handle(핸들), name(이름), customer_id(고객번호), phone(전화번호), email, plan(요금제), tags(태그), note(메모). 그 밖의 열은 답변에서 {column} 형식으로 쓸 수 있습니다.',
  'welcome.import.go': '설정의 고객으로 이동',

  'welcome.handoff.heading': '이관 설정하기',
  'welcome.handoff.text':
    '설정 → 이관에서 Careline이 연결할 고객센터를 지정하세요. 웹훅(https, 시크릿을 설정하면 서명), 이메일 초안, CRM의 새 티켓 양식 중에서 고를 수 있습니다. 접수 안내 답변에 쓸 고객센터 이름과 전화번호를 입력한 뒤 {test}를 누르세요.',
  'welcome.handoff.test': '테스트 이관 보내기',
  'welcome.handoff.go': '설정의 이관으로 이동',

  'welcome.keys.heading': '키보드',
  'welcome.keys.toggle': 'x.com에서 패널을 열고 닫습니다',
  'welcome.keys.shortcut': 'X의 답글 입력란에서 단축어로 답변을 삽입합니다',
  'welcome.keys.enter': '패널 목록에서 선택한 답변을 삽입합니다',
  'welcome.keys.change': '단축키는 {page}에서 바꿀 수 있습니다(Firefox: 부가 기능 → 확장 기능 단축키 관리).',

  'welcome.footer':
    '팀을 위해 답변을 작성하시나요? {settings}에서 정리하고, 폴더를 팩으로 내보낸 뒤 상담원이 구독할 https URL에 올려 두세요.',
  'welcome.footer.settings': '설정',
};

export const welcome = { en, ko };
