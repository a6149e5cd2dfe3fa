/** The Data section's one message at a time (see ../section-message.tsx). */
import type { SectionMessage } from '../section-message';

export { MessageLine, errorText } from '../section-message';
export type DataMessageSource = 'export' | 'restore' | 'erase' | 'retention' | 'storage';
export type DataMessage = SectionMessage<DataMessageSource>;
export type Report = (message: DataMessage | null) => void;

/** "1 history entry", "3 history entries". */
export function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
