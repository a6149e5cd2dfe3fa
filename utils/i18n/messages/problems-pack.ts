/**
 * Problems found by utils/ logic for the pack area, English and Korean (see utils/i18n/problems.ts:
 * made with `problemSayer`, in the language of the context that found them).
 *
 * Readers are team leads fixing a pack file in a text editor and agents subscribing to a URL, so the
 * Korean names the field and says what to write, in the options page's 합니다 style. Field paths
 * (`templates[3].body`) and JSON punctuation stay as they are: they are what the lead searches for.
 * Many of these follow "{file}을(를) 가져오지 못했습니다: " on the page, so they read as its second half.
 */
const en = {
  // Reading the file (parse.ts)
  'pack.parse.empty': 'The file is empty: expected a Careline template pack (JSON).',
  'pack.parse.jsonAt': 'Not valid JSON at line {line}, column {column}: {reason}.',
  'pack.parse.json': 'Not valid JSON: {error}',
  'pack.parse.notObject': 'Expected a JSON object with "format": "{format}", got {got}.',
  'pack.parse.formatMissing': 'required ("{format}"): is this a Careline template pack?',
  'pack.parse.formatWrong': 'expected "{format}", got {got}',
  'pack.parse.versionNotNumber': 'expected the number {version}, got {got}',
  'pack.parse.versionUnsupported': 'Careline reads version {supported} packs; this is version {version}',
  'pack.parse.unreadable': 'The pack could not be read.',
  'pack.parse.duplicateId': '"{id}" is also the id of templates[{first}]; ids must be unique in a pack',
  'pack.parse.tooLarge': 'The pack is {size} MB; Careline reads packs up to {limit} MB.',
  // One field of the pack, as format.ts's schema words its own checks (the rest: problems-fields.ts)
  'pack.field.notEmpty': 'must not be empty',
  'pack.field.packId': 'must not contain "/" or spaces',
  'pack.field.date': 'expected an ISO-8601 date such as "2026-11-29T00:00:00Z"',
  'pack.field.shortcutRule': 'use letters, digits, _ or - only, no spaces (agents type ;shortcut)',
  'pack.field.tooLong': 'too long: {length} characters, at most {max}',
  'pack.field.account': 'expected an X handle such as "@acme_care": 1 to 15 letters, digits or _',
  // Where a JSON text breaks (json-error.ts; also used for customer backups)
  'pack.json.endsEarly': 'the file ends too early (a missing } or ] or ")',
  'pack.json.endOfFile': 'the end of the file',
  'pack.json.unterminated': 'unterminated string',
  'pack.json.badEscape': 'invalid escape in a string (write \\\\ for a backslash)',
  'pack.json.controlChar': 'line break or control character inside a string (write \\n)',
  'pack.json.expectedValue': 'expected a value, found {found}',
  'pack.json.expectedName': 'expected a "quoted" property name, found {found}',
  'pack.json.expectedColon': 'expected ":" after the property name, found {found}',
  'pack.json.expectedComma': 'expected "," or "{close}", found {found}',
  'pack.json.trailingComma': 'trailing comma before "{close}"',
  'pack.json.afterEnd': 'unexpected text after the end of the JSON value',
  // Subscription addresses (subscription.ts)
  'pack.url.empty': "Enter the pack's address, starting with https://",
  'pack.url.notAddress': '"{url}" is not a web address (expected https://…)',
  'pack.url.credentials': 'Pack addresses cannot contain a user name or password',
  'pack.url.http': 'Pack addresses must use https:// (http:// only for localhost and 127.0.0.1)',
  'pack.url.protocol': 'Pack addresses must start with https:// (this one is {protocol})',
  // Downloading and refreshing a subscribed pack (subscription.ts)
  'pack.sub.noAddress': 'This pack has no subscription address.',
  'pack.sub.otherPack': 'The address now serves the pack "{served}", not "{pack}": subscribe to it separately.',
  'pack.sub.updateFailed': 'Could not update the pack: {error}',
  'pack.sub.firstNotModified': 'The server answered 304 Not Modified to a first download.',
  'pack.sub.readFailed': 'Could not read the pack: {error}',
  'pack.sub.redirected': 'The address redirected to {url}: {problem}',
  'pack.sub.status': '{host} answered {status}{statusText}',
  'pack.sub.tooLarge': 'The pack is larger than {limit} MB; Careline reads packs up to {limit} MB.',
  'pack.sub.timeout': '{host} did not answer within {seconds} seconds',
  'pack.sub.unreachable': 'Could not reach {host}: {error}',
} as const;

