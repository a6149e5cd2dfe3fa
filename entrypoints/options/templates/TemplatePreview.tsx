import { useId, useState } from 'react';
import { LengthMeter } from '@/components/LengthMeter';
import { useLocale } from '@/components/useLocale';
import { tweetLength } from '@/utils/templates/length';
import { ReplyText } from '@/components/ReplyText';
import { renderParts, type RenderValues } from '@/utils/templates/render';
import { previewOf } from './model';

interface Props {
  /** Bodies by language code, main language first; empty bodies are left out of the switch. */
  bodies: Array<{ lang: string; body: string }>;
  values: RenderValues;
}

/**
 * The reply as the sample customer would get it, recomputed on every keystroke, with its length as
 * X counts it. One preview at a time (a language switch), so "Length" names a single element.
 */
export function TemplatePreview({ bodies, values }: Props) {
  const { t } = useLocale();
  const id = useId();
  const available = bodies.filter((b) => b.body.trim() !== '');
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const current = available.find((b) => b.lang === chosen) ?? available[0];
  // Cheap (one linear scan and twitter-text): recomputed on every render, i.e. every keystroke.
  const preview = previewOf(current?.body ?? '', values);
  const { remaining } = tweetLength(preview.text);
  const over = remaining < 0;

  return (
    <section className="tpl-preview" aria-labelledby={`${id}-h`}>
      <div className="tpl-preview-head">
        <h4 id={`${id}-h`}>{t('options.preview.heading')}</h4>
        {available.length > 1 ? (
          <label className="inline">
            {t('options.preview.language')}
            <select value={current?.lang} onChange={(e) => setChosen(e.target.value)}>
              {available.map((b) => (
                <option key={b.lang} value={b.lang}>
                  {b.lang}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      <p className="muted small">{t('options.preview.sample')}</p>
      {/* white-space: pre-wrap keeps the reply's line breaks; React escapes the text (never HTML). */}
      <div className="tpl-preview-text" lang={current?.lang} role="region" aria-label={t('options.preview.text')}>
        {preview.text ? (
          <ReplyText parts={renderParts(current?.body ?? '', values)} author />
        ) : (
          <span className="muted">{t('options.preview.empty')}</span>
        )}
      </div>
      <div className="tpl-length-row">
        <LengthMeter text={preview.text} className="tpl-length" />
        {over ? (
          <span className="tpl-warn">{t('options.preview.over', { n: -remaining })}</span>
        ) : (
          <span className="muted small">{t('options.preview.left', { n: remaining })}</span>
        )}
      </div>
      {preview.missing.length > 0 ? (
        <p className="tpl-warn">
          {t('options.preview.missing', {
            names: preview.missing.map((p) => `{{${p}}}`).join(', '),
            example: '{{customer.name | "고객"}}',
          })}
        </p>
      ) : null}
      {preview.unknown.map(({ path, suggestion }) => (
        <p key={path} className="tpl-warn">
          {suggestion
            ? t('options.preview.unknownSuggest', { name: `{{${path}}}`, suggestion: `{{${suggestion}}}` })
            : t('options.preview.unknown', { name: `{{${path}}}` })}
        </p>
      ))}
    </section>
  );
}
