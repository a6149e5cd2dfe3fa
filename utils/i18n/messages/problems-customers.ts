/**
 * Problems found by utils/ logic for the customers area, English and Korean (see utils/i18n/problems.ts:
 * made with `problemSayer`, in the language of the context that found them).
 *
 * Row problems and backup refusals are shown inside a longer sentence of the page ("{row}행: …",
 * "… 복원할 수 없습니다: {error}. 변경된 내용은 없습니다."), so their Korean has no final period.
 */
const en = {
  // CSV file as a whole (decode.ts, parse.ts)
  'customers.csv.tooLarge':
    'This file is {size} MB; Careline imports customer files up to {max} MB. Split it into smaller files and import them one after another.',
  'customers.csv.notText':
    'This file is neither UTF-8 nor CP949/EUC-KR text. Save it from your spreadsheet as "CSV UTF-8" and choose it again.',
  'customers.csv.utf8Bom': 'UTF-8 (with BOM)',
  'customers.csv.empty': 'The file is empty: Careline needs a header row (handle, name, ...) and one row per customer.',
  'customers.csv.noHandleColumn':
    'No handle column: the header row (row {row}) needs a column named "handle" or "핸들", or "customer_id" or "고객번호" for a CRM export without X handles. Choose one in the column mapping. It has: {columns}',

  // CSV rows (parse.ts)
  'customers.row.missingHandle': 'missing handle',
  'customers.row.invalidHandle': 'invalid handle "{handle}" (1-15 letters, digits or _, with or without @)',
  'customers.row.invalidEmail': 'invalid email "{email}"',
  'customers.row.extraCells': '{cells} cells but the header has {columns} columns (a comma in a value needs "quotes")',
  // papaparse's own messages for the two errors a row can have with a known delimiter (copied as is).
  'customers.row.missingQuotes': 'Quoted field unterminated',
  'customers.row.invalidQuotes': 'Trailing quote on quoted field is malformed',
  'customers.row.laterWins': '@{handle} is also in row {earlier}: this later row is imported, row {earlier} is skipped',
  'customers.row.laterWinsId':
    'Customer ID {id} is also in row {earlier}: this later row is imported, row {earlier} is skipped',
  'customers.row.missingCustomerId': 'missing customer ID',

  // Column mapping (columns.ts): the Careline field a CSV column goes to
  'customers.field.handle': 'handle',
  'customers.field.name': 'name',
  'customers.field.customerId': 'customer_id',
  'customers.field.phone': 'phone',
  'customers.field.email': 'email',
  'customers.field.plan': 'plan',
  'customers.field.tags': 'tags',
  'customers.field.note': 'note',
  'customers.column.attribute': 'custom attribute',
  'customers.column.notImported': 'not imported ({reason})',
  'customers.column.noHeader': 'no header',
  'customers.column.sameHeader': 'same header as an earlier column',
  'customers.column.chosen': 'your choice',

  // Import session (session.ts)
  'customers.import.unreadable': 'Could not read the file: {error}',
  'customers.import.chooseFirst': 'Choose a file first.',
  'customers.import.hasProblems.one': 'Nothing imported: {n} row has problems.',
  'customers.import.hasProblems.other': 'Nothing imported: {n} rows have problems.',
  'customers.import.stopped.one': 'Import stopped after {n} customer: {error}',
  'customers.import.stopped.other': 'Import stopped after {n} customers: {error}',
  'customers.import.storageFullNone':
    'Storage is full: the browser refused to save more customers. No customers were saved; none of the next {chunk}, ' +
    'nor the rest of the file. Free up disk space or erase old data (Data section), then import the file again: ' +
    'customers already saved are updated, not duplicated.',
  'customers.import.storageFullSome':
    'Storage is full: the browser refused to save more customers. {written} of {total} customers were saved (earlier chunks of {chunkSize}); ' +
    'none of the next {chunk}, nor the rest of the file. Free up disk space or erase old data (Data section), then import the file again: ' +
    'customers already saved are updated, not duplicated.',

  // Backup restore (utils/data/backup/; a field's problems: problems-fields.ts)
  'customers.backup.empty': 'The file is empty: expected a Careline backup (JSON).',
  'customers.backup.jsonAt': 'Not valid JSON at line {line}, column {column}: {reason}.',
  'customers.backup.json': 'Not valid JSON: {error}',
  'customers.backup.notBackup': 'Not a Careline backup: expected "format": "{format}", got {got}.',
  'customers.backup.noFormat': 'Not a Careline backup: expected "format": "{format}", got nothing.',
  'customers.backup.notObject': 'Not a Careline backup: expected "format": "{format}", got not a JSON object.',
  'customers.backup.version': 'Careline reads version {supported} backups; this is version {version}',
  'customers.backup.noVersion': 'Careline reads version {supported} backups; this is version undefined',
  'customers.backup.newerDb':
    'made by a newer Careline (database version {backup}; this one has {current}): update Careline first',
  'customers.backup.unreadable': 'The backup could not be read.',
  'customers.backup.duplicate': '{key} is also {other}; it must be unique',
  'customers.backup.isoDate': 'expected an ISO-8601 date',
  'customers.backup.lowerHandle': 'expected the lower-case handle without @',
  'customers.backup.retentionDays': 'expected a whole number of days or null',
} as const;

