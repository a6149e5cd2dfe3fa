import { MAX_TWEET_LENGTH, tweetLength } from '@/utils/templates/length';

/** The reply's length as X counts it (Hangul weighs 2), with what is left. */
export function LengthMeter({ text }: { text: string }) {
  const { weighted, remaining } = tweetLength(text);
  const over = remaining < 0;
  return (
    <div
      className={over ? 'length over' : 'length'}
      role="meter"
      aria-label="Length"
      aria-valuemin={0}
      aria-valuemax={MAX_TWEET_LENGTH}
      aria-valuenow={Math.min(weighted, MAX_TWEET_LENGTH)}
      aria-valuetext={`${weighted} / ${MAX_TWEET_LENGTH}`}
    >
      {weighted} / {MAX_TWEET_LENGTH}
      {over ? <span className="length-note"> ({-remaining} over)</span> : null}
    </div>
  );
}
