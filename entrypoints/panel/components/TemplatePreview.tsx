import { useEffect, useId, useRef } from 'react';
import type { TemplateRecord } from '@/utils/db/types';
import { ReplyText } from '@/components/ReplyText';
import { renderParts, renderTemplate, type RenderValues } from '@/utils/templates/render';
import { variableName } from '@/utils/templates/variables';
import { bodyFor, templateLanguages } from '@/utils/templates/variants';
import { useLocale } from '@/components/useLocale';
import { PublicFieldsNote, usePublicFields } from '../public/PublicNotes';
import { usePanelStore } from '../store';
import { ReplyLengthMeter } from './ReplyLengthMeter';
import { VariantSwitch } from './VariantSwitch';
import { useShallow } from 'zustand/react/shallow';

interface Props {
  template: TemplateRecord;
  lang: string;
  values: RenderValues;
  onInsert: (opts: { confirmedMissing?: boolean }) => void;
}

/** The reply as it will be posted: the customer's values filled in, fill-ins and gaps marked. */
export function TemplatePreview({ template, lang, values, onInsert }: Props) {
  const { t } = useLocale();
  const { setLang, insert } = usePanelStore(useShallow((s) => ({ setLang: s.setLang, insert: s.insert })));
  const openFillIn = usePanelStore((s) => s.openFillIn);
  const body = bodyFor(template, lang);
  const rendered = renderTemplate(body, values);
  // "Never insert" and this reply fills customer data in public: Insert is off, the note says why.
  const { refused } = usePublicFields(body, values);
  const refusalId = useId();
  const missing = insert.kind === 'missing' && insert.templateId === template.id ? insert.paths : null;
  const bar = useRef<HTMLDivElement>(null);
  const revealFor = usePanelStore((s) => s.revealFor);
  const reveal = usePanelStore((s) => s.reveal);
  useEffect(() => {
    // Handed over from `;shortcut` in X's box: the agent's next step is this preview and Insert,
    // which a long customer card would otherwise keep below the fold.
    if (revealFor !== template.id) return;
    bar.current?.scrollIntoView({ block: 'nearest' });
    reveal(null);
  }, [revealFor, template.id, reveal]);
  return (
    <div className="preview">
      <VariantSwitch langs={templateLanguages(template)} current={lang} onPick={setLang} />
      {/* Fill-ins and gaps as words (chips); the length and Insert use the rendered text itself. */}
      <p className="preview-text" lang={lang}>
        <ReplyText parts={renderParts(body, values)} />
      </p>
      {template.locked ? (
        <p className="muted small">
          {t('panel.preview.team')}
          {template.packId ? ` · ${template.packId}` : ''}
        </p>
      ) : null}
      {rendered.inputs.length > 0 ? (
        <p className="muted small">{t('panel.preview.toFillIn', { fields: rendered.inputs.join(', ') })}</p>
      ) : null}
      <PublicFieldsNote body={body} values={values} id={refusalId} />
      {rendered.missing.length > 0 ? (
        <p className="warning small">
          {t('panel.preview.noValue', { fields: rendered.missing.map(variableName).join(', ') })}
        </p>
      ) : null}
      {missing ? (
        <div className="confirm" role="group" aria-label={t('panel.preview.missingGroup')}>
          <span>{t('panel.preview.confirmMissing')}</span>
          <button type="button" onClick={() => openFillIn(template.id, true)}>
            {t('panel.preview.fillMissing')}
          </button>
          <button type="button" onClick={() => onInsert({ confirmedMissing: true })}>
            {t('panel.preview.insertAnyway')}
          </button>
        </div>
      ) : null}
      <div className="preview-bar" ref={bar}>
        <ReplyLengthMeter body={body} values={values} />
        <button
          type="button"
          className="primary"
          disabled={insert.kind === 'busy' || refused}
          aria-describedby={refused ? refusalId : undefined}
          onClick={() => onInsert({})}
        >
          {t('panel.preview.insert')}
        </button>
      </div>
    </div>
  );
}
