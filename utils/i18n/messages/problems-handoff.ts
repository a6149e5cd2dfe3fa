/**
 * Problems found by utils/ logic for the handoff area, English and Korean (see utils/i18n/problems.ts:
 * made with `problemSayer`, in the language of the context that found them).
 */
const en = {
} as const;

const ko: Record<keyof typeof en, string> = {
};

export const handoffProblems = { en, ko };
