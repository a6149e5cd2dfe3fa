/**
 * Problems found by utils/ logic for X's page: what Careline looked for and did not find, English and Korean (see utils/i18n/problems.ts:
 * made with `problemSayer`, in the language of the context that found them).
 */
const en = {
} as const;

const ko: Record<keyof typeof en, string> = {
};

export const xProblems = { en, ko };
