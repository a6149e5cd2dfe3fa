/**
 * One outcome message per options section, shown next to the part that produced it: tests and
 * screen readers look for THE status (or alert) after an action, and a stale "Exported…" beside a
 * fresh "Imported…" would make that ambiguous.
 */
export interface SectionMessage<S extends string> {
  from: S;
  ok: boolean;
  text: string;
}

export function MessageLine<S extends string>({ from, message }: { from: S; message: SectionMessage<S> | null }) {
  if (!message || message.from !== from) return null;
  return message.ok ? <p role="status">{message.text}</p> : <p role="alert">{message.text}</p>;
}

export { errorText } from '@/utils/error-text';
