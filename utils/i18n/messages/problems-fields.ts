/**
 * What is wrong with one field of a file Careline reads (a template pack, a backup), English and
 * Korean, for utils/data/zod-issues.ts. They follow the field's path (`templates[3].title: required`)
 * and are shown inside a longer sentence of the page, so the Korean has no final period.
 */
const en = {
  'field.required': 'required',
  'field.expected': 'expected {expected}, got {got}',
  'field.expectedValue': 'expected {value}, got {got}',
  'field.oneOf': 'expected one of {values}, got {got}',
  'field.empty': 'must not be empty',
  'field.atLeast': 'expected at least {minimum}',
  'field.above': 'expected more than {minimum}',
  'field.atMost': 'expected at most {maximum}',
  'field.below': 'expected less than {maximum}',
  'field.tooShort': 'too short: at least {minimum}',
  'field.tooLong': 'too long: at most {maximum}',
  'field.unknownKeys': 'unknown fields: {keys}',
  'field.invalidFormat': 'invalid format',
  'field.invalid': 'invalid value',
  // Kinds of value, as expected or as found
  'field.value.string': 'a string',
  'field.value.number': 'a number',
  'field.value.int': 'a whole number',
  'field.value.boolean': 'a boolean',
  'field.value.array': 'an array',
  'field.value.object': 'an object',
  'field.value.other': 'a {type}',
} as const;

const ko: Record<keyof typeof en, string> = {
  'field.required': '필수 항목입니다',
  'field.expected': '{expected} 형식이어야 하는데 지금은 {got}입니다',
  'field.expectedValue': '{value} 값이어야 하는데 지금은 {got}입니다',
  'field.oneOf': '다음 중 하나여야 하는데 지금은 {got}입니다: {values}',
  'field.empty': '비워 둘 수 없습니다',
  'field.atLeast': '{minimum} 이상이어야 합니다',
  'field.above': '{minimum}보다 커야 합니다',
  'field.atMost': '{maximum} 이하여야 합니다',
  'field.below': '{maximum}보다 작아야 합니다',
  'field.tooShort': '너무 짧습니다(최소 {minimum})',
  'field.tooLong': '너무 깁니다(최대 {maximum})',
  'field.unknownKeys': '알 수 없는 필드가 있습니다: {keys}',
  'field.invalidFormat': '형식이 올바르지 않습니다',
  'field.invalid': '올바르지 않은 값입니다',
  'field.value.string': '문자열',
  'field.value.number': '숫자',
  'field.value.int': '정수',
  'field.value.boolean': '참/거짓',
  'field.value.array': '배열',
  'field.value.object': '객체',
  'field.value.other': '{type} 값',
};

export const fieldProblems = { en, ko };
