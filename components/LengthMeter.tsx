import { MAX_TWEET_LENGTH, tweetLength } from '@/utils/templates/length';
import { useLocale } from './useLocale';

/**
 * A reply's length as X counts it (twitter-text: Hangul weighs 2, links 23), as the contract's
 * "Length" meter with text `N / 280`. Shared by the panel and the options page's editor.
 */
export function LengthMeter({ text, className = 'length' }: { text: string; className?: string }) {
  const { t, formatNumber } = useLocale();
  const { weighted, remaining } = tweetLength(text);
  const shown = `${formatNumber(weighted)} / ${formatNumber(MAX_TWEET_LENGTH)}`;
  const over = remaining < 0;
  return (
    <div
      className={over ? `${className} over` : className}
      role="meter"
      aria-label={t('panel.length.label')}
      aria-valuemin={0}
      aria-valuemax={MAX_TWEET_LENGTH}
      aria-valuenow={Math.min(weighted, MAX_TWEET_LENGTH)}
      aria-valuetext={shown}
    >
      {shown}
    </div>
  );
}
