/**
 * One outcome message for the whole "Data" section, shown next to the part that produced it: tests
 * and screen readers look for THE status (or alert) after an action, and a stale "Exported…" beside
 * a fresh "Erased…" would make that ambiguous (same reasoning as the Team packs section).
 */
export type DataMessageSource = 'export' | 'restore' | 'erase' | 'retention' | 'storage';
export interface DataMessage {
  from: DataMessageSource;
  ok: boolean;
  text: string;
}
export type Report = (message: DataMessage | null) => void;

export function MessageLine({ from, message }: { from: DataMessageSource; message: DataMessage | null }) {
  if (!message || message.from !== from) return null;
  return message.ok ? <p role="status">{message.text}</p> : <p role="alert">{message.text}</p>;
}

export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** "1 history entry", "3 history entries". */
export function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
