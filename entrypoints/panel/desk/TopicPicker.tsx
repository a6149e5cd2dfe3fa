/**
 * The post's topic, one click to change: every topic a radio, the panel's guess checked until the
 * agent picks another. The guess travels with the reply (useInsertFlow → reply-sent), which sets the
 * topic on the server; a topic the agent picked goes to the server through the background's set-topic
 * handler once the post has a logged reply (the reply may have carried an earlier choice: the picked
 * one wins), and at once on a post the team answered already.
 */
import { useEffect, useState } from 'react';
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

/** Picks already sent to the server, by post (this panel's life long: a reload starts from the reply's). */
const saved = new Map<string, Topic>();

export function TopicPicker({ post, topic, place }: Props) {
  const { t, locale } = useLocale();
  const chooseTopic = useDeskStore((s) => s.chooseTopic);
  const picked = useDeskStore((s) => s.topics[post]);
  const answered = useAnswered(post);
  const [problem, setProblem] = useState<{ post: string; text: string } | null>(null);

  useEffect(() => {
    if (!answered || !picked || saved.get(post) === picked) return;
    saved.set(post, picked);
    void (async () => {
      const answer = await askBackground({
        type: 'careline:desk-topic',
        statusId: post,
        topic: picked,
        ...(place ? { place: place.ko } : {}),
      }).catch(() => undefined);
      if (answer?.state === 'connected' || answer?.state === 'solo') return;
      // Not saved: a later pick (or the next render after a new reply) tries again.
      if (saved.get(post) === picked) saved.delete(post);
      const reason = answer?.state === 'refused' ? answer.message : t('panel.desk.offline');
      setProblem({ post, text: t('panel.desk.topicNotSaved', { reason }) });
    })();
  }, [answered, picked, post, place, t]);

  const choose = (next: Topic) => {
    setProblem(null);
    chooseTopic(post, next);
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
              onChange={() => choose(code)}
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
