import { useLiveRead } from '@/utils/db/live-read';
import { useLocale } from '@/components/useLocale';
import { customersRepo } from '@/utils/db/customers-repo';
import { dmComposeUrl } from '@/utils/handoff/ticket-reply';
import { useStoredValue } from '@/components/useStoredValue';
import { publicReplySettings } from '@/utils/settings/public-replies';
import { filledPrivateFields, type PrivateField, type PublicFieldsPolicy } from '@/utils/templates/public-reply';
import type { RenderValues } from '@/utils/templates/render';
import { replyAudience } from '@/utils/x/audience';
import { usePanelStore } from '../store';
import { fieldList } from './guard';
import { useShownInView } from '../components/useShownInView';

const customers = customersRepo();

/** The team's setting, live: a lead's change in the options shows in an open panel at once. */
function usePublicFieldsPolicy(): PublicFieldsPolicy {
  return useStoredValue(publicReplySettings).crmFields;
}

/** The private values this body fills in a public reply, and whether the team refuses them there. */
export function usePublicFields(body: string, values: RenderValues): { fields: PrivateField[]; refused: boolean } {
  const policy = usePublicFieldsPolicy();
  const audience = usePanelStore((s) => replyAudience(s.page?.context.kind));
  if (audience === 'private') return { fields: [], refused: false };
  const fields = filledPrivateFields(body, values);
  return { fields, refused: policy === 'never' && fields.length > 0 };
}

/**
 * The way forward when a reply may not go out in public: the customer's X DM. X's compose link
 * needs their numeric user id (known from an import or a handoff); without it, their profile,
 * whose Message button starts the DM.
 */
export function OpenDmLink() {
  const { t } = useLocale();
  const handle = usePanelStore((s) => s.page?.context.customer?.handle);
  const record = useLiveRead(() => (handle ? customers.get(handle) : undefined), [handle]);
  if (!handle) return null;
  const compose = dmComposeUrl(record?.userId);
  return (
    <p className="dm-way">
      <a href={compose ?? `https://x.com/${encodeURIComponent(handle)}`} target="_blank" rel="noreferrer noopener" className="button-link">
        {t('panel.public.openDm')}
      </a>
      {compose ? null : <span className="muted small dm-hint">{t('panel.public.openDmProfile', { handle })}</span>}
    </p>
  );
}

/** In the preview, before Insert: which of the filled values are private here in public. */
export function PublicFieldsNote({ body, values, id }: { body: string; values: RenderValues; id?: string }) {
  const { t } = useLocale();
  const { fields, refused } = usePublicFields(body, values);
  if (fields.length === 0) return null;
  if (!refused) return <p className="warning small">{t('panel.public.noteAsk', { fields: fieldList(fields) })}</p>;
  return (
    <div className="public-refusal" id={id}>
      <p className="warning small">{t('panel.public.noteRefuse', { fields: fieldList(fields) })}</p>
      <p className="small">{t('panel.public.noteWhy')}</p>
      <OpenDmLink />
    </div>
  );
}

/** "Never insert": nothing went into X; the alert names the fields and points to a DM. */
export function PublicRefusedAlert({ fields }: { fields: PrivateField[] }) {
  const { t } = useLocale();
  const ref = useShownInView<HTMLDivElement>();
  return (
    <div className="alert" role="alert" ref={ref}>
      <p>{t('panel.public.refused', { fields: fieldList(fields) })}</p>
      <OpenDmLink />
    </div>
  );
}
