/**
 * "Suggested for this post": the panel's side of utils/templates/suggest. The ranking is made once
 * per post, when the library and the team's history are both read, and then kept for that post: a
 * send that changes usage or history must not reshuffle the list the agent is looking at.
 */
import { useLiveRead } from '@/utils/db/live-read';
import { useMemo, useState } from 'react';
import type { TemplateRecord } from '@/utils/db/types';
import { eventsRepo } from '@/utils/db/events-repo';
import { createSuggester, type SentExample, type Suggester } from '@/utils/templates/suggest/suggester';
import { postKey, usePanelStore } from './store';

/** How many the "Suggested" group shows at most. */
export const SUGGESTED = 3;

const readHistory = () =>
  eventsRepo()
    .recentAnswers()
    .catch((): SentExample[] => []);

/** Built on the first post that needs it, not on every library change (10,000 templates take a while). */
function lazySuggester(templates: TemplateRecord[], history: SentExample[]): Suggester {
  let built: Suggester | null = null;
  return { suggest: (...args) => (built ??= createSuggester(templates, history)).suggest(...args) };
}

/**
 * Ids of the suggested templates for the post being answered, best first; [] when there is no post
 * or nothing fits; undefined while the library or the history is still being read.
 */
export function useSuggestions(templates: TemplateRecord[] | undefined): string[] | undefined {
  const history = useLiveRead(readHistory, []);
  const post = usePanelStore((s) => postKey(s.page));
  const text = usePanelStore((s) => (s.page?.context.kind === 'reply' ? s.page.context.tweet?.text : undefined));
  const lang = usePanelStore((s) => s.page?.context.tweet?.lang);
  const suggester = useMemo(
    () => (templates && history ? lazySuggester(templates, history) : null),
    [templates, history],
  );
  const [made, setMade] = useState<{ post: string; ids: string[] } | null>(null);

  const ready = suggester !== null && post !== null && text !== undefined;
  if (ready && made?.post !== post) {
    // Adjusting state while rendering (React's pattern for "derived once per key"): ranked once per post.
    setMade({ post, ids: suggester.suggest(text, lang, SUGGESTED).map((s) => s.template.id) });
  }
  return useMemo(() => {
    if (!templates || !history) return undefined;
    if (!post || !text) return [];
    if (made?.post !== post) return undefined;
    const present = new Set(templates.map((t) => t.id));
    return made.ids.filter((id) => present.has(id));
  }, [templates, history, post, text, made]);
}
