import { useMemo } from 'react';
import { LengthMeter } from '@/components/LengthMeter';
import { useLocale } from '@/components/useLocale';
import { postLimitFor } from '@/utils/settings/post-limits';
import { MAX_TWEET_LENGTH, lengthRule, replyLength } from '@/utils/templates/length';
import { countableReply } from '@/utils/templates/countable';
import type { RenderValues } from '@/utils/templates/render';
import { replyAudience } from '@/utils/x/audience';
import { withSeparators } from '@/utils/x/insert/separator';
import { usePanelStore } from '../store';
import { usePostLimits } from '../usePostLimits';

interface Props {
  body: string;
  values: RenderValues;
  /** What the agent has typed in Fill in so far. */
  inputs?: Record<string, string>;
}

/**
 * The length X will count once Insert is done: what is already in X's box, the separator Insert adds,
 * and this reply with its values, against the limit of where it goes (X Chat, or the account's post
 * limit). Warns from 90 % and alerts past the limit.
 */
export function ReplyLengthMeter({ body, values, inputs }: Props) {
  const { t, formatNumber } = useLocale();
  const composer = usePanelStore((s) => s.composer);
  const kind = usePanelStore((s) => s.page?.context.kind);
  const account = usePanelStore((s) => s.page?.account);
  const limits = usePostLimits();
  const { text, pending } = countableReply(body, values, inputs);
  const audience = replyAudience(kind);
  const postLimit = postLimitFor(limits, account);
  const before = composer?.before ?? '';
  const after = composer?.after ?? '';
  const full = before + withSeparators(before, text, after).text + after;
  // twitter-text walks the whole box: once per change of the text or the limit, not per render.
  const length = useMemo(() => replyLength(full, lengthRule(audience, postLimit)), [full, audience, postLimit]);
  const chat = audience === 'private';
  const limit = formatNumber(length.limit);
  const ownLimit = !chat && !!account && limits.accounts.some((a) => a.handle.toLowerCase() === account.toLowerCase());
  const limitText = chat
    ? t('length.limitChat', { limit })
    : ownLimit
      ? t('length.limitAccount', { handle: account, limit })
      : t('length.limitPost', { limit });
  // Said out loud when it is not the 280 everyone expects: X Chat, or an account's longer posts.
  const unusual = chat || length.limit !== MAX_TWEET_LENGTH;
  const near =
    length.level === 'near' ? t(chat ? 'length.nearChat' : 'length.near', { count: length.remaining }) : undefined;
  const over =
    length.level === 'over' ? t(chat ? 'length.overChat' : 'length.over', { count: -length.remaining }) : undefined;
  return (
    <div className="reply-length">
      <LengthMeter measure={length} limitText={limitText} warning={near ?? over} />
      {over ? null : (
        <span className={near ? 'length-note caution small' : 'length-note muted small'}>
          {near ?? t('panel.preview.left', { count: length.remaining })}
        </span>
      )}
      {before !== '' || after !== '' ? <span className="length-note muted small">· {t('length.withBox')}</span> : null}
      {pending ? <span className="length-note muted small">· {t('length.pendingFillIns')}</span> : null}
      {unusual ? <span className="length-note muted small">· {limitText}</span> : null}
      {over ? (
        <span role="alert" className="length-alert warning small">
          {over}
        </span>
      ) : null}
    </div>
  );
}
