/**
 * How the "could not find" alert joins X's parts (utils/x/find-composer.ts), English and Korean.
 * The parts themselves are named in the selectors table (utils/x/selectors.ts: human, humanKo),
 * next to the selectors they describe.
 */
const en = {
  'x.inside': '{part} in {container}',
  'x.either': '{first} or {second}',
  'x.unreadable': '{what} (page not readable: {why})',
} as const;

const ko: Record<keyof typeof en, string> = {
  'x.inside': '{container} 안의 {part}',
  'x.either': '{first} 또는 {second}',
  'x.unreadable': '{what} (페이지를 읽을 수 없음: {why})',
};

export const xProblems = { en, ko };
