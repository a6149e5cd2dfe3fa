/**
 * What the team server says about a customer CSV the lead imports there, English and Korean, beside
 * the customers area's own row problems (problems-customers.ts), which the server reuses.
 * Row problems are shown after "Row {row}: " / "{row}행: ", so their Korean has no final period.
 */
const en = {
  'teamImport.row': 'Row {row}: {message}',
  'teamImport.noKeyColumn':
    'The header row needs a column named "handle" or "핸들", or "customer_id" or "고객번호" for a CRM export without X handles. It has: {columns}',
  'teamImport.invalidXUserId': 'invalid X user ID "{id}" (digits only)',
  'teamImport.sameXUserId': 'X user ID {id} is also in row {earlier}',
  'teamImport.sameCustomerId': 'customer ID {id} is also in row {earlier}, with another handle',
  'teamImport.sameHandle': '@{handle} is also in row {earlier}, with another customer ID',
  'teamImport.otherCustomers':
    'its handle, customer ID and X user ID belong to different customers on the team server (change one of them in a separate import first)',
  'teamImport.sameCustomer': 'row {earlier} is the same customer on the team server',
  'teamImport.changedMeanwhile':
    "The team's record changed while the file was being imported, so nothing was imported. Import the file again.",
};

const ko: Record<keyof typeof en, string> = {
  'teamImport.row': '{row}행: {message}',
  'teamImport.noKeyColumn':
    '머리글 행에 이름이 "handle" 또는 "핸들"인 열이, X 핸들이 없는 CRM 파일이라면 "customer_id" 또는 "고객번호"인 열이 있어야 합니다. 지금 있는 열: {columns}',
  'teamImport.invalidXUserId': 'X 사용자 ID "{id}"가 올바르지 않습니다(숫자만)',
  'teamImport.sameXUserId': 'X 사용자 ID {id}가 {earlier}행에도 있습니다',
  'teamImport.sameCustomerId': '고객번호 {id}가 {earlier}행에 다른 핸들로 있습니다',
  'teamImport.sameHandle': '@{handle}이(가) {earlier}행에 다른 고객번호로 있습니다',
  'teamImport.otherCustomers':
    '핸들, 고객번호, X 사용자 ID가 팀 서버에서 서로 다른 고객의 것입니다(먼저 그중 하나를 따로 가져와 바꾸세요)',
  'teamImport.sameCustomer': '{earlier}행과 팀 서버에서 같은 고객입니다',
  'teamImport.changedMeanwhile':
    '가져오는 동안 팀의 고객 기록이 바뀌어 아무것도 가져오지 않았습니다. 파일을 다시 가져오세요.',
};

export const teamImportProblems = { en, ko };
