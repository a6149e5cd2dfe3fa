/**
 * The post's topic and the place it names, under the reply work: the panel's guess is checked, so an
 * agent who agrees pays nothing, and one who does not picks another in one click, before or after
 * Insert (TopicPicker sends a later pick once the reply is logged). Below Insert rather than above it,
 * so search, the preview and Insert stay in view on every reply (tests/e2e/panel-topic.spec.ts).
 */
import { useLocale } from '@/components/useLocale';
import { TopicPicker } from './TopicPicker';
import { usePostDesk } from './usePostDesk';

export function PostTopic() {
  const { t } = useLocale();
  const { post, topic, place } = usePostDesk();
  if (!post) return null;
  return (
    <section className="card desk desk-topic-card" aria-label={t('panel.desk.topicLandmark')}>
      <TopicPicker key={post} post={post} topic={topic} place={place} />
    </section>
  );
}
