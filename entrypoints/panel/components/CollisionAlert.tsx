import { useId, useState } from 'react';
import { useLocale } from '@/components/useLocale';
import { formatWhen } from '@/utils/i18n/when';
import type { Collision } from '@/utils/team/collision';
import { dismissCollision } from '../collision-store';
import { useCollisions } from '../useCollisions';

/** Longer replies start cut to two lines, with "Show full reply". */
const SHORT_REPLY_CHARS = 90;

/**
 * Before Send: the post got an answer since the agent opened it. Compact, so the panel's controls
 * stay in view: who and when, the reply cut to two lines (the whole on request), Dismiss. The newest
 * answer first; dismissing it shows the next one, if any.
 */
export function CollisionAlert() {
  const [newest] = useCollisions();
  return newest ? <Shown key={newest.key} collision={newest} /> : null;
}

function Shown({ collision }: { collision: Collision }) {
  const { t, locale } = useLocale();
  const [full, setFull] = useState(false);
  const titleId = useId();
  const textId = useId();
  const long = collision.text.length > SHORT_REPLY_CHARS || collision.text.includes('\n');
  return (
    <div className="alert collision" role="alert" aria-labelledby={titleId}>
      <p className="collision-title" id={titleId}>
        {t('panel.collision.replied', { name: collision.name, time: formatWhen(collision.at, locale) })}
      </p>
      {collision.text ? (
        <p className={full || !long ? 'collision-text' : 'collision-text cut'} id={textId}>
          {collision.text}
        </p>
      ) : null}
      <div className="collision-actions">
        {long ? (
          <button type="button" aria-expanded={full} aria-controls={textId} onClick={() => setFull(!full)}>
            {t(full ? 'panel.collision.showLess' : 'panel.collision.showFull')}
          </button>
        ) : null}
        <button type="button" onClick={() => dismissCollision(collision.key)}>
          {t('panel.collision.dismiss')}
        </button>
      </div>
    </div>
  );
}
