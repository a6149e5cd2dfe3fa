import type { RenderedPart } from '@/utils/templates/render';
import { variableName } from '@/utils/templates/variables';
import { useLocale } from './useLocale';
import './reply-text.css';

/**
 * A reply as the agent reads it: the filled text, with what is still open as words in chips, a
 * fill-in field by its label ("청구월"), a value the record lacks by its name ("요금제: 값 없음"),
 * never as raw `{{…}}`; what the agent typed is underlined where it lands. Display only: what gets inserted is renderTemplate's text. The chip's text
 * is its accessible text, so a screen reader reads the sentence as it is shown. For the template's
 * author (the options editor) the chips keep the text they stand for in the length count: a fill-in
 * as "[청구월]", a path with no value as written, so a typo shows as typed.
 */
export function ReplyText({
  parts,
  empty,
  author = false,
}: {
  parts: readonly RenderedPart[];
  empty?: string;
  author?: boolean;
}) {
  const { t } = useLocale();
  if (parts.length === 0 && empty) return <span className="muted">{empty}</span>;
  return (
    <>
      {parts.map((part, i) => {
        if (part.kind === 'text') {
          return part.typed ? (
            <span key={i} className="ph-typed">
              {part.text}
            </span>
          ) : (
            part.text
          );
        }
        if (part.kind === 'input') {
          return (
            <span key={i} className="ph-chip ph-input" data-placeholder={part.raw}>
              {author ? `[${part.label}]` : part.label}
            </span>
          );
        }
        return (
          <span key={i} className="ph-chip ph-missing" data-placeholder={part.raw}>
            {author ? part.raw : t('panel.chip.noValue', { name: variableName(part.path) })}
          </span>
        );
      })}
    </>
  );
}
