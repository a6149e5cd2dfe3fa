import { MAX_TWEET_LENGTH, replyLength, type ReplyLength } from '@/utils/templates/length';
import { useLocale } from './useLocale';

interface Props {
  /** Counted as one post of 280 when no `measure` is given (the options page's editor). */
  text?: string;
  /** A count already made against its own limit (the panel: X's box, the account, X Chat). */
  measure?: ReplyLength;
  className?: string;
  /** What the limit is, for the tooltip and the meter's value text. */
  limitText?: string;
  /** Said with the value when the count is close to or over the limit. */
  warning?: string;
}

/**
 * A reply's length as X counts it, as the contract's "Length" meter with text `N / limit`. Shared by
 * the panel and the options page's editor; its class says `near` from 90 % and `over` past the limit.
 */
export function LengthMeter({ text = '', measure, className = 'length', limitText, warning }: Props) {
  const { t, formatNumber } = useLocale();
  const length = measure ?? replyLength(text, { unit: 'weighted', limit: MAX_TWEET_LENGTH });
  const shown = `${formatNumber(length.count)} / ${formatNumber(length.limit)}`;
  const level = length.level === 'ok' ? '' : ` ${length.level}`;
  return (
    <div
      className={`${className}${level}`}
      role="meter"
      aria-label={t('panel.length.label')}
      aria-valuemin={0}
      aria-valuemax={length.limit}
      aria-valuenow={Math.min(length.count, length.limit)}
      aria-valuetext={warning ? `${shown}, ${warning}` : shown}
      title={limitText}
    >
      {shown}
    </div>
  );
}
