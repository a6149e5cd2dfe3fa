import type { ReactNode } from 'react';
import type { TemplateRecord } from '@/utils/db/types';
import { inputLabels, renderTemplate, type RenderValues } from '@/utils/templates/render';
import { bodyFor } from '@/utils/templates/variants';
import { usePanelStore } from '../store';
import { FillInDialog, type FillInEntries } from './FillInDialog';

interface Props {
  template: TemplateRecord;
  lang: string;
  values: RenderValues;
  /** Opened to type the values the record lacks ("Type the values"), for a template with no fill-in fields. */
  forMissing: boolean;
  /** The customer in view: what was typed for one customer is never offered for another. */
  customer: string;
  onInsert: (entries: FillInEntries) => void;
  onCancel: () => void;
  meter?: (entries: FillInEntries) => ReactNode;
}

const NOTHING: FillInEntries = { inputs: {}, given: {} };

/**
 * The Fill in dialog for one template and the customer in view: its fields, the values the record
 * lacks (live: an import meanwhile fills them), and the agent's entries kept in the store until
 * the insert goes through.
 */
export function FillIn({ template, lang, values, forMissing, customer, onInsert, onCancel, meter }: Props) {
  const draft = usePanelStore((s) => s.fillInDraft);
  const setDraft = usePanelStore((s) => s.setFillInDraft);
  const body = bodyFor(template, lang);
  const labels = inputLabels(body);
  const missing = renderTemplate(body, values).missing;
  // NUL cannot be in an id or a handle: the key names one template for one customer.
  const key = `${template.id}\u0000${customer}`;
  const entries = draft?.key === key ? draft : NOTHING;
  if (labels.length === 0 && !(forMissing && missing.length > 0)) return null;
  return (
    <FillInDialog
      body={body}
      lang={lang}
      values={values}
      labels={labels}
      missing={missing}
      entries={entries}
      onChange={(next) => setDraft({ key, ...next })}
      onInsert={onInsert}
      onCancel={onCancel}
      meter={meter}
    />
  );
}
