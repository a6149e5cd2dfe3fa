/**
 * Tweet length as X counts it: twitter-text v3's weighted length (Hangul and CJK weigh 2, a URL 23,
 * 280 in all), the same library X's own counter uses.
 */
import twitterText from 'twitter-text';

export const MAX_TWEET_LENGTH = 280;

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
