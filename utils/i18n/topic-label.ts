/** A topic's label in the page's language; a code no table knows (a newer server's) is shown as it came. */
import type { MessageKey, Translate } from './pages';
import { topics } from './messages/topics';

export function topicLabel(t: Translate, code: string): string {
  const key = `topic.${code}`;
  return Object.prototype.hasOwnProperty.call(topics.en, key) ? t(key as MessageKey) : code;
}

/** Every topic a post can have, in the tables' order. */
export const TOPIC_CODES: string[] = Object.keys(topics.en).map((key) => key.slice('topic.'.length));
