/** What went wrong, as text for a message: an Error's own message, else whatever was thrown. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
