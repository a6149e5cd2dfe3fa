/** The Team packs section's one message at a time (see ../section-message.tsx). */
import type { SectionMessage } from '../section-message';

export { MessageLine, errorText } from '../section-message';
export type PackMessageSource = 'import' | 'export' | 'subscribe' | 'list' | 'team';
export type PackMessage = SectionMessage<PackMessageSource>;
export type Report = (message: PackMessage | null) => void;
