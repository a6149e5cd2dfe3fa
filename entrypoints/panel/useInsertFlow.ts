/**
 * Insert, step by step: fill-in fields first (the Fill in dialog), then missing values flagged for
 * the agent to confirm, then the content script writes into X's composer; the use is counted.
 * If X's reply box cannot be found, the reply goes to the clipboard and the alert says so.
 */
import type { TemplateRecord } from '@/utils/db/types';
import { templatesRepo } from '@/utils/db/templates-repo';
import { renderTemplate, type RenderValues } from '@/utils/templates/render';
import { bodyFor } from '@/utils/templates/variants';
import { copyText } from './clipboard';
import type { PanelLink } from './link';
import { usePanelStore } from './store';

const repo = templatesRepo();

export interface InsertRequest {
  template: TemplateRecord;
  lang: string;
  inputs?: Record<string, string>;
  /** The agent saw the missing values and inserts anyway. */
  confirmedMissing?: boolean;
}

export function useInsertFlow(link: PanelLink | null, values: RenderValues) {
  const { setInsert, openFillIn } = usePanelStore();

  return async function insert({ template, lang, inputs, confirmedMissing }: InsertRequest): Promise<void> {
    const rendered = renderTemplate(bodyFor(template, lang), values, inputs ?? {});
    if (rendered.unfilled.length > 0) {
      openFillIn(template.id);
      return;
    }
    if (rendered.missing.length > 0 && !confirmedMissing) {
      setInsert({ kind: 'missing', templateId: template.id, paths: rendered.missing });
      return;
    }
    openFillIn(null);
    const text = rendered.text;
    if (!link) {
      setInsert({ kind: 'failed', text, missing: 'the x.com tab', copied: await copyText(text) });
      return;
    }
    setInsert({ kind: 'busy' });
    try {
      const outcome = await link.request({ type: 'insert', text, mode: 'insert', cursor: rendered.cursor, templateId: template.id });
      if (outcome.ok) {
        setInsert({ kind: 'done', strategy: outcome.strategy });
        await repo.recordUse(template.id);
        return;
      }
      setInsert({ kind: 'failed', text, missing: outcome.missing ?? "X's reply box", copied: await copyText(text) });
    } catch {
      setInsert({ kind: 'failed', text, missing: 'the x.com tab (reload it)', copied: await copyText(text) });
    }
  };
}
