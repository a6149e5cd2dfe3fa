/**
 * Problems found by utils/ logic for the handoff area, English and Korean (see utils/i18n/problems.ts:
 * made with `problemSayer`, in the language of the context that found them). The settings form shows
 * them on Save, the panel's dialog under the callback phone, and a delivery's is stored as the
 * handoff's last error (panel status, options → Outbox).
 *
 * Counts are passed as strings where English printed them raw (no "1,000" where "1000" was shown).
 */
const en = {
  // web-address.ts: {what} is one of the two names below.
  'handoff.address.webhook': 'The webhook URL',
  'handoff.address.crm': 'The CRM URL template',
  'handoff.address.empty': '{what} is empty: enter an address starting with https://',
  'handoff.address.notWeb': '{what} "{address}" is not a web address: it must start with https://',
  'handoff.address.credentials':
    '{what} must not contain a user name or password: put an API key in the extra header instead',
  'handoff.address.https':
    '{what} must use https:// (plain http:// only for localhost and 127.0.0.1): the case contains customer data',
  'handoff.address.scheme': '{what} must start with https:// (this one starts with {scheme})',

  // headers.ts
  'handoff.header.badName':
    '"{name}" is not a valid header name: use letters, digits and hyphens only (for example X-Api-Key)',
  'handoff.header.own': 'Careline sets the {header} header itself: choose another header name',
  'handoff.header.forbidden': 'The browser does not let extensions send a "{name}" header: choose another header name',
  'handoff.header.multiLine': 'The header value must be on one line',
  'handoff.header.ascii': 'The header value can only contain plain ASCII characters (letters, digits, punctuation)',

  // settings.ts
  'handoff.settings.webhookUrlMissing':
    'Enter the webhook URL: the address the call center gave you, starting with https://',
  'handoff.settings.headerNameMissing': 'Enter a header name for the header value, or clear the value',
  'handoff.settings.headerValueMissing': 'Enter a value for the {name} header, or clear its name',
  'handoff.settings.timeout': 'The timeout must be a number of seconds from 1 to 60',
  'handoff.settings.emailMissing': "Enter the call center's e-mail address",
  'handoff.settings.emailInvalid': '"{address}" is not an e-mail address (expected something like care@example.com)',
  'handoff.settings.crmMissing':
    "Enter the CRM URL template: the address of the call center's new-ticket form, starting with https://",
  'handoff.settings.callCenterPhone': 'Call center phone: {problem}',
  'handoff.settings.routeMissing': 'Enter the destination for {reason}, or set its route back to Default',
  'handoff.settings.routeProblem': 'Route for {reason}: {problem}',
  'handoff.settings.noReasons': 'Enter at least one reason, one per line',
  'handoff.settings.tooManyReasons':
    'Enter at most {max} reasons (there are {count}): a longer list is hard to pick from',
  'handoff.settings.emptyReason': 'A reason cannot be empty: remove the blank line',
  'handoff.settings.longReason': 'The reason "{start}…" is too long: keep each reason under {max} characters',
  'handoff.settings.duplicateReason': 'The reason "{reason}" is listed twice',

  // phone.ts
  'handoff.phone.example': 'for example 010-1234-5678, 02-123-4567, 1588-1234 or +82 10-1234-5678',
  'handoff.phone.characters': 'A phone number can only contain digits, spaces, hyphens and a leading + ({example})',
  'handoff.phone.noDigits': "Enter the phone number's digits ({example})",
  'handoff.phone.representativeIntl':
    'Representative numbers (15xx, 16xx, 18xx) cannot be dialled with +82: enter them as 1588-1234',
  'handoff.phone.countryCodeZero': 'After + comes the country code, which never starts with 0 (Korea is +82)',
  'handoff.phone.intlShort': 'This international number has {count} digits; with the country code it needs 8 to 15',
  'handoff.phone.intlLong':
    'This international number has {count} digits; with the country code it can have at most 15',
  'handoff.phone.internationalPrefix':
    'For a number outside Korea, write + and the country code instead of the international prefix (00…)',
  'handoff.phone.notKorean':
    'Korean numbers start with 0 (an area code or 010) or are 8-digit representative numbers; numbers outside Korea start with + ({example})',
  'handoff.phone.badPrefix': '{prefix} is not a Korean area code or mobile prefix ({example})',
  'handoff.phone.tooShort': 'This number is too short ({count} digits). {rule}.',
  'handoff.phone.tooLong': 'This number is too long ({count} digits). {rule}.',
  'handoff.phone.wrongLength': 'This number is the wrong length ({count} digits). {rule}.',
  'handoff.phone.rule.representative': 'A representative number (15xx, 16xx, 18xx) has 8 digits, like 1588-1234',
  'handoff.phone.rule.seoul': 'A Seoul number (02) has 9 or 10 digits, like 02-123-4567',
  'handoff.phone.rule.mobile': 'A mobile number has 11 digits, like 010-1234-5678',
  'handoff.phone.rule.oldMobile': 'A {prefix} mobile number has 10 or 11 digits',
  'handoff.phone.rule.regional': 'A {prefix} number has 10 or 11 digits, like {prefix}-123-4567',
  'handoff.phone.rule.internet': 'An internet phone number (070) has 11 digits, like 070-1234-5678',
  'handoff.phone.rule.tollFree': 'A toll-free number (080) has 10 or 11 digits, like 080-123-4567',
  'handoff.phone.rule.personal': 'A 050 number has 11 or 12 digits, like 0504-1234-5678',

  // response.ts
  'handoff.answer.redirectedTo': 'The receiver redirected to {location}; set the webhook URL to the final address.',
  'handoff.answer.redirected': 'The receiver redirected to another address; set the webhook URL to the final address.',
  'handoff.answer.unreadable': "The receiver's answer could not be read (HTTP status {status}).",
  'handoff.answer.noTicketTooLarge':
    'The call center accepted the handoff, but no ticket id could be read from its answer (the answer was too large).',
  'handoff.answer.noTicketNotJson':
    'The call center accepted the handoff, but no ticket id could be read from its answer (it is not JSON).',
  'handoff.answer.noTicketBadId':
    'The call center accepted the handoff, but no ticket id could be read from its answer (its ticketId is not a short printable text).',
  // The standard reason phrase stays as HTTP spells it; the hint after it is Careline's.
  'handoff.answer.status401': 'Unauthorized (check the webhook secret or extra header)',
  'handoff.answer.status403': 'Forbidden (check the webhook secret or extra header)',
  'handoff.answer.status404': 'Not Found (check the webhook URL)',
  'handoff.answer.status405': 'Method Not Allowed (the URL does not take POST)',

  // webhook.ts
  'handoff.webhook.prepareFailed': 'The handoff could not be prepared: {error}',
  'handoff.webhook.noAnswer': 'No answer within {seconds} s from {host}.',
  'handoff.webhook.unreachable': 'Could not reach {host}: {error}',
  'handoff.webhook.unexpected': 'The delivery to {host} failed unexpectedly: {error}',

  // delivery.ts
  'handoff.delivery.postFailed': 'Careline could not send it: {error}',

  // crm-url.ts: what each placeholder becomes (the options page's table).
} as const;

