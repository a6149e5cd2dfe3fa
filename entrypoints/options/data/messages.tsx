/** The Data section's one message at a time (see ../section-message.tsx). */
import { plural, type Translate } from '@/utils/i18n/pages';
import type { SectionMessage } from '../section-message';

export { MessageLine, errorText } from '../section-message';
export type DataMessageSource = 'export' | 'restore' | 'erase' | 'retention' | 'storage';
export type DataMessage = SectionMessage<DataMessageSource>;
export type Report = (message: DataMessage | null) => void;

/** The counted nouns of the options page (utils/i18n/messages/options-customers.ts, `options.count.*`). */
export type CountNoun =
  | 'customer'
  | 'row'
  | 'customerWas'
  | 'rowWas'
  | 'rowHas'
  | 'newCustomer'
  | 'updatedCustomer'
  | 'moreRow'
  | 'historyEntry'
  | 'template'
  | 'pack'
  | 'day';

/** "1 history entry", "3 history entries"; "이력 3건" (numbers in the locale's format). */
export function count(t: Translate, n: number, noun: CountNoun): string {
  return plural(t, `options.count.${noun}`, n);
}