const ko: Record<keyof typeof en, string> = {
  'pack.parse.empty': '파일이 비어 있습니다. Careline 템플릿 팩(JSON) 파일이어야 합니다.',
  'pack.parse.jsonAt': 'JSON 형식이 올바르지 않습니다(줄 {line}, 열 {column}): {reason}.',
  'pack.parse.json': 'JSON 형식이 올바르지 않습니다: {error}',
  'pack.parse.notObject':
    'Careline 템플릿 팩은 "format": "{format}" 항목이 있는 JSON 객체여야 하는데 이 파일은 {got}입니다.',
  'pack.parse.formatMissing': '필수 항목입니다("{format}"). Careline 템플릿 팩 파일이 맞는지 확인해 주세요.',
  'pack.parse.formatWrong': '"{format}" 값이어야 하는데 지금은 {got}입니다',
  'pack.parse.versionNotNumber': '숫자 {version} 값이어야 하는데 지금은 {got}입니다',
  'pack.parse.versionUnsupported': '이 Careline은 버전 {supported} 팩만 읽을 수 있는데 이 팩은 버전 {version}입니다',
  'pack.parse.unreadable': '팩을 읽을 수 없습니다.',
  'pack.parse.duplicateId':
    '"{id}"은(는) templates[{first}]에서 이미 쓰는 id입니다. 한 팩 안에서 id는 서로 달라야 합니다',
  'pack.parse.tooLarge': '팩 크기가 {size}MB입니다. Careline은 {limit}MB까지의 팩만 읽을 수 있습니다.',
  'pack.field.notEmpty': '비워 둘 수 없습니다',
  'pack.field.packId': '"/"나 공백은 넣을 수 없습니다',
  'pack.field.date': '"2026-11-29T00:00:00Z"처럼 ISO-8601 형식의 날짜여야 합니다',
  'pack.field.shortcutRule': '글자, 숫자, _, -만 쓸 수 있고 공백은 넣을 수 없습니다(상담사가 ;단축어로 입력합니다)',
  'pack.field.tooLong': '너무 깁니다: {length}자입니다. 최대 {max}자까지 쓸 수 있습니다',
  'pack.field.account': '"@acme_care"처럼 X 핸들이어야 합니다: 영문자, 숫자, _로 1~15자',
  'pack.json.endsEarly': '파일이 중간에 끝났습니다(}, ], " 중 하나가 빠졌습니다)',
  'pack.json.endOfFile': '파일 끝',
  'pack.json.unterminated': '문자열을 닫는 "가 없습니다',
  'pack.json.badEscape': '문자열 안의 이스케이프가 잘못되었습니다(백슬래시는 \\\\로 쓰세요)',
  'pack.json.controlChar': '문자열 안에 줄바꿈이나 제어 문자가 있습니다(줄바꿈은 \\n으로 쓰세요)',
  'pack.json.expectedValue': '값이 와야 하는데 {found}이(가) 있습니다',
  'pack.json.expectedName': '"따옴표로 감싼" 속성 이름이 와야 하는데 {found}이(가) 있습니다',
  'pack.json.expectedColon': '속성 이름 뒤에 ":"가 와야 하는데 {found}이(가) 있습니다',
  'pack.json.expectedComma': '"," 또는 "{close}"가 와야 하는데 {found}이(가) 있습니다',
  'pack.json.trailingComma': '"{close}" 앞에 불필요한 쉼표가 있습니다',
  'pack.json.afterEnd': 'JSON 값이 끝난 뒤에 불필요한 내용이 있습니다',
  'pack.url.empty': 'https://로 시작하는 팩 주소를 입력해 주세요',
  'pack.url.notAddress': '"{url}"은(는) 웹 주소가 아닙니다(https://…로 시작해야 합니다)',
  'pack.url.credentials': '팩 주소에는 사용자 이름이나 비밀번호를 넣을 수 없습니다',
  'pack.url.http': '팩 주소는 https://를 사용해야 합니다(http://는 localhost와 127.0.0.1에만 쓸 수 있습니다)',
  'pack.url.protocol': '팩 주소는 https://로 시작해야 합니다(이 주소는 {protocol}입니다)',
  'pack.sub.noAddress': '이 팩에는 구독 주소가 없습니다.',
  'pack.sub.otherPack': '이 주소는 이제 "{pack}"이(가) 아닌 "{served}" 팩을 제공합니다. 그 팩은 따로 구독해 주세요.',
  'pack.sub.updateFailed': '팩을 업데이트하지 못했습니다: {error}',
  'pack.sub.firstNotModified': '처음 내려받는데 서버가 304 Not Modified로 응답했습니다.',
  'pack.sub.readFailed': '팩을 읽지 못했습니다: {error}',
  'pack.sub.redirected': '주소가 {url}(으)로 리디렉션되었습니다: {problem}',
  'pack.sub.status': '{host} 서버 응답: {status}{statusText}',
  'pack.sub.tooLarge': '팩이 {limit}MB보다 큽니다. Careline은 {limit}MB까지의 팩만 읽을 수 있습니다.',
  'pack.sub.timeout': '{host} 서버가 {seconds}초 안에 응답하지 않았습니다',
  'pack.sub.unreachable': '{host} 서버에 연결하지 못했습니다: {error}',
};

export const packProblems = { en, ko };