const ko: Record<keyof typeof en, string> = {
  // Both names end in a final consonant (엘, 릿): the particles after {what} are 이/은.
  'handoff.address.webhook': '웹훅 URL',
  'handoff.address.crm': 'CRM URL 템플릿',
  'handoff.address.empty': '{what}이 비어 있습니다. https://로 시작하는 주소를 입력하세요',
  'handoff.address.notWeb': '{what}("{address}")이 웹 주소 형식이 아닙니다. https://로 시작해야 합니다',
  'handoff.address.credentials':
    '{what}에는 사용자 이름이나 비밀번호를 넣을 수 없습니다. API 키는 추가 헤더에 넣으세요',
  'handoff.address.https':
    '{what}은 https://를 사용해야 합니다(http://는 localhost와 127.0.0.1에서만 허용). 상담 건에는 고객 정보가 담겨 있습니다',
  'handoff.address.scheme': '{what}은 https://로 시작해야 합니다(입력한 주소는 {scheme}(으)로 시작합니다)',

  'handoff.header.badName':
    '"{name}"은(는) 올바른 헤더 이름이 아닙니다. 영문자, 숫자, 하이픈만 사용하세요(예: X-Api-Key)',
  'handoff.header.own': '{header} 헤더는 Careline이 직접 설정합니다. 다른 헤더 이름을 입력하세요',
  'handoff.header.forbidden':
    '브라우저가 확장 프로그램의 "{name}" 헤더 전송을 허용하지 않습니다. 다른 헤더 이름을 입력하세요',
  'handoff.header.multiLine': '헤더 값은 한 줄로 입력해야 합니다',
  'handoff.header.ascii': '헤더 값에는 ASCII 문자(영문자, 숫자, 문장 부호)만 사용할 수 있습니다',

  'handoff.settings.webhookUrlMissing': '웹훅 URL을 입력하세요. 고객센터에서 받은 https://로 시작하는 주소입니다',
  'handoff.settings.headerNameMissing': '헤더 값에 맞는 헤더 이름을 입력하거나 헤더 값을 지우세요',
  'handoff.settings.headerValueMissing': '{name} 헤더의 값을 입력하거나 헤더 이름을 지우세요',
  'handoff.settings.timeout': '제한 시간은 1~60초 사이의 숫자여야 합니다',
  'handoff.settings.emailMissing': '고객센터 이메일 주소를 입력하세요',
  'handoff.settings.emailInvalid': '"{address}"은(는) 이메일 주소가 아닙니다(예: care@example.com)',
  'handoff.settings.crmMissing': 'CRM URL 템플릿을 입력하세요. 고객센터 신규 접수 양식의 주소로, https://로 시작합니다',
  'handoff.settings.callCenterPhone': '고객센터 전화번호: {problem}',
  'handoff.settings.routeMissing': '{reason}의 전달 위치를 입력하거나 경로를 기본값으로 되돌리세요',
  'handoff.settings.routeProblem': '{reason} 경로: {problem}',
  'handoff.settings.noReasons': '이관 사유를 한 줄에 하나씩, 하나 이상 입력하세요',
  'handoff.settings.tooManyReasons':
    '이관 사유는 최대 {max}개까지 입력할 수 있습니다(현재 {count}개). 목록이 길면 고르기 어렵습니다',
  'handoff.settings.emptyReason': '이관 사유는 비워 둘 수 없습니다. 빈 줄을 지우세요',
  'handoff.settings.longReason': '이관 사유 "{start}…"이(가) 너무 깁니다. 사유는 각각 {max}자 이하로 입력하세요',
  'handoff.settings.duplicateReason': '이관 사유 "{reason}"이(가) 중복되어 있습니다',

  'handoff.phone.example': '예: 010-1234-5678, 02-123-4567, 1588-1234, +82 10-1234-5678',
  'handoff.phone.characters': '전화번호에는 숫자, 공백, 하이픈과 맨 앞의 +만 입력할 수 있습니다({example})',
  'handoff.phone.noDigits': '전화번호 숫자를 입력하세요({example})',
  'handoff.phone.representativeIntl':
    '대표번호(15xx, 16xx, 18xx)는 +82를 붙여 걸 수 없습니다. 1588-1234처럼 입력하세요',
  'handoff.phone.countryCodeZero': '+ 뒤에는 국가 번호가 오며, 국가 번호는 0으로 시작하지 않습니다(한국은 +82)',
  'handoff.phone.intlShort': '이 국제 번호는 {count}자리입니다. 국가 번호를 포함해 8~15자리여야 합니다',
  'handoff.phone.intlLong': '이 국제 번호는 {count}자리입니다. 국가 번호를 포함해 최대 15자리까지 입력할 수 있습니다',
  'handoff.phone.internationalPrefix': '해외 번호는 국제전화 식별번호(00…) 대신 +와 국가 번호로 입력하세요',
  'handoff.phone.notKorean':
    '국내 번호는 0(지역 번호 또는 010)으로 시작하거나 8자리 대표번호입니다. 해외 번호는 +로 시작합니다({example})',
  'handoff.phone.badPrefix': '{prefix}은(는) 국내 지역 번호나 휴대전화 식별번호가 아닙니다({example})',
  'handoff.phone.tooShort': '번호가 너무 짧습니다({count}자리). {rule}.',
  'handoff.phone.tooLong': '번호가 너무 깁니다({count}자리). {rule}.',
  'handoff.phone.wrongLength': '번호의 자릿수가 맞지 않습니다({count}자리). {rule}.',
  'handoff.phone.rule.representative': '대표번호(15xx, 16xx, 18xx)는 1588-1234처럼 8자리입니다',
  'handoff.phone.rule.seoul': '서울 번호(02)는 02-123-4567처럼 9자리 또는 10자리입니다',
  'handoff.phone.rule.mobile': '휴대전화 번호는 010-1234-5678처럼 11자리입니다',
  'handoff.phone.rule.oldMobile': '{prefix} 휴대전화 번호는 10자리 또는 11자리입니다',
  'handoff.phone.rule.regional': '{prefix} 번호는 {prefix}-123-4567처럼 10자리 또는 11자리입니다',
  'handoff.phone.rule.internet': '인터넷 전화번호(070)는 070-1234-5678처럼 11자리입니다',
  'handoff.phone.rule.tollFree': '수신자 부담 번호(080)는 080-123-4567처럼 10자리 또는 11자리입니다',
  'handoff.phone.rule.personal': '050 번호는 0504-1234-5678처럼 11자리 또는 12자리입니다',

  'handoff.answer.redirectedTo': '수신 서버가 {location}(으)로 리디렉션했습니다. 웹훅 URL을 최종 주소로 설정하세요.',
  'handoff.answer.redirected': '수신 서버가 다른 주소로 리디렉션했습니다. 웹훅 URL을 최종 주소로 설정하세요.',
  'handoff.answer.unreadable': '수신 서버의 응답을 읽을 수 없습니다(HTTP 상태 {status}).',
  'handoff.answer.noTicketTooLarge':
    '고객센터에서 이관을 접수했지만 응답에서 티켓 번호를 읽을 수 없습니다(응답이 너무 큽니다).',
  'handoff.answer.noTicketNotJson':
    '고객센터에서 이관을 접수했지만 응답에서 티켓 번호를 읽을 수 없습니다(응답이 JSON이 아닙니다).',
  'handoff.answer.noTicketBadId':
    '고객센터에서 이관을 접수했지만 응답에서 티켓 번호를 읽을 수 없습니다(ticketId가 짧은 일반 텍스트가 아닙니다).',
  'handoff.answer.status401': 'Unauthorized (웹훅 시크릿이나 추가 헤더를 확인하세요)',
  'handoff.answer.status403': 'Forbidden (웹훅 시크릿이나 추가 헤더를 확인하세요)',
  'handoff.answer.status404': 'Not Found (웹훅 URL을 확인하세요)',
  'handoff.answer.status405': 'Method Not Allowed (이 URL은 POST 요청을 받지 않습니다)',

  'handoff.webhook.prepareFailed': '이관을 준비하지 못했습니다: {error}',
  'handoff.webhook.noAnswer': '{host}에서 {seconds}초 안에 응답이 없습니다.',
  'handoff.webhook.unreachable': '{host}에 연결할 수 없습니다: {error}',
  'handoff.webhook.unexpected': '{host}(으)로 전송하는 중 예기치 않은 오류가 발생했습니다: {error}',

  'handoff.delivery.postFailed': 'Careline이 이관을 보내지 못했습니다: {error}',
};

export const handoffProblems = { en, ko };
