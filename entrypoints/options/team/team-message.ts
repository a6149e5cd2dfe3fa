/** The Team section's one message at a time (see ../section-message.tsx). */
import type { SectionMessage } from '../section-message';

export { MessageLine } from '../section-message';
export type TeamMessageSource = 'join' | 'leave' | 'offer';
export type TeamMessage = SectionMessage<TeamMessageSource>;
export type TeamReport = (message: TeamMessage | null) => void;
