/**
 * Length as X counts it. A post: twitter-text v3's weighted length (Hangul and CJK weigh 2, a URL
 * 23), the same library X's own counter uses, against 280, or 25,000 for the longer posts of X
 * Premium and verified organisations. An X Chat message: plain characters, up to 10,000.
 */
import twitterText from 'twitter-text';

export const MAX_TWEET_LENGTH = 280;
/** X Premium and verified organisations: longer posts, counted with the same weights. */
export const LONG_POST_LENGTH = 25_000;
/** X Chat (DMs): characters, not weights. */
export const CHAT_MESSAGE_LENGTH = 10_000;

/** The limits a post may have: what options offer per X account. */
export const POST_LIMITS = [MAX_TWEET_LENGTH, LONG_POST_LENGTH] as const;
export type PostLimit = (typeof POST_LIMITS)[number];

export interface TweetLength {
  weighted: number;
  remaining: number;
  valid: boolean;
}

export function tweetLength(text: string): TweetLength {
  const parsed = twitterText.parseTweet(text);
  return {
    weighted: parsed.weightedLength,
    remaining: MAX_TWEET_LENGTH - parsed.weightedLength,
    valid: parsed.valid,
  };
}

/** How a reply is counted where it goes: weighted against a post limit, or characters in X Chat. */
export type LengthRule =
  { unit: 'weighted'; limit: number } | { unit: 'characters'; limit: typeof CHAT_MESSAGE_LENGTH };

/** ok; near: 90 % of the limit or more (warn while there is room); over: X will not send it. */
export type LengthLevel = 'ok' | 'near' | 'over';

export interface ReplyLength {
  count: number;
  limit: number;
  remaining: number;
  level: LengthLevel;
}

export const NEAR_LIMIT_SHARE = 0.9;

export function replyLength(text: string, rule: LengthRule): ReplyLength {
  // Code points: an emoji or a rare Hanja outside the BMP is one character to a person, two UTF-16 units.
  const count = rule.unit === 'characters' ? [...text].length : twitterText.parseTweet(text).weightedLength;
  const remaining = rule.limit - count;
  const level: LengthLevel = remaining < 0 ? 'over' : count >= rule.limit * NEAR_LIMIT_SHARE ? 'near' : 'ok';
  return { count, limit: rule.limit, remaining, level };
}

/** The rule for where the reply goes: X Chat, else a post of the account's limit. */
export function lengthRule(audience: 'public' | 'private', postLimit: number): LengthRule {
  return audience === 'private'
    ? { unit: 'characters', limit: CHAT_MESSAGE_LENGTH }
    : { unit: 'weighted', limit: postLimit };
}
