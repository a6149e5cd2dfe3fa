import { useEffect, useState } from 'react';
import { useLocale } from '@/components/useLocale';
import { publicFieldsPolicy, publicReplySettings } from '@/utils/settings/public-replies';
import { filledPrivateFields, type PrivateField, type PublicFieldsPolicy } from '@/utils/templates/public-reply';
import type { RenderValues } from '@/utils/templates/render';
import { replyAudience } from '@/utils/x/audience';
import { usePanelStore } from '../store';
import { fieldList } from './guard';
import { useShownInView } from '../components/useShownInView';

/** The team's setting, live: a lead's change in the options shows in an open panel at once. */
function usePublicFieldsPolicy(): PublicFieldsPolicy {
  const [policy, setPolicy] = useState<PublicFieldsPolicy>('ask');
  useEffect(() => {
    void publicFieldsPolicy().then(setPolicy);
    return publicReplySettings.watch((s) => setPolicy(s?.crmFields === 'never' ? 'never' : 'ask'));
  }, []);
  return policy;
}

/** In the preview, before Insert: which of the filled values are private here in public. */
export function PublicFieldsNote({ body, values }: { body: string; values: RenderValues }) {
  const { t } = useLocale();
  const policy = usePublicFieldsPolicy();
  const audience = usePanelStore((s) => replyAudience(s.page?.context.kind));
  if (audience === 'private') return null;
  const fields = filledPrivateFields(body, values);
  if (fields.length === 0) return null;
  const key = policy === 'never' ? 'panel.public.noteRefuse' : 'panel.public.noteAsk';
  return <p className="warning small">{t(key, { fields: fieldList(fields, t) })}</p>;
}

/** "Never insert": nothing went into X; the alert names the fields and points to a DM. */
export function PublicRefusedAlert({ fields }: { fields: PrivateField[] }) {
  const { t } = useLocale();
  const ref = useShownInView<HTMLDivElement>();
  return (
    <div className="alert" role="alert" ref={ref}>
      <p>{t('panel.public.refused', { fields: fieldList(fields, t) })}</p>
    </div>
  );
}
