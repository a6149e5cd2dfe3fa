/**
 * The post's topic, one click to change: every topic a radio, the panel's guess checked until the
 * agent picks another. A post the team answered already has its topic on the server, so a change goes
 * there at once; before the first reply the choice travels with the reply (useInsertFlow).
 */
import { useState } from 'react';
import { useLocale } from '@/components/useLocale';
import { askBackground } from '@/utils/messaging/background-api';
import { TOPICS, type Topic } from '@/utils/templates/suggest/topic';
import type { Place } from '@/utils/templates/suggest/places';
import { useDeskStore } from './desk-store';
import { useAnswered } from './usePostDesk';

interface Props {
  post: string;
  topic: Topic;
  place: Place | null;
}

export function TopicPicker({ post, topic, place }: Props) {
  const { t, locale } = useLocale();
  const chooseTopic = useDeskStore((s) => s.chooseTopic);
  const answered = useAnswered(post);
  const [problem, setProblem] = useState<{ post: string; text: string } | null>(null);

  const choose = async (next: Topic) => {
    chooseTopic(post, next);
    setProblem(null);
    if (!answered) return;
    const answer = await askBackground({
      type: 'careline:desk-topic',
      statusId: post,
      topic: next,
      place: place?.ko ?? null,
    }).catch(() => undefined);
    if (answer?.state === 'connected' || answer?.state === 'solo') return;
    const reason = answer?.state === 'refused' ? answer.message : t('panel.desk.offline');
    setProblem({ post, text: t('panel.desk.topicNotSaved', { reason }) });
  };

  return (
    <div className="desk-topic">
      <div role="radiogroup" aria-label={t('panel.desk.topic')} className="desk-topics">
        {TOPICS.map((code) => (
          <label key={code} className={code === topic ? 'desk-chip checked' : 'desk-chip'}>
            <input
              type="radio"
              name={`topic-${post}`}
              value={code}
              checked={code === topic}
              onChange={() => void choose(code)}
            />
            {t(`panel.desk.topic.${code}`)}
          </label>
        ))}
      </div>
      {place ? (
        <p className="desk-place muted">{t('panel.desk.place', { place: locale === 'ko' ? place.ko : place.en })}</p>
      ) : null}
      {problem?.post === post ? (
        <p role="alert" className="desk-problem">
          {problem.text}
        </p>
      ) : null}
    </div>
  );
}