const ko: Record<keyof typeof en, string> = {
  'customers.csv.tooLarge':
    '이 파일의 크기는 {size}MB입니다. Careline은 {max}MB 이하의 고객 파일만 가져올 수 있습니다. 파일을 더 작게 나눈 뒤 하나씩 차례로 가져오세요.',
  'customers.csv.notText':
    '이 파일은 UTF-8 또는 CP949/EUC-KR 텍스트가 아닙니다. 스프레드시트 프로그램에서 "CSV UTF-8(쉼표로 분리)" 형식으로 저장한 뒤 다시 선택하세요.',
  'customers.csv.utf8Bom': 'UTF-8 (BOM 포함)',
  'customers.csv.empty':
    '파일이 비어 있습니다. 첫 행에 머리글(핸들, 이름 등)을 넣고, 그 아래에 고객 한 명당 한 행씩 입력해야 합니다.',
  'customers.csv.noHandleColumn':
    '핸들 열이 없습니다. 머리글 행({row}행)에 이름이 "handle" 또는 "핸들"인 열이, X 핸들이 없는 CRM 파일이라면 "customer_id" 또는 "고객번호"인 열이 있어야 합니다. 열 매핑에서 하나를 고르세요. 지금 있는 열: {columns}',

  'customers.row.missingHandle': '핸들이 비어 있습니다',
  'customers.row.invalidHandle':
    '핸들 "{handle}"이(가) 올바르지 않습니다(영문, 숫자, _로 된 1~15자이며 앞의 @는 있어도 되고 없어도 됩니다)',
  'customers.row.invalidEmail': '이메일 "{email}"의 형식이 올바르지 않습니다',
  'customers.row.extraCells':
    '셀이 {cells}개인데 머리글은 {columns}열입니다(값에 쉼표가 있으면 값을 큰따옴표 "..."로 감싸야 합니다)',
  'customers.row.missingQuotes': '큰따옴표로 시작한 값이 닫히지 않았습니다',
  'customers.row.invalidQuotes': '큰따옴표로 감싼 값의 닫는 따옴표 뒤에 다른 문자가 있습니다',
  'customers.row.laterWins':
    '@{handle}은(는) {earlier}행에도 있습니다. 뒤쪽에 있는 이 행을 가져오고 {earlier}행은 건너뜁니다',
  'customers.row.laterWinsId':
    '고객번호 {id}은(는) {earlier}행에도 있습니다. 뒤쪽에 있는 이 행을 가져오고 {earlier}행은 건너뜁니다',
  'customers.row.missingCustomerId': '고객번호가 비어 있습니다',

  'customers.field.handle': '핸들',
  'customers.field.name': '이름',
  'customers.field.customerId': '고객번호',
  'customers.field.phone': '전화번호',
  'customers.field.email': '이메일',
  'customers.field.plan': '요금제',
  'customers.field.tags': '태그',
  'customers.field.note': '메모',
  'customers.column.attribute': '사용자 지정 속성',
  'customers.column.notImported': '가져오지 않음({reason})',
  'customers.column.noHeader': '머리글 없음',
  'customers.column.sameHeader': '앞 열과 머리글이 같음',
  'customers.column.chosen': '직접 선택',

  'customers.import.unreadable': '파일을 읽을 수 없습니다: {error}',
  'customers.import.chooseFirst': '먼저 파일을 선택하세요.',
  'customers.import.hasProblems.one': '가져온 고객이 없습니다. 문제가 있는 행이 {n}개 있습니다.',
  'customers.import.hasProblems.other': '가져온 고객이 없습니다. 문제가 있는 행이 {n}개 있습니다.',
  'customers.import.stopped.one': '고객 {n}명을 저장한 뒤 가져오기가 중단되었습니다: {error}',
  'customers.import.stopped.other': '고객 {n}명을 저장한 뒤 가져오기가 중단되었습니다: {error}',
  'customers.import.storageFullNone':
    '저장 공간이 가득 차서 브라우저가 고객 정보를 더 저장하지 못했습니다. 고객이 한 명도 저장되지 않았습니다(첫 묶음 {chunk}명과 파일의 나머지 모두). ' +
    "디스크 공간을 확보하거나 '데이터' 섹션에서 오래된 데이터를 삭제한 뒤 파일을 다시 가져오세요. 이미 저장된 고객은 중복되지 않고 업데이트됩니다.",
  'customers.import.storageFullSome':
    '저장 공간이 가득 차서 브라우저가 고객 정보를 더 저장하지 못했습니다. 고객 {total}명 중 {written}명은 저장되었지만({chunkSize}명씩 앞선 묶음), ' +
    '다음 묶음 {chunk}명과 파일의 나머지는 저장되지 않았습니다. ' +
    "디스크 공간을 확보하거나 '데이터' 섹션에서 오래된 데이터를 삭제한 뒤 파일을 다시 가져오세요. 이미 저장된 고객은 중복되지 않고 업데이트됩니다.",

  'customers.backup.empty': '파일이 비어 있습니다. Careline 백업 파일(JSON)을 선택하세요',
  'customers.backup.jsonAt': 'JSON 형식이 올바르지 않습니다({line}행 {column}열: {reason})',
  'customers.backup.json': 'JSON 형식이 올바르지 않습니다: {error}',
  'customers.backup.notBackup': 'Careline 백업 파일이 아닙니다("format"이 "{format}"이어야 하는데 {got}입니다)',
  'customers.backup.noFormat': 'Careline 백업 파일이 아닙니다("format": "{format}" 항목이 없습니다)',
  'customers.backup.notObject': 'Careline 백업 파일이 아닙니다("format": "{format}" 항목이 있는 JSON 객체여야 합니다)',
  'customers.backup.version': 'Careline은 버전 {supported} 백업만 읽을 수 있는데, 이 파일은 버전 {version}입니다',
  'customers.backup.noVersion': 'Careline은 버전 {supported} 백업만 읽을 수 있는데, 이 파일에는 버전 정보가 없습니다',
  'customers.backup.newerDb':
    '더 새로운 Careline에서 만든 백업입니다(데이터베이스 버전 {backup}, 지금 Careline은 {current}). 먼저 Careline을 업데이트하세요',
  'customers.backup.unreadable': '백업 파일을 읽을 수 없습니다',
  'customers.backup.duplicate': '{key} 값이 {other}에도 있습니다. 이 값은 중복될 수 없습니다',
  'customers.backup.isoDate': 'ISO-8601 형식의 날짜여야 합니다(예: 2026-11-29T09:00:00.000Z)',
  'customers.backup.lowerHandle': '@ 없이 소문자로 쓴 핸들이어야 합니다',
  'customers.backup.retentionDays': '일 수(정수) 또는 null이어야 합니다',
};

export const customersProblems = { en, ko };
