/**
 * One outcome message for the whole "Team packs" section, shown next to the part that produced it.
 * Why shared: tests and screen readers look for THE status (or alert) after an action; a stale
 * "Exported…" next to a fresh "Imported…" would make that ambiguous.
 */
export type PackMessageSource = 'import' | 'export' | 'subscribe' | 'list';
export interface PackMessage {
  from: PackMessageSource;
  ok: boolean;
  text: string;
}
export type Report = (message: PackMessage | null) => void;

export function MessageLine({ from, message }: { from: PackMessageSource; message: PackMessage | null }) {
  if (!message || message.from !== from) return null;
  return message.ok ? <p role="status">{message.text}</p> : <p role="alert">{message.text}</p>;
}

export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
