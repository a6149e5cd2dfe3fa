/** "CS 팀 답변" → "cs-팀-답변": a pack id and file name any OS accepts, Hangul kept. */
export function slugify(text: string, fallback: string): string {
  const slug = text
    .trim()
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || fallback;
}
